package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.Fixtures.rep;
import static com.salesperf.evaluation.control.Fixtures.s001Measures;
import static com.salesperf.evaluation.control.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.scheme.control.DefaultSchemes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of ranking and scoring over many seeded random inputs. */
class EnginePropertiesTest {

    private static final int TRIES = 300;
    private static final SchemeScorer SCORER = new SchemeScorer(DefaultSchemes.quarterly());
    private final Random random = new Random(7);

    private BigDecimal money(long max) {
        return BigDecimal.valueOf(random.nextLong(0, max * 100 + 1), 2);
    }

    private ScoreCard score(Object... changes) {
        return SCORER.score(rep("X", "R", "T", "1000", with(s001Measures(), changes)));
    }

    @Test
    void competitionRankIsOnePlusTheNumberOfStrictlyBetterReps() {
        for (int round = 0; round < TRIES; round++) {
            List<RankingEntry> entries = new ArrayList<>();
            int size = 1 + random.nextInt(30);
            for (int i = 0; i < size; i++) {
                BigDecimal total = BigDecimal.valueOf(50 + random.nextInt(11));
                entries.add(new RankingEntry("E" + i, "R" + (i % 2), "T", total, null, null));
            }
            Ranking ranking = Ranking.of(entries);
            for (RankingEntry entry : entries) {
                long better =
                        entries.stream()
                                .filter(e -> e.totalScore().compareTo(entry.totalScore()) > 0)
                                .count();
                assertThat(ranking.ranksOf(entry.employeeNo()).company())
                        .isEqualTo(new GroupRank((int) better + 1, size));
            }
        }
    }

    @Test
    void totalStaysOnTheScaleAddsUpAndMatchesItsGrade() {
        for (int i = 0; i < TRIES; i++) {
            ScoreCard card =
                    score(
                            "actualSales", money(1_000_000),
                            "newCustomers", random.nextInt(31),
                            "prevNewCustomers", random.nextInt(11),
                            "satisfaction", BigDecimal.valueOf(random.nextInt(100, 501), 2),
                            "lateSubmissions", random.nextInt(5));
            BigDecimal total = card.totalScore();
            assertThat(total).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            BigDecimal contributions =
                    card.indicators().stream()
                            .map(IndicatorScore::contribution)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(contributions).isEqualByComparingTo(total);
            assertThat(card.grade()).as("grade of %s", total).isEqualTo(expectedGrade(total));
        }
    }

    private static String expectedGrade(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "A";
        }
        if (total.compareTo(BigDecimal.valueOf(75)) >= 0) {
            return "B";
        }
        return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "C" : "D";
    }

    @Test
    void sellingMoreNeverLowersTheScore() {
        for (int i = 0; i < TRIES; i++) {
            BigDecimal sales = money(900_000);
            BigDecimal more = money(100_000);
            BigDecimal before = score("actualSales", sales).totalScore();
            BigDecimal after = score("actualSales", sales.add(more)).totalScore();
            assertThat(after).as("%s then %s more", sales, more).isGreaterThanOrEqualTo(before);
        }
    }
}
