package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.aggregation.MeasureAggregation.AggregatedRep;
import com.salesperf.evaluation.control.GroupRank;
import com.salesperf.evaluation.control.Ranking;
import com.salesperf.evaluation.control.RankingEntry;
import com.salesperf.evaluation.control.RepInput;
import com.salesperf.evaluation.control.RepRanks;
import com.salesperf.evaluation.control.SchemeScorer;
import com.salesperf.evaluation.control.ScoreCard;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * A run's working rows made in one pass before any result is written: each rep's input as the
 * result step will read it, scored, then ranked over the whole evaluable population and marked as
 * service star. Only what ranking needs of a score card is kept, so the population fits in memory;
 * the rows then go to the database with one batched INSERT (no score or rank write-back).
 */
public final class PreparedItems {

    private static final int BATCH = 1000;

    /** Reps scored together (on several threads) before their inputs are let go. */
    private static final int BLOCK = 1000;

    /** One rep's working row. */
    private static final class Item {
        int seq;
        final long employeeId;
        final String employeeNo;
        final String regionCode;
        final String teamCode;
        final String inputText;
        final boolean evaluable;
        final BigDecimal totalScore;
        final BigDecimal completion;
        final BigDecimal actualSales;
        final BigDecimal satisfaction;
        RepRanks ranks;
        boolean serviceStar;

        Item(long employeeId, RepInput input, String inputText, ScoreCard card) {
            this.employeeId = employeeId;
            this.employeeNo = input.employeeNo();
            this.regionCode = input.regionCode();
            this.teamCode = input.teamCode();
            this.inputText = inputText;
            this.evaluable = card.evaluable();
            this.totalScore = card.totalScore();
            this.completion = card.completionRate();
            this.actualSales = input.measure("actualSales");
            this.satisfaction = input.measure("satisfaction");
        }
    }

    private final List<Item> items;

    /** Where the time went, for the run's log. */
    private final long scoringMillis;

    private final long rankingMillis;

    private PreparedItems(List<Item> items, long scoringMillis, long rankingMillis) {
        this.items = items;
        this.scoringMillis = scoringMillis;
        this.rankingMillis = rankingMillis;
    }

    /**
     * Scores every rep from its stored input text (so the figures are exactly those the result step
     * will compute again), ranks the evaluable ones and marks the service stars.
     *
     * @param reps the population in position order; consumed (each block of reps is cleared once
     *     its items are made), so a large population's inputs and items are never all in memory at
     *     once
     * @param executor where blocks are scored on several threads (null: on the caller's only)
     */
    public static PreparedItems of(
            List<AggregatedRep> reps,
            UsedMeasures used,
            SchemeScorer scorer,
            ExecutorService executor) {
        long start = System.nanoTime();
        List<Item> items = new ArrayList<>(reps.size());
        List<RankingEntry> entries = new ArrayList<>();
        List<BigDecimal> satisfactions = new ArrayList<>();
        for (int from = 0; from < reps.size(); from += BLOCK) {
            List<AggregatedRep> block = reps.subList(from, Math.min(reps.size(), from + BLOCK));
            List<Item> made =
                    ChunkWork.map(
                            block,
                            rep -> {
                                String text = InputText.write(used.keepUsed(rep.input()));
                                RepInput input = InputText.read(text);
                                return new Item(rep.employeeId(), input, text, scorer.score(input));
                            },
                            executor);
            Collections.fill(block, null);
            for (Item item : made) {
                item.seq = items.size();
                items.add(item);
                if (item.satisfaction != null) {
                    satisfactions.add(item.satisfaction);
                }
                if (item.evaluable) {
                    entries.add(
                            new RankingEntry(
                                    item.employeeNo,
                                    item.regionCode,
                                    item.teamCode,
                                    item.totalScore,
                                    item.completion,
                                    item.actualSales));
                }
            }
        }
        long scored = System.nanoTime();
        Ranking ranking = Ranking.of(entries);
        BigDecimal threshold = ServiceStars.threshold(satisfactions);
        for (Item item : items) {
            if (item.evaluable) {
                item.ranks = ranking.ranksOf(item.employeeNo);
            }
            item.serviceStar =
                    threshold != null
                            && item.satisfaction != null
                            && item.satisfaction.compareTo(threshold) >= 0;
        }
        return new PreparedItems(
                items, (scored - start) / 1_000_000, (System.nanoTime() - scored) / 1_000_000);
    }

    public int size() {
        return items.size();
    }

    /** E.g. {@code scoring 5100 ms, ranking 900 ms}. */
    public String timing() {
        return "scoring %d ms, ranking %d ms".formatted(scoringMillis, rankingMillis);
    }

    /** Inserts the rows scored and ranked, in JDBC batches. */
    public void insert(Connection connection, long runId) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "INSERT INTO evaluation_item (run_id, seq, employee_id, employee_no,"
                                + " region_code, team_code, input_json, scored, evaluable,"
                                + " total_score, completion, actual_sales, satisfaction,"
                                + " company_rank, company_size, region_rank, region_size,"
                                + " team_rank, team_size, service_star)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                + " ?, ?, ?)")) {
            int n = 0;
            for (Item item : items) {
                insert.setLong(1, runId);
                insert.setInt(2, item.seq);
                insert.setLong(3, item.employeeId);
                insert.setString(4, item.employeeNo);
                insert.setString(5, item.regionCode);
                insert.setString(6, item.teamCode);
                insert.setString(7, item.inputText);
                insert.setBoolean(8, item.evaluable);
                insert.setString(9, plain(item.totalScore));
                insert.setString(10, plain(item.completion));
                insert.setString(11, plain(item.actualSales));
                insert.setString(12, plain(item.satisfaction));
                RepRanks ranks = item.ranks;
                rank(insert, 13, ranks == null ? null : ranks.company());
                rank(insert, 15, ranks == null ? null : ranks.region());
                rank(insert, 17, ranks == null ? null : ranks.team());
                insert.setBoolean(19, item.serviceStar);
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void rank(PreparedStatement insert, int index, GroupRank rank)
            throws SQLException {
        if (rank == null) {
            insert.setNull(index, Types.INTEGER);
            insert.setNull(index + 1, Types.INTEGER);
        } else {
            insert.setInt(index, rank.rank());
            insert.setInt(index + 1, rank.size());
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
