package com.salesperf.scheme.formula;

enum TokenType {
    NUMBER,
    IDENTIFIER,
    TRUE,
    FALSE,
    LEFT_PAREN,
    RIGHT_PAREN,
    COMMA,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    LESS,
    LESS_EQUAL,
    GREATER,
    GREATER_EQUAL,
    EQUAL,
    NOT_EQUAL,
    AND,
    OR,
    NOT,
    /** A character outside the language; parsing stops with the lexer's explanation. */
    INVALID,
    END
}
