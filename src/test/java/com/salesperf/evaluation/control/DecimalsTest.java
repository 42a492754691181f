package com.salesperf.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain form of a decimal, which every stored result's text and hash depend on. */
class DecimalsTest {

    @ParameterizedTest
    @CsvSource({
        "80, 80",
        "80.00, 80",
        "8E+1, 80",
        "0.000, 0",
        "0, 0",
        "-1.50, -1.5",
        "100.0100, 100.01",
        "97.09807692307692307692307692307692, 97.09807692307692307692307692307692",
        "1E-40, 0.0000000000000000000000000000000000000001",
        "-5E+3, -5000"
    })
    void writesWithoutTrailingZerosOrExponent(String value, String expected) {
        assertThat(Decimals.plain(new BigDecimal(value))).isEqualTo(expected);
    }

    @Test
    void isExactlyStripTrailingZerosThenToPlainString() {
        Random random = new Random(20231001);
        for (int i = 0; i < 200_000; i++) {
            BigInteger unscaled =
                    i % 2 == 0
                            ? BigInteger.valueOf(random.nextLong() % 10_000_000L)
                            : new BigInteger(random.nextInt(120) + 1, random);
            if (random.nextBoolean()) {
                unscaled = unscaled.multiply(BigInteger.TEN.pow(random.nextInt(6)));
            }
            BigDecimal value = new BigDecimal(unscaled, random.nextInt(50) - 10);
            assertThat(Decimals.plain(value))
                    .as("%s", value)
                    .isEqualTo(value.stripTrailingZeros().toPlainString());
        }
    }

    @Test
    void longValuesPrintedAgainGiveTheirOwnTextNeverAnotherValues() {
        Random random = new Random(7);
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            values.add(new BigDecimal(new BigInteger(70 + random.nextInt(50), random), 30));
        }
        // each value several times, in an order that reuses and overwrites the remembered texts
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < values.size(); i++) {
                BigDecimal value = values.get((i * (round + 1) * 7) % values.size());
                assertThat(Decimals.plain(value))
                        .as("%s", value)
                        .isEqualTo(value.stripTrailingZeros().toPlainString());
            }
        }
    }
}
