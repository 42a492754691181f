package com.salesperf.demo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The small exact pieces the showcase figures rest on. */
class GenerationBuildingBlocksTest {

    @Test
    void sequenceRestartIsAMultipleOf50StrictlyAboveMaxPlus50() {
        assertThat(SequenceAdvancer.restartValue(1)).isEqualTo(100);
        assertThat(SequenceAdvancer.restartValue(1234)).isEqualTo(1300);
        assertThat(SequenceAdvancer.restartValue(1250)).isEqualTo(1350);
        assertThat(SequenceAdvancer.restartValue(1249)).isEqualTo(1300);
    }

    @Test
    void amountsAddUpExactlyToTheTotal() {
        SplittableRandom random = new SplittableRandom(1);
        double[] weights = new double[72];
        Arrays.setAll(weights, i -> random.nextDouble(0.3, 3));
        long[] amounts = AmountSplitter.split(575_000, weights);
        assertThat(Arrays.stream(amounts).sum()).isEqualTo(575_000);
        assertThat(Arrays.stream(amounts).boxed())
                .allSatisfy(amount -> assertThat(amount % 10).isZero())
                .allSatisfy(amount -> assertThat(amount).isGreaterThanOrEqualTo(200));
    }

    @Test
    void satisfactionScoresHaveExactlyThePlannedMean() {
        int[] scores = FeedbackWriter.scores(new BigDecimal("4.6"), 10, new SplittableRandom(7));
        assertThat(Arrays.stream(scores).sum()).isEqualTo(46);
        assertThat(Arrays.stream(scores).boxed())
                .allSatisfy(score -> assertThat(score).isBetween(1, 5));
    }

    @Test
    void benchmarkHoldsOnlyTheQuartersOfOneQuarterlyClose() {
        assertThat(DemoSize.benchmark(10_000).quarterCodes()).containsExactly("2023Q2", "2023Q3");
        assertThat(DemoSize.standard().quarterCodes())
                .hasSize(8)
                .startsWith("2022Q1")
                .endsWith("2023Q4");
    }

    @Test
    void commandLineChoosesTheStandardCompanyUnlessRepsAreGiven() {
        CommandLine standard = CommandLine.parse(new String[] {"--url", "jdbc:h2:mem:x"});
        assertThat(standard.size().name()).isEqualTo("standard");
        assertThat(standard.connections()).isEqualTo(2);
        CommandLine benchmark =
                CommandLine.parse(
                        new String[] {
                            "--url",
                            "jdbc:postgresql://h/db",
                            "--user",
                            "postgres",
                            "--password",
                            "secret",
                            "--reps",
                            "100000",
                            "--connections",
                            "1"
                        });
        assertThat(benchmark.size().reps()).isEqualTo(100_000);
        assertThat(benchmark.user()).isEqualTo("postgres");
        assertThat(benchmark.connections()).isEqualTo(1);
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--reps", "10"}))
                .hasMessageContaining("--url is required");
    }
}
