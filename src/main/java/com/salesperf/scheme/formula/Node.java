package com.salesperf.scheme.formula;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A node of the immutable formula tree. Types are checked when the tree is built, so a number node
 * is only ever asked for a number and a condition node only for a truth value.
 */
sealed interface Node
        permits NumberLiteral,
                BooleanLiteral,
                MeasureRef,
                Negation,
                Arithmetic,
                Comparison,
                Logical,
                Not,
                Conditional,
                Extremum,
                AbsoluteValue,
                Rounding {

    ValueType type();

    /** 0-based offset in the formula text, for messages. */
    int position();

    default BigDecimal number(Map<String, BigDecimal> measures) {
        throw new IllegalStateException("not a number node: " + this);
    }

    default boolean truth(Map<String, BigDecimal> measures) {
        throw new IllegalStateException("not a condition node: " + this);
    }
}
