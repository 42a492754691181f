package com.salesperf.audit.control;

import com.salesperf.evaluation.control.Sha256;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks one stored evaluation result against itself: the canonical JSON must still have the
 * SHA-256 stored beside it, and the figures copied out of it into columns for lists and exports
 * (total, grade, tier, bonus) must still say what the hashed record says. Changing either the text
 * or a column is therefore detected.
 */
public final class ResultRecordCheck {

    private ResultRecordCheck() {}

    /** The figures of a result row as the database holds them. */
    public record StoredResult(
            long runId,
            String employeeNo,
            BigDecimal totalScore,
            String grade,
            String tierCode,
            BigDecimal bonus,
            String resultJson,
            String resultHash) {}

    /** What is wrong with the row, or empty when it is intact. */
    public static Optional<ResultProblem.Kind> check(StoredResult row) {
        if (row.resultJson() == null || !Sha256.hex(row.resultJson()).equals(row.resultHash())) {
            return Optional.of(ResultProblem.Kind.RECORD_HASH);
        }
        JsonObject result;
        try (JsonReader reader = Json.createReader(new StringReader(row.resultJson()))) {
            result = reader.readObject().getJsonObject("result");
        } catch (JsonException | ClassCastException e) {
            return Optional.of(ResultProblem.Kind.RECORD_UNREADABLE);
        }
        JsonObject incentive = object(result, "incentive");
        boolean same =
                sameNumber(decimal(result, "totalScore"), row.totalScore())
                        && Objects.equals(text(result, "grade"), row.grade())
                        && Objects.equals(text(incentive, "tier"), row.tierCode())
                        && sameNumber(decimal(incentive, "bonus"), row.bonus());
        return same ? Optional.empty() : Optional.of(ResultProblem.Kind.COLUMNS_DIFFER);
    }

    private static boolean sameNumber(BigDecimal recorded, BigDecimal column) {
        return recorded == null
                ? column == null
                : column != null && recorded.compareTo(column) == 0;
    }

    private static JsonObject object(JsonObject parent, String name) {
        if (parent == null) {
            return null;
        }
        JsonValue value = parent.get(name);
        return value instanceof JsonObject object ? object : null;
    }

    private static String text(JsonObject parent, String name) {
        if (parent == null) {
            return null;
        }
        JsonValue value = parent.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING
                ? parent.getString(name)
                : null;
    }

    private static BigDecimal decimal(JsonObject parent, String name) {
        if (parent == null) {
            return null;
        }
        JsonValue value = parent.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.NUMBER
                ? parent.getJsonNumber(name).bigDecimalValue()
                : null;
    }
}
