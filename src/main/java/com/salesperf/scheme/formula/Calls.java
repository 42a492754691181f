package com.salesperf.scheme.formula;

import static com.salesperf.scheme.formula.FormulaError.FORMULA_ARITY;
import static com.salesperf.scheme.formula.FormulaError.FORMULA_INVALID_ARGUMENT;
import static com.salesperf.scheme.formula.FormulaError.FORMULA_UNKNOWN_FUNCTION;

import java.math.BigDecimal;
import java.util.List;

/** Resolves a function name against the fixed list and builds the node for a call. */
final class Calls {

    FormulaFunction function(Token name) {
        return FormulaFunction.named(name.text())
                .orElseThrow(
                        () ->
                                Problems.at(
                                        FORMULA_UNKNOWN_FUNCTION,
                                        name.position(),
                                        "Unknown function '"
                                                + name.text()
                                                + "'; the functions are "
                                                + FormulaFunction.allNames(),
                                        "name",
                                        name.text(),
                                        "allowed",
                                        FormulaFunction.allNames()));
    }

    Node build(FormulaFunction function, Token name, List<Node> arguments) {
        requireArity(function, name, arguments.size());
        int at = name.position();
        return switch (function) {
            case IF -> conditional(arguments, at);
            case MIN -> new Extremum(false, numbers(function, arguments), at);
            case MAX -> new Extremum(true, numbers(function, arguments), at);
            case ABS -> new AbsoluteValue(numbers(function, arguments).get(0), at);
            case ROUND -> rounding(arguments, at);
        };
    }

    private static void requireArity(FormulaFunction function, Token name, int count) {
        if (!function.acceptsArgumentCount(count)) {
            throw Problems.at(
                    FORMULA_ARITY,
                    name.position(),
                    "Function '"
                            + function.formulaName()
                            + "' takes "
                            + function.arityText()
                            + " argument(s) but got "
                            + count,
                    "name",
                    function.formulaName(),
                    "expected",
                    function.arityText(),
                    "actual",
                    Integer.toString(count));
        }
    }

    private static Node conditional(List<Node> arguments, int at) {
        Types.require(arguments.get(0), ValueType.BOOLEAN, "the first argument of 'if'");
        Types.requireSameType(
                arguments.get(1), arguments.get(2), "the third argument of 'if' (like the second)");
        return new Conditional(arguments.get(0), arguments.get(1), arguments.get(2), at);
    }

    private static List<Node> numbers(FormulaFunction function, List<Node> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            Types.require(
                    arguments.get(i),
                    ValueType.NUMBER,
                    "argument " + (i + 1) + " of '" + function.formulaName() + "'");
        }
        return arguments;
    }

    private static Node rounding(List<Node> arguments, int at) {
        Types.require(arguments.get(0), ValueType.NUMBER, "the first argument of 'round'");
        return new Rounding(arguments.get(0), decimals(arguments.get(1)), at);
    }

    private static int decimals(Node argument) {
        if (argument instanceof NumberLiteral literal && isSmallWholeNumber(literal.value())) {
            return literal.value().intValueExact();
        }
        throw Problems.at(
                FORMULA_INVALID_ARGUMENT,
                argument.position(),
                "The second argument of 'round' must be a whole number from 0 to "
                        + Rounding.MAX_DECIMALS
                        + " written as a literal",
                "name",
                "round");
    }

    private static boolean isSmallWholeNumber(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0
                && value.compareTo(BigDecimal.valueOf(Rounding.MAX_DECIMALS)) <= 0;
    }
}
