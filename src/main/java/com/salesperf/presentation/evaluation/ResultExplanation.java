package com.salesperf.presentation.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A stored result read back for the detail page: every indicator's chain from measures to
 * contribution, then total, grade, ranks, tier, modifier, commission and bonus, and the trace.
 * Numbers stay the exact decimal text of the canonical JSON.
 */
public record ResultExplanation(
        JsonObject result,
        List<IndicatorLine> indicators,
        List<TraceLine> trace,
        List<String> flags) {

    /** One indicator: measures → formula → value → band → score × weight → contribution. */
    public record IndicatorLine(
            String code,
            String formula,
            String measures,
            String value,
            String band,
            String score,
            String weight,
            String effectiveWeight,
            String contribution,
            String outcome,
            String distance)
            implements Serializable {}

    /** One trace entry: its code (rendered with a bundle text) and its parameters. */
    public record TraceLine(String code, String params) implements Serializable {}

    public static ResultExplanation parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            JsonObject result = root.getJsonObject("result");
            List<IndicatorLine> indicators = new ArrayList<>();
            for (JsonValue value : result.getJsonArray("indicators")) {
                indicators.add(indicator(value.asJsonObject()));
            }
            List<TraceLine> trace = new ArrayList<>();
            for (JsonValue value : result.getJsonArray("trace")) {
                JsonObject entry = value.asJsonObject();
                trace.add(new TraceLine(entry.getString("code"), params(entry.get("params"))));
            }
            List<String> flags = new ArrayList<>();
            JsonArray flagArray = root.getJsonArray("flags");
            flagArray.forEach(flag -> flags.add(((JsonString) flag).getString()));
            return new ResultExplanation(result, indicators, trace, flags);
        }
    }

    private static IndicatorLine indicator(JsonObject json) {
        return new IndicatorLine(
                text(json, "indicatorCode"),
                text(json, "formula"),
                params(json.get("measures")),
                text(json, "value"),
                band(json.get("band")),
                text(json, "score"),
                text(json, "weight"),
                text(json, "effectiveWeight"),
                text(json, "contribution"),
                text(json, "outcome"),
                distance(json.get("distanceToNextBand")));
    }

    /** A band as an interval: [100, 120) → 80. */
    static String band(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        JsonObject band = value.asJsonObject();
        String lower = text(band, "lower");
        String upper = text(band, "upper");
        return (lower.isEmpty() ? "(−∞" : (band.getBoolean("lowerInclusive") ? "[" : "(") + lower)
                + ", "
                + (upper.isEmpty()
                        ? "+∞)"
                        : upper + (band.getBoolean("upperInclusive") ? "]" : ")"))
                + " → "
                + text(band, "score");
    }

    static String distance(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        JsonObject d = value.asJsonObject();
        return text(d, "direction")
                + " "
                + text(d, "distance")
                + " → "
                + text(d, "boundary")
                + " ("
                + text(d, "nextScore")
                + ")";
    }

    static String params(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            return "";
        }
        return value.asJsonObject().entrySet().stream()
                .filter(e -> e.getValue().getValueType() != JsonValue.ValueType.NULL)
                .map(e -> e.getKey() + " = " + plain(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** The text of a member, "" when absent or null. */
    static String text(JsonObject json, String name) {
        JsonValue value = json == null ? null : json.get(name);
        return value == null ? "" : plain(value);
    }

    private static String plain(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> "";
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            default -> value.toString();
        };
    }

    public String get(String path) {
        JsonObject node = result;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonValue next = node == null ? null : node.get(parts[i]);
            node =
                    next == null || next.getValueType() != JsonValue.ValueType.OBJECT
                            ? null
                            : next.asJsonObject();
        }
        return text(node, parts[parts.length - 1]);
    }

    public Map<String, String> measures() {
        return result.getJsonObject("measures").entrySet().stream()
                .collect(
                        Collectors.toMap(
                                Map.Entry::getKey,
                                e -> plain(e.getValue()),
                                (a, b) -> a,
                                java.util.TreeMap::new));
    }
}
