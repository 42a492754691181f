package com.salesperf.scheme.formula;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fixed list of functions a formula may call. Nothing else is callable. */
public enum FormulaFunction {
    IF("if", 3, 3, "if(condition, whenTrue, whenFalse): only the chosen branch is evaluated"),
    MIN("min", 2, Integer.MAX_VALUE, "min(a, b, ...): the smallest argument"),
    MAX("max", 2, Integer.MAX_VALUE, "max(a, b, ...): the largest argument"),
    ABS("abs", 1, 1, "abs(x): the absolute value"),
    ROUND("round", 2, 2, "round(x, n): x rounded half-up to n decimals, n a whole number 0-10");

    private final String formulaName;
    private final int minArguments;
    private final int maxArguments;
    private final String description;

    FormulaFunction(String formulaName, int minArguments, int maxArguments, String description) {
        this.formulaName = formulaName;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.description = description;
    }

    /** The name as written in a formula (lower case). */
    public String formulaName() {
        return formulaName;
    }

    public String description() {
        return description;
    }

    boolean acceptsArgumentCount(int count) {
        return count >= minArguments && count <= maxArguments;
    }

    String arityText() {
        if (minArguments == maxArguments) {
            return Integer.toString(minArguments);
        }
        return maxArguments == Integer.MAX_VALUE
                ? "at least " + minArguments
                : minArguments + "-" + maxArguments;
    }

    static Optional<FormulaFunction> named(String name) {
        return Arrays.stream(values()).filter(f -> f.formulaName.equals(name)).findFirst();
    }

    static String allNames() {
        return Arrays.stream(values())
                .map(f -> f.formulaName)
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
