package com.salesperf.scheme.entity;

import com.salesperf.evaluation.control.CanonicalJson;
import com.salesperf.evaluation.control.DefinitionJson;
import com.salesperf.scheme.control.Accelerator;
import com.salesperf.scheme.control.Band;
import com.salesperf.scheme.control.CommissionRule;
import com.salesperf.scheme.control.DivisionByZeroRule;
import com.salesperf.scheme.control.GradeBand;
import com.salesperf.scheme.control.IndicatorDefinition;
import com.salesperf.scheme.control.NoDataRule;
import com.salesperf.scheme.control.PayoutModifier;
import com.salesperf.scheme.control.PeriodType;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.SchemeDefinition;
import com.salesperf.scheme.control.TierDefinition;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The stored form of scheme and plan definitions: the engine's canonical JSON (the very text whose
 * SHA-256 is the content hash) and its reader. Numbers are read as decimals, never as doubles.
 */
public final class DefinitionDocument {

    private DefinitionDocument() {}

    public static String write(SchemeDefinition scheme) {
        return CanonicalJson.write(DefinitionJson.of(scheme));
    }

    public static String write(PlanDefinition plan) {
        return CanonicalJson.write(DefinitionJson.of(plan));
    }

    public static SchemeDefinition readScheme(String json) {
        JsonObject o = parse(json);
        return new SchemeDefinition(
                o.getString("code"),
                o.getInt("version"),
                text(o, "nameZh"),
                text(o, "nameEn"),
                PeriodType.valueOf(o.getString("periodType")),
                list(o, "indicators", DefinitionDocument::indicator),
                list(o, "gradeBands", DefinitionDocument::grade));
    }

    public static PlanDefinition readPlan(String json) {
        JsonObject o = parse(json);
        return new PlanDefinition(
                o.getString("code"),
                o.getInt("version"),
                text(o, "nameZh"),
                text(o, "nameEn"),
                text(o, "currency"),
                list(o, "tiers", DefinitionDocument::tier),
                list(o, "modifiers", DefinitionDocument::modifier),
                commission(o.getJsonObject("commission")),
                decimal(o, "bonusBudget"));
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static IndicatorDefinition indicator(JsonObject o) {
        JsonObject noData = o.getJsonObject("noDataRule");
        return new IndicatorDefinition(
                o.getString("code"),
                text(o, "nameZh"),
                text(o, "nameEn"),
                IndicatorDefinition.Category.valueOf(o.getString("category")),
                IndicatorDefinition.Kind.valueOf(o.getString("kind")),
                text(o, "definition"),
                o.getString("formula"),
                text(o, "unit"),
                decimal(o, "weight"),
                list(o, "bands", DefinitionDocument::band),
                DivisionByZeroRule.valueOf(o.getString("divisionByZeroRule")),
                new NoDataRule(
                        NoDataRule.Action.valueOf(noData.getString("action")),
                        decimal(noData, "fixedScore")));
    }

    private static Band band(JsonObject o) {
        return new Band(
                decimal(o, "lower"),
                o.getBoolean("lowerInclusive"),
                decimal(o, "upper"),
                o.getBoolean("upperInclusive"),
                decimal(o, "score"),
                o.getBoolean("adminChoice"),
                text(o, "note"));
    }

    private static GradeBand grade(JsonObject o) {
        return new GradeBand(o.getString("grade"), decimal(o, "minInclusive"));
    }

    private static TierDefinition tier(JsonObject o) {
        return new TierDefinition(
                o.getString("code"),
                text(o, "nameZh"),
                text(o, "nameEn"),
                o.getInt("rank"),
                decimal(o, "completionFrom"),
                decimal(o, "completionTo"),
                decimal(o, "minImprovementPoints"),
                decimal(o, "regionTopPercent"),
                decimal(o, "coefficient"),
                text(o, "awardZh"),
                text(o, "awardEn"),
                o.getBoolean("requiresImprovementPlan"),
                o.getBoolean("adminChoice"));
    }

    private static PayoutModifier modifier(JsonObject o) {
        return new PayoutModifier(
                o.getString("measure"),
                PayoutModifier.Comparison.valueOf(o.getString("comparison")),
                decimal(o, "threshold"),
                decimal(o, "factor"));
    }

    private static CommissionRule commission(JsonObject o) {
        if (o == null) {
            return null;
        }
        return new CommissionRule(
                decimal(o, "rate"), list(o, "accelerators", DefinitionDocument::accelerator));
    }

    private static Accelerator accelerator(JsonObject o) {
        return new Accelerator(decimal(o, "completionFrom"), decimal(o, "rateMultiplier"));
    }

    private static <T> List<T> list(JsonObject o, String name, Function<JsonObject, T> element) {
        JsonArray array = o.getJsonArray(name);
        if (array == null) {
            return List.of();
        }
        return array.getValuesAs(JsonObject.class).stream().map(element).toList();
    }

    private static String text(JsonObject o, String name) {
        JsonValue value = o.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                ? null
                : o.getString(name);
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        JsonValue value = o.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return ((JsonNumber) value).bigDecimalValue();
    }
}
