package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static RankingEntry entry(
            String no, String region, String team, String total, String completion, String sales) {
        return new RankingEntry(no, region, team, d(total), d(completion), d(sales));
    }

    private static RankingEntry entry(String no, String total) {
        return entry(no, "R", "T", total, "100", "1000");
    }

    @Test
    void competitionRanking1224() {
        Ranking ranking =
                Ranking.of(
                        List.of(
                                entry("A", "90"),
                                entry("B", "85"),
                                entry("C", "85"),
                                entry("D", "70")));
        assertThat(ranking.ranksOf("A").company()).isEqualTo(new GroupRank(1, 4));
        assertThat(ranking.ranksOf("B").company()).isEqualTo(new GroupRank(2, 4));
        assertThat(ranking.ranksOf("C").company()).isEqualTo(new GroupRank(2, 4));
        assertThat(ranking.ranksOf("D").company()).isEqualTo(new GroupRank(4, 4));
    }

    @Test
    void tiesAtTheTopShareRankOneAndTheNextRankSkips() {
        Ranking ranking =
                Ranking.of(List.of(entry("A", "95"), entry("B", "95.00"), entry("C", "80")));
        assertThat(ranking.ranksOf("A").company().rank()).isEqualTo(1);
        assertThat(ranking.ranksOf("B").company().rank()).isEqualTo(1);
        assertThat(ranking.ranksOf("C").company().rank()).isEqualTo(3);
    }

    @Test
    void totalsAreComparedAtFullPrecision() {
        Ranking ranking = Ranking.of(List.of(entry("A", "85.04"), entry("B", "84.96")));
        assertThat(ranking.ranksOf("B").company().rank()).isEqualTo(2);
    }

    @Test
    void tiesAreDisplayedByCompletionThenSalesThenEmployeeNumber() {
        List<RankingEntry> entries =
                List.of(
                        entry("E5", "R", "T", "80", "100", "500"),
                        entry("E4", "R", "T", "80", "100", "500"),
                        entry("E3", "R", "T", "80", "100", "900"),
                        entry("E2", "R", "T", "80", "110", "100"),
                        entry("E1", "R", "T", "90", "50", "1"));
        Ranking ranking = Ranking.of(entries);
        assertThat(ranking.displayOrder())
                .extracting(RankingEntry::employeeNo)
                .containsExactly("E1", "E2", "E3", "E4", "E5");
        assertThat(ranking.displayOrder())
                .extracting(e -> ranking.ranksOf(e.employeeNo()).company().rank())
                .containsExactly(1, 2, 2, 2, 2);
    }

    @Test
    void regionAndTeamRanksWithGroupSizes() {
        List<RankingEntry> entries =
                List.of(
                        entry("A", "EAST", "E1", "90", "100", "1"),
                        entry("B", "EAST", "E2", "80", "100", "1"),
                        entry("C", "EAST", "E2", "85", "100", "1"),
                        entry("D", "NORTH", "N1", "95", "100", "1"),
                        entry("E", "NORTH", "N1", "60", "100", "1"));
        Ranking ranking = Ranking.of(entries);
        assertThat(ranking.ranksOf("B"))
                .isEqualTo(
                        new RepRanks(
                                new GroupRank(4, 5), new GroupRank(3, 3), new GroupRank(2, 2)));
        assertThat(ranking.ranksOf("D"))
                .isEqualTo(
                        new RepRanks(
                                new GroupRank(1, 5), new GroupRank(1, 2), new GroupRank(1, 2)));
        assertThat(ranking.ranksOf("A").team()).isEqualTo(new GroupRank(1, 1));
        assertThat(ranking.all()).containsOnlyKeys("A", "B", "C", "D", "E");
    }

    @Test
    void repsWithoutRegionOrTeamHaveNoRankThere() {
        Ranking ranking =
                Ranking.of(
                        List.of(
                                entry("A", null, null, "90", "100", "1"),
                                entry("B", "EAST", "E1", "80", "100", "1")));
        assertThat(ranking.ranksOf("A")).isEqualTo(new RepRanks(new GroupRank(1, 2), null, null));
        assertThat(ranking.ranksOf("B").region()).isEqualTo(new GroupRank(1, 1));
    }

    @Test
    void missingTieBreakFiguresSortLast() {
        Ranking ranking =
                Ranking.of(
                        List.of(
                                entry("A", "R", "T", "80", null, null),
                                entry("B", "R", "T", "80", "90", null)));
        assertThat(ranking.displayOrder())
                .extracting(RankingEntry::employeeNo)
                .containsExactly("B", "A");
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<RankingEntry> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            entries.add(
                    entry(
                            "E" + (100 + i),
                            "R" + (i % 3),
                            "T" + (i % 5),
                            Integer.toString(60 + i % 7),
                            Integer.toString(90 + i % 4),
                            "1000"));
        }
        Ranking reference = Ranking.of(entries);
        Random random = new Random(42);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(entries, random);
            Ranking shuffled = Ranking.of(entries);
            assertThat(shuffled.displayOrder()).isEqualTo(reference.displayOrder());
            assertThat(shuffled.all()).isEqualTo(reference.all());
        }
    }

    @Test
    void emptyPopulation() {
        assertThat(Ranking.of(List.of()).displayOrder()).isEmpty();
    }

    @Test
    void duplicatesAndUnknownsAreRefused() {
        assertThatThrownBy(() -> Ranking.of(List.of(entry("A", "1"), entry("A", "2"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ranking.of(List.of(entry("A", "1"))).ranksOf("Z"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GroupRank(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
