package com.salesperf.scheme.formula;

/**
 * What a formula (or part of one) yields. All measures are numbers; comparisons and logical
 * operators yield conditions. Types are fixed when the formula is parsed.
 */
public enum ValueType {
    NUMBER("a number"),
    BOOLEAN("a condition (true/false)");

    private final String description;

    ValueType(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
