package com.salesperf.scheme.formula;

import static com.salesperf.scheme.formula.FormulaError.FORMULA_TOO_DEEP;
import static com.salesperf.scheme.formula.FormulaError.FORMULA_UNEXPECTED_TOKEN;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Recursive-descent parser. Precedence, loosest first: or, and, not, comparison, + -, * /, unary
 * minus, primary. Every nested construct (parentheses, function arguments, prefix operators) counts
 * towards {@link Formula#MAX_DEPTH}, which bounds the recursion; operator chains are bounded by
 * {@link Formula#MAX_LENGTH}.
 */
final class Parser {

    private static final Map<TokenType, Comparison.Operator> COMPARISONS =
            Map.of(
                    TokenType.LESS, Comparison.Operator.LESS,
                    TokenType.LESS_EQUAL, Comparison.Operator.LESS_EQUAL,
                    TokenType.GREATER, Comparison.Operator.GREATER,
                    TokenType.GREATER_EQUAL, Comparison.Operator.GREATER_EQUAL,
                    TokenType.EQUAL, Comparison.Operator.EQUAL,
                    TokenType.NOT_EQUAL, Comparison.Operator.NOT_EQUAL);

    private static final Map<TokenType, Arithmetic.Operator> ADDITIVE =
            Map.of(
                    TokenType.PLUS,
                    Arithmetic.Operator.ADD,
                    TokenType.MINUS,
                    Arithmetic.Operator.SUBTRACT);

    private static final Map<TokenType, Arithmetic.Operator> MULTIPLICATIVE =
            Map.of(
                    TokenType.STAR,
                    Arithmetic.Operator.MULTIPLY,
                    TokenType.SLASH,
                    Arithmetic.Operator.DIVIDE);

    private final List<Token> tokens;
    private final List<MeasureRef> references = new ArrayList<>();
    private final Calls calls = new Calls();
    private int index;
    private int depth;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    record Result(Node root, List<MeasureRef> references) {}

    static Result parse(String text) {
        Parser parser = new Parser(Lexer.tokenize(text));
        Node root = parser.expression();
        parser.expectEnd();
        return new Result(root, List.copyOf(parser.references));
    }

    private Node expression() {
        return or();
    }

    private Node or() {
        Node left = and();
        while (peek().is(TokenType.OR)) {
            Token operator = advance();
            left = logical(Logical.Operator.OR, operator, left, and());
        }
        return left;
    }

    private Node and() {
        Node left = not();
        while (peek().is(TokenType.AND)) {
            Token operator = advance();
            left = logical(Logical.Operator.AND, operator, left, not());
        }
        return left;
    }

    private Node logical(Logical.Operator operator, Token token, Node left, Node right) {
        String role = "'" + operator.symbol + "'";
        Types.require(left, ValueType.BOOLEAN, "the left operand of " + role);
        Types.require(right, ValueType.BOOLEAN, "the right operand of " + role);
        return new Logical(operator, left, right, token.position());
    }

    private Node not() {
        if (!peek().is(TokenType.NOT)) {
            return comparison();
        }
        Token operator = advance();
        Node operand = nested(operator, this::not);
        Types.require(operand, ValueType.BOOLEAN, "the operand of '" + operator.text() + "'");
        return new Not(operand, operator.position());
    }

    private Node comparison() {
        Node left = additive();
        while (COMPARISONS.containsKey(peek().type())) {
            Token token = advance();
            Comparison.Operator operator = COMPARISONS.get(token.type());
            Node right = additive();
            Types.requireComparable(operator, left, right);
            left = new Comparison(operator, left, right, token.position());
        }
        return left;
    }

    private Node additive() {
        Node left = multiplicative();
        while (ADDITIVE.containsKey(peek().type())) {
            Token token = advance();
            left = arithmetic(ADDITIVE.get(token.type()), token, left, multiplicative());
        }
        return left;
    }

    private Node multiplicative() {
        Node left = unary();
        while (MULTIPLICATIVE.containsKey(peek().type())) {
            Token token = advance();
            left = arithmetic(MULTIPLICATIVE.get(token.type()), token, left, unary());
        }
        return left;
    }

    private Node arithmetic(Arithmetic.Operator operator, Token token, Node left, Node right) {
        String role = "'" + operator.symbol + "'";
        Types.require(left, ValueType.NUMBER, "the left operand of " + role);
        Types.require(right, ValueType.NUMBER, "the right operand of " + role);
        return new Arithmetic(operator, left, right, token.position());
    }

    private Node unary() {
        if (!peek().is(TokenType.MINUS)) {
            return primary();
        }
        Token operator = advance();
        Node operand = nested(operator, this::unary);
        Types.require(operand, ValueType.NUMBER, "the operand of unary '-'");
        return new Negation(operand, operator.position());
    }

    private Node primary() {
        Token token = advance();
        return switch (token.type()) {
            case NUMBER -> new NumberLiteral(new BigDecimal(token.text()), token.position());
            case TRUE -> new BooleanLiteral(true, token.position());
            case FALSE -> new BooleanLiteral(false, token.position());
            case IDENTIFIER -> peek().is(TokenType.LEFT_PAREN) ? call(token) : measure(token);
            case LEFT_PAREN -> nested(token, this::parenthesised);
            default -> throw unexpected(token, "a number, a measure name, a function call or '('");
        };
    }

    private Node parenthesised() {
        Node inner = expression();
        expect(TokenType.RIGHT_PAREN, "')'");
        return inner;
    }

    private Node measure(Token token) {
        MeasureRef reference = new MeasureRef(token.text(), token.position());
        references.add(reference);
        return reference;
    }

    private Node call(Token name) {
        FormulaFunction function = calls.function(name);
        Token open = advance();
        List<Node> arguments = nested(open, this::arguments);
        return calls.build(function, name, arguments);
    }

    private List<Node> arguments() {
        List<Node> arguments = new ArrayList<>();
        if (!peek().is(TokenType.RIGHT_PAREN)) {
            arguments.add(expression());
            while (peek().is(TokenType.COMMA)) {
                advance();
                arguments.add(expression());
            }
        }
        expect(TokenType.RIGHT_PAREN, "',' or ')'");
        return arguments;
    }

    private <T> T nested(Token at, Supplier<T> inner) {
        if (++depth > Formula.MAX_DEPTH) {
            throw Problems.at(
                    FORMULA_TOO_DEEP,
                    at.position(),
                    "Formula is nested more than " + Formula.MAX_DEPTH + " levels deep",
                    "limit",
                    Integer.toString(Formula.MAX_DEPTH));
        }
        try {
            return inner.get();
        } finally {
            depth--;
        }
    }

    private void expect(TokenType type, String expected) {
        Token token = advance();
        if (!token.is(type)) {
            throw unexpected(token, expected);
        }
    }

    private void expectEnd() {
        Token token = peek();
        if (!token.is(TokenType.END)) {
            throw unexpected(token, "an operator or the end of the formula");
        }
    }

    private Token peek() {
        Token token = tokens.get(index);
        if (token.is(TokenType.INVALID)) {
            throw Problems.invalidCharacter(token);
        }
        return token;
    }

    private Token advance() {
        Token token = peek();
        if (!token.is(TokenType.END)) {
            index++;
        }
        return token;
    }

    private static FormulaException unexpected(Token token, String expected) {
        return Problems.at(
                FORMULA_UNEXPECTED_TOKEN,
                token.position(),
                "Unexpected " + token.describe() + "; expected " + expected,
                "found",
                token.describe(),
                "expected",
                expected);
    }
}
