package com.salesperf.scheme.formula;

/**
 * A lexical token.
 *
 * @param invalidReason for {@link TokenType#INVALID} only: why the character is not allowed
 */
record Token(TokenType type, String text, int position, String invalidReason) {

    static Token of(TokenType type, String text, int position) {
        return new Token(type, text, position, null);
    }

    boolean is(TokenType expected) {
        return type == expected;
    }

    String describe() {
        return type == TokenType.END ? "end of formula" : "'" + text + "'";
    }
}
