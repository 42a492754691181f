package com.salesperf.scheme.formula;

/** Stable codes of formula problems, so a user interface can translate them. */
public enum FormulaError {
    FORMULA_EMPTY,
    FORMULA_TOO_LONG,
    FORMULA_TOO_DEEP,
    FORMULA_INVALID_CHARACTER,
    FORMULA_UNEXPECTED_TOKEN,
    FORMULA_UNKNOWN_FUNCTION,
    FORMULA_ARITY,
    FORMULA_INVALID_ARGUMENT,
    FORMULA_TYPE_MISMATCH,
    FORMULA_UNKNOWN_MEASURE,
    FORMULA_WRONG_RESULT_TYPE
}
