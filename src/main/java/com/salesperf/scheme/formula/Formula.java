package com.salesperf.scheme.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed, well-typed formula. Immutable and safe to share between threads.
 *
 * <p>Grammar (loosest binding first):
 *
 * <pre>
 * expression := or
 * or         := and (("or" | "||") and)*
 * and        := not (("and" | "&amp;&amp;") not)*
 * not        := ("not" | "!") not | comparison
 * comparison := sum (("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") sum)*
 * sum        := product (("+" | "-") product)*
 * product    := unary (("*" | "/") unary)*
 * unary      := "-" unary | primary
 * primary    := decimal | "true" | "false" | function "(" arguments ")" | measure | "(" expression ")"
 * </pre>
 *
 * Names are ASCII letters, digits and underscores; decimals are digits with an optional fraction
 * ({@code 12}, {@code 0.8}). Functions: {@link FormulaFunction}.
 */
public final class Formula {

    /** Longest accepted formula text, in characters. */
    public static final int MAX_LENGTH = 1000;

    /** Deepest accepted nesting of parentheses, function calls and prefix operators. */
    public static final int MAX_DEPTH = 50;

    private final String text;
    private final Node root;
    private final List<MeasureRef> references;

    private Formula(String text, Node root, List<MeasureRef> references) {
        this.text = text;
        this.root = root;
        this.references = references;
    }

    /**
     * Parses and type-checks a formula.
     *
     * @throws FormulaException with a stable code and a 0-based position when the text is empty,
     *     too long, too deeply nested, contains a character or construct outside the language,
     *     calls an unknown function, passes a wrong number or type of arguments, or mixes numbers
     *     and conditions
     */
    public static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw Problems.at(FormulaError.FORMULA_EMPTY, 0, "Formula is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw Problems.at(
                    FormulaError.FORMULA_TOO_LONG,
                    MAX_LENGTH,
                    "Formula is longer than " + MAX_LENGTH + " characters",
                    "limit",
                    Integer.toString(MAX_LENGTH),
                    "length",
                    Integer.toString(text.length()));
        }
        Parser.Result parsed = Parser.parse(text);
        return new Formula(text, parsed.root(), parsed.references());
    }

    /**
     * Everything wrong with a formula text as a list (empty when it is fine), for an editor that
     * wants one call: a parse error, or else unknown measures and a wrong result type.
     */
    public static List<FormulaProblem> problems(
            String text, Set<String> knownMeasures, ValueType expected) {
        try {
            return parse(text).check(knownMeasures, expected);
        } catch (FormulaException e) {
            return List.of(e.problem());
        }
    }

    public String text() {
        return text;
    }

    /** Whether the formula yields a number or a condition. */
    public ValueType type() {
        return root.type();
    }

    /** The measure names used, each once, in order of first appearance. */
    public Set<String> referencedMeasures() {
        Set<String> names = new LinkedHashSet<>();
        references.forEach(reference -> names.add(reference.name()));
        return Collections.unmodifiableSet(names);
    }

    /** Every use of a measure that is not in {@code knownMeasures}, each with its position. */
    public List<FormulaProblem> check(Set<String> knownMeasures) {
        List<FormulaProblem> problems = new ArrayList<>();
        for (MeasureRef reference : references) {
            if (!knownMeasures.contains(reference.name())) {
                problems.add(unknownMeasure(reference));
            }
        }
        return List.copyOf(problems);
    }

    /** Like {@link #check(Set)}, and also that the formula yields {@code expected}. */
    public List<FormulaProblem> check(Set<String> knownMeasures, ValueType expected) {
        List<FormulaProblem> problems = new ArrayList<>(check(knownMeasures));
        if (type() != expected) {
            problems.add(wrongResultType(expected));
        }
        return List.copyOf(problems);
    }

    /**
     * Evaluates a number formula.
     *
     * @param measures measure values by name; an absent or null value means no data
     * @throws MissingMeasure when a measure the evaluation reaches has no data
     * @throws DivisionByZero when a divisor the evaluation reaches is zero
     * @throws IllegalStateException when the formula is a condition
     */
    public BigDecimal evaluateNumber(Map<String, BigDecimal> measures) {
        requireType(ValueType.NUMBER);
        return root.number(measures);
    }

    /** Evaluates a condition formula; same signals as {@link #evaluateNumber(Map)}. */
    public boolean evaluateCondition(Map<String, BigDecimal> measures) {
        requireType(ValueType.BOOLEAN);
        return root.truth(measures);
    }

    private void requireType(ValueType expected) {
        if (type() != expected) {
            throw new IllegalStateException(
                    "Formula '" + text + "' yields " + type().description());
        }
    }

    private static FormulaProblem unknownMeasure(MeasureRef reference) {
        return FormulaProblem.of(
                FormulaError.FORMULA_UNKNOWN_MEASURE,
                reference.position(),
                "Unknown measure '" + reference.name() + "'",
                "name",
                reference.name());
    }

    private FormulaProblem wrongResultType(ValueType expected) {
        return FormulaProblem.of(
                FormulaError.FORMULA_WRONG_RESULT_TYPE,
                0,
                "Formula must yield "
                        + expected.description()
                        + " but yields "
                        + type().description(),
                "expected",
                expected.name(),
                "actual",
                type().name());
    }

    @Override
    public String toString() {
        return text;
    }
}
