package com.salesperf.presentation.analytics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces 15's {@code <p:chart value="…">}, which takes the
 * configuration as JSON. Built with JSON-P so labels are escaped; "<" is escaped as well because
 * the configuration ends up inside a script element.
 */
final class ChartJson {

    static final String TARGET_COLOUR = "#94a3b8";
    static final String ACTUAL_COLOUR = "#2563eb";
    private static final String[] PALETTE = {
        "#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777"
    };

    /** One series of a chart: a label, its values and a colour. */
    record Series(String label, List<BigDecimal> values, String colour) {}

    private ChartJson() {}

    static String bar(List<String> labels, List<Series> series) {
        return chart("bar", labels, series, false);
    }

    static String line(List<String> labels, List<Series> series) {
        return chart("line", labels, series, false);
    }

    static String doughnut(List<String> labels, List<BigDecimal> values) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < values.size(); i++) {
            colours.add(PALETTE[i % PALETTE.length]);
        }
        JsonObjectBuilder dataset =
                Json.createObjectBuilder()
                        .add("data", numbers(values))
                        .add("backgroundColor", colours);
        return safe(
                Json.createObjectBuilder()
                        .add("type", "doughnut")
                        .add(
                                "data",
                                Json.createObjectBuilder()
                                        .add("labels", strings(labels))
                                        .add("datasets", Json.createArrayBuilder().add(dataset)))
                        .add("options", options(true))
                        .build()
                        .toString());
    }

    private static String chart(String type, List<String> labels, List<Series> series, boolean x) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            datasets.add(
                    Json.createObjectBuilder()
                            .add("label", s.label())
                            .add("data", numbers(s.values()))
                            .add("backgroundColor", s.colour())
                            .add("borderColor", s.colour())
                            .add("fill", false)
                            .add("tension", 0.2));
        }
        return safe(
                Json.createObjectBuilder()
                        .add("type", type)
                        .add(
                                "data",
                                Json.createObjectBuilder()
                                        .add("labels", strings(labels))
                                        .add("datasets", datasets))
                        .add("options", options(x))
                        .build()
                        .toString());
    }

    private static JsonObjectBuilder options(boolean legendRight) {
        return Json.createObjectBuilder()
                .add(
                        "scales",
                        legendRight
                                ? Json.createObjectBuilder()
                                : Json.createObjectBuilder()
                                        .add(
                                                "y",
                                                Json.createObjectBuilder()
                                                        .add("beginAtZero", true)
                                                        .add(
                                                                "ticks",
                                                                Json.createObjectBuilder()
                                                                        .add("precision", 0))))
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "legend",
                                        Json.createObjectBuilder()
                                                .add("position", legendRight ? "right" : "top")));
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> array.add(v == null ? "" : v));
        return array;
    }

    private static JsonArrayBuilder numbers(List<BigDecimal> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (BigDecimal v : values) {
            if (v == null) {
                array.addNull();
            } else {
                array.add(v);
            }
        }
        return array;
    }

    private static String safe(String json) {
        return json.replace("<", "\\u003c");
    }
}
