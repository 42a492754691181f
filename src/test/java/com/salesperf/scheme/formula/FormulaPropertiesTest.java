package com.salesperf.scheme.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The interpreter agrees with plain BigDecimal arithmetic for many generated values. Seeded, so a
 * failure reproduces; the generated values are in every assertion message.
 */
class FormulaPropertiesTest {

    private static final int TRIES = 500;
    private static final Formula SUM_OF_PRODUCT = Formula.parse("a + b * c");
    private static final Formula QUOTIENT = Formula.parse("(a - b) / c");
    private static final Formula LESS = Formula.parse("a < b");
    private static final Formula CLAMP = Formula.parse("max(0, min(100, a))");

    private final Random random = new Random(20230930);

    /** A decimal with {@code scale} places in [-limit, limit]. */
    private BigDecimal decimal(long limit, int scale) {
        long units = limit * BigDecimal.TEN.pow(scale).longValueExact();
        return BigDecimal.valueOf(random.nextLong(-units, units + 1), scale);
    }

    private static Map<String, BigDecimal> values(BigDecimal a, BigDecimal b, BigDecimal c) {
        return Map.of("a", a, "b", b, "c", c);
    }

    @Test
    void additionAndMultiplicationAreExact() {
        for (int i = 0; i < TRIES; i++) {
            BigDecimal a = decimal(1_000_000, 4);
            BigDecimal b = decimal(1_000_000, 4);
            BigDecimal c = decimal(1000, 2);
            assertThat(SUM_OF_PRODUCT.evaluateNumber(values(a, b, c)))
                    .as("a=%s b=%s c=%s", a, b, c)
                    .isEqualTo(a.add(b.multiply(c)));
        }
    }

    @Test
    void divisionIsDecimal128OrSignalsTheNumeratorSign() {
        for (int i = 0; i < TRIES; i++) {
            BigDecimal a = decimal(1000, 2);
            BigDecimal b = i % 10 == 0 ? a : decimal(1000, 2);
            BigDecimal c = decimal(3, 1);
            if (c.signum() == 0) {
                DivisionByZero signal =
                        catchThrowableOfType(
                                DivisionByZero.class,
                                () -> QUOTIENT.evaluateNumber(values(a, b, c)));
                assertThat(signal.numeratorSign())
                        .as("a=%s b=%s", a, b)
                        .isEqualTo(a.subtract(b).signum());
            } else {
                assertThat(QUOTIENT.evaluateNumber(values(a, b, c)))
                        .as("a=%s b=%s c=%s", a, b, c)
                        .isEqualTo(a.subtract(b).divide(c, MathContext.DECIMAL128));
            }
        }
    }

    @Test
    void comparisonsFollowCompareTo() {
        for (int i = 0; i < TRIES; i++) {
            BigDecimal a = decimal(100, 2);
            BigDecimal b = i % 7 == 0 ? a.setScale(3) : decimal(100, 1);
            assertThat(LESS.evaluateCondition(values(a, b, BigDecimal.ONE)))
                    .as("a=%s b=%s", a, b)
                    .isEqualTo(a.compareTo(b) < 0);
        }
    }

    @Test
    void clampStaysWithinBounds() {
        for (int i = 0; i < TRIES; i++) {
            BigDecimal a = decimal(1000, 3);
            assertThat(CLAMP.evaluateNumber(values(a, a, a)))
                    .as("a=%s", a)
                    .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        }
    }

    @Test
    void literalsReadBackExactly() {
        for (int i = 0; i < TRIES; i++) {
            BigDecimal value = decimal(100_000_000, 6).abs();
            assertThat(Formula.parse(value.toPlainString()).evaluateNumber(Map.of()))
                    .isEqualTo(value);
        }
    }
}
