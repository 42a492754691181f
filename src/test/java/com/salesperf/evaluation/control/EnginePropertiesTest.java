package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.Fixtures.rep;
import static com.salesperf.evaluation.control.Fixtures.s001Measures;
import static com.salesperf.evaluation.control.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.scheme.control.DefaultSchemes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

class EnginePropertiesTest {

  private static final SchemeScorer SCORER = new SchemeScorer(DefaultSchemes.quarterly());

  @Property(tries = 200)
  void competitionRankIsOnePlusTheNumberOfStrictlyBetterReps(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 50, max = 60) Integer> totals) {
    List<RankingEntry> entries = new ArrayList<>();
    for (int i = 0; i < totals.size(); i++) {
      entries.add(
          new RankingEntry(
              "E" + i, "R" + (i % 2), "T", BigDecimal.valueOf(totals.get(i)), null, null));
    }
    Ranking ranking = Ranking.of(entries);
    for (RankingEntry entry : entries) {
      long better =
          entries.stream().filter(e -> e.totalScore().compareTo(entry.totalScore()) > 0).count();
      assertThat(ranking.ranksOf(entry.employeeNo()).company())
          .isEqualTo(new GroupRank((int) better + 1, entries.size()));
    }
  }

  @Property(tries = 200)
  void totalStaysOnTheScaleAndMatchesItsGrade(
      @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal actualSales,
      @ForAll @IntRange(min = 0, max = 30) int newCustomers,
      @ForAll @IntRange(min = 0, max = 10) int prevNewCustomers,
      @ForAll @BigRange(min = "1", max = "5") @Scale(2) BigDecimal satisfaction,
      @ForAll @IntRange(min = 0, max = 4) int lateSubmissions) {
    ScoreCard card =
        SCORER.score(
            rep(
                "X",
                "R",
                "T",
                "1000",
                with(
                    s001Measures(),
                    "actualSales",
                    actualSales,
                    "newCustomers",
                    newCustomers,
                    "prevNewCustomers",
                    prevNewCustomers,
                    "satisfaction",
                    satisfaction,
                    "lateSubmissions",
                    lateSubmissions)));
    assertThat(card.totalScore()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    BigDecimal contributions =
        card.indicators().stream()
            .map(IndicatorScore::contribution)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(contributions).isEqualByComparingTo(card.totalScore());
    String expectedGrade =
        card.totalScore().compareTo(BigDecimal.valueOf(90)) >= 0
            ? "A"
            : card.totalScore().compareTo(BigDecimal.valueOf(75)) >= 0
                ? "B"
                : card.totalScore().compareTo(BigDecimal.valueOf(60)) >= 0 ? "C" : "D";
    assertThat(card.grade()).isEqualTo(expectedGrade);
  }

  @Property(tries = 200)
  void sellingMoreNeverLowersTheScore(
      @ForAll @BigRange(min = "0", max = "900000") @Scale(2) BigDecimal actualSales,
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal more) {
    BigDecimal before =
        SCORER
            .score(rep("X", "R", "T", "1000", with(s001Measures(), "actualSales", actualSales)))
            .totalScore();
    BigDecimal after =
        SCORER
            .score(
                rep(
                    "X",
                    "R",
                    "T",
                    "1000",
                    with(s001Measures(), "actualSales", actualSales.add(more))))
            .totalScore();
    assertThat(after).isGreaterThanOrEqualTo(before);
  }
}
