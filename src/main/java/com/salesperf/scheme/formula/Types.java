package com.salesperf.scheme.formula;

import static com.salesperf.scheme.formula.FormulaError.FORMULA_TYPE_MISMATCH;

/** The typing rules, checked while the tree is built so that no ill-typed formula exists. */
final class Types {

    private Types() {}

    static void require(Node node, ValueType expected, String role) {
        if (node.type() != expected) {
            throw Problems.at(
                    FORMULA_TYPE_MISMATCH,
                    node.position(),
                    capitalise(role)
                            + " must be "
                            + expected.description()
                            + " but is "
                            + node.type().description(),
                    "role",
                    role,
                    "expected",
                    expected.name(),
                    "actual",
                    node.type().name());
        }
    }

    static void requireComparable(Comparison.Operator operator, Node left, Node right) {
        if (operator.isEquality() && left.type() == right.type()) {
            return;
        }
        String role = "'" + operator.symbol + "'";
        require(left, ValueType.NUMBER, "the left operand of " + role);
        require(right, ValueType.NUMBER, "the right operand of " + role);
    }

    static void requireSameType(Node first, Node second, String role) {
        require(second, first.type(), role);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
