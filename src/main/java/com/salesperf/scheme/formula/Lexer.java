package com.salesperf.scheme.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits formula text into tokens. A character outside the language becomes an INVALID token
 * instead of an immediate error, so the parser reports whichever problem comes first in the text
 * (e.g. the unknown function in {@code T(java.lang.System)}, not the dot after it).
 */
final class Lexer {

    private static final Map<String, TokenType> KEYWORDS =
            Map.of(
                    "and", TokenType.AND,
                    "or", TokenType.OR,
                    "not", TokenType.NOT,
                    "true", TokenType.TRUE,
                    "false", TokenType.FALSE);

    private static final Map<String, TokenType> OPERATORS =
            Map.ofEntries(
                    Map.entry("<=", TokenType.LESS_EQUAL),
                    Map.entry(">=", TokenType.GREATER_EQUAL),
                    Map.entry("==", TokenType.EQUAL),
                    Map.entry("!=", TokenType.NOT_EQUAL),
                    Map.entry("&&", TokenType.AND),
                    Map.entry("||", TokenType.OR),
                    Map.entry("<", TokenType.LESS),
                    Map.entry(">", TokenType.GREATER),
                    Map.entry("!", TokenType.NOT),
                    Map.entry("+", TokenType.PLUS),
                    Map.entry("-", TokenType.MINUS),
                    Map.entry("*", TokenType.STAR),
                    Map.entry("/", TokenType.SLASH),
                    Map.entry("(", TokenType.LEFT_PAREN),
                    Map.entry(")", TokenType.RIGHT_PAREN),
                    Map.entry(",", TokenType.COMMA));

    private final String text;
    private int index;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) {
        return new Lexer(text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = next();
            tokens.add(token);
        } while (!token.is(TokenType.END) && !token.is(TokenType.INVALID));
        return tokens;
    }

    private Token next() {
        skipWhitespace();
        if (index >= text.length()) {
            return Token.of(TokenType.END, "", index);
        }
        char c = text.charAt(index);
        if (isDigit(c)) {
            return number();
        }
        if (isIdentifierStart(c)) {
            return word();
        }
        return operator();
    }

    private void skipWhitespace() {
        while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
            index++;
        }
    }

    private Token number() {
        int start = index;
        skipDigits();
        if (index + 1 < text.length()
                && text.charAt(index) == '.'
                && isDigit(text.charAt(index + 1))) {
            index++;
            skipDigits();
        }
        return Token.of(TokenType.NUMBER, text.substring(start, index), start);
    }

    private void skipDigits() {
        while (index < text.length() && isDigit(text.charAt(index))) {
            index++;
        }
    }

    private Token word() {
        int start = index;
        while (index < text.length() && isIdentifierPart(text.charAt(index))) {
            index++;
        }
        String word = text.substring(start, index);
        return Token.of(KEYWORDS.getOrDefault(word, TokenType.IDENTIFIER), word, start);
    }

    private Token operator() {
        int start = index;
        for (int length = 2; length >= 1; length--) {
            if (start + length <= text.length()) {
                TokenType type = OPERATORS.get(text.substring(start, start + length));
                if (type != null) {
                    index += length;
                    return Token.of(type, text.substring(start, index), start);
                }
            }
        }
        return invalid(start);
    }

    private Token invalid(int start) {
        String character = new String(Character.toChars(text.codePointAt(start)));
        return new Token(TokenType.INVALID, character, start, InvalidCharacters.reason(character));
    }

    // ASCII only, on purpose: look-alike letters from other scripts cannot smuggle in a name.
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
