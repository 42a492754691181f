package com.salesperf.scheme.formula;

/** Builds the exceptions of the parser with consistent messages and parameters. */
final class Problems {

    private Problems() {}

    static FormulaException at(FormulaError code, int position, String message, String... params) {
        return new FormulaException(FormulaProblem.of(code, position, message, params));
    }

    static FormulaException invalidCharacter(Token token) {
        return at(
                FormulaError.FORMULA_INVALID_CHARACTER,
                token.position(),
                "Character '" + token.text() + "' is not allowed: " + token.invalidReason(),
                "character",
                token.text());
    }
}
