package com.salesperf.scheme.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** The interpreter agrees with plain BigDecimal arithmetic for any values. */
class FormulaPropertiesTest {

  private static final Formula SUM_OF_PRODUCT = Formula.parse("a + b * c");
  private static final Formula QUOTIENT = Formula.parse("(a - b) / c");
  private static final Formula LESS = Formula.parse("a < b");
  private static final Formula CLAMP = Formula.parse("max(0, min(100, a))");

  private static Map<String, BigDecimal> values(BigDecimal a, BigDecimal b, BigDecimal c) {
    return Map.of("a", a, "b", b, "c", c);
  }

  @Property(tries = 300)
  void additionAndMultiplicationAreExact(
      @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(4) BigDecimal a,
      @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(4) BigDecimal b,
      @ForAll @BigRange(min = "-1000", max = "1000") @Scale(2) BigDecimal c) {
    assertThat(SUM_OF_PRODUCT.evaluateNumber(values(a, b, c))).isEqualTo(a.add(b.multiply(c)));
  }

  @Property(tries = 300)
  void divisionIsDecimal128OrSignalsTheNumeratorSign(
      @ForAll @BigRange(min = "-1000", max = "1000") @Scale(2) BigDecimal a,
      @ForAll @BigRange(min = "-1000", max = "1000") @Scale(2) BigDecimal b,
      @ForAll @BigRange(min = "-3", max = "3") @Scale(1) BigDecimal c) {
    if (c.signum() == 0) {
      DivisionByZero signal =
          catchThrowableOfType(
              DivisionByZero.class, () -> QUOTIENT.evaluateNumber(values(a, b, c)));
      assertThat(signal.numeratorSign()).isEqualTo(a.subtract(b).signum());
    } else {
      assertThat(QUOTIENT.evaluateNumber(values(a, b, c)))
          .isEqualTo(a.subtract(b).divide(c, MathContext.DECIMAL128));
    }
  }

  @Property(tries = 300)
  void comparisonsFollowCompareTo(
      @ForAll @BigRange(min = "-100", max = "100") @Scale(2) BigDecimal a,
      @ForAll @BigRange(min = "-100", max = "100") @Scale(1) BigDecimal b) {
    Map<String, BigDecimal> values = values(a, b, BigDecimal.ONE);
    assertThat(LESS.evaluateCondition(values)).isEqualTo(a.compareTo(b) < 0);
  }

  @Property(tries = 300)
  void clampStaysWithinBounds(
      @ForAll @BigRange(min = "-1000", max = "1000") @Scale(3) BigDecimal a) {
    BigDecimal clamped = CLAMP.evaluateNumber(values(a, a, a));
    assertThat(clamped).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
  }

  @Property(tries = 200)
  void literalsReadBackExactly(
      @ForAll @BigRange(min = "0", max = "100000000") @Scale(6) BigDecimal value) {
    Formula literal = Formula.parse(value.toPlainString());
    assertThat(literal.evaluateNumber(Map.of())).isEqualTo(value);
  }
}
