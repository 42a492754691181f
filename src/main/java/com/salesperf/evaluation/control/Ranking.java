package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Ranks a whole population by total score, descending, at company, region and team level.
 * Competition ranking ("1224"): equal totals (compared at full precision, so 85.0 equals 85.00)
 * share a rank and the next rank skips. Only the display order within a tie is broken: by
 * completion rate descending, then actual sales descending, then employee number, so the order is
 * the same whatever order the reps come in.
 */
public final class Ranking {

    static final Comparator<RankingEntry> DISPLAY_ORDER =
            Comparator.comparing(RankingEntry::totalScore, Comparator.reverseOrder())
                    .thenComparing(
                            RankingEntry::completionRate,
                            Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(
                            RankingEntry::actualSales,
                            Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(RankingEntry::employeeNo);

    private final List<RankingEntry> displayOrder;
    private final Map<String, RepRanks> ranks;

    private Ranking(List<RankingEntry> displayOrder, Map<String, RepRanks> ranks) {
        this.displayOrder = displayOrder;
        this.ranks = ranks;
    }

    /**
     * @throws IllegalArgumentException when an employee number appears twice
     */
    public static Ranking of(Collection<RankingEntry> entries) {
        List<RankingEntry> sorted = new ArrayList<>(entries);
        sorted.sort(DISPLAY_ORDER);
        requireUnique(sorted);
        Map<String, GroupRank> company = rankWithin(sorted, entry -> "");
        Map<String, GroupRank> region = rankWithin(sorted, RankingEntry::regionCode);
        Map<String, GroupRank> team = rankWithin(sorted, RankingEntry::teamCode);
        Map<String, RepRanks> ranks = new TreeMap<>();
        for (RankingEntry entry : sorted) {
            String id = entry.employeeNo();
            ranks.put(id, new RepRanks(company.get(id), region.get(id), team.get(id)));
        }
        return new Ranking(List.copyOf(sorted), Collections.unmodifiableMap(ranks));
    }

    /** Everyone, best first, ties in their deterministic display order. */
    public List<RankingEntry> displayOrder() {
        return displayOrder;
    }

    /**
     * @throws IllegalArgumentException when the rep was not ranked
     */
    public RepRanks ranksOf(String employeeNo) {
        RepRanks found = ranks.get(employeeNo);
        if (found == null) {
            throw new IllegalArgumentException(employeeNo + " was not ranked");
        }
        return found;
    }

    /** Ranks by employee number, sorted by employee number. */
    public Map<String, RepRanks> all() {
        return ranks;
    }

    // Groups keep the display order of `sorted`; a null group key means "not in any group".
    private static Map<String, GroupRank> rankWithin(
            List<RankingEntry> sorted, Function<RankingEntry, String> group) {
        Map<String, List<RankingEntry>> groups = new LinkedHashMap<>();
        for (RankingEntry entry : sorted) {
            String key = group.apply(entry);
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
        }
        Map<String, GroupRank> ranks = new HashMap<>();
        groups.values().forEach(members -> ranks.putAll(competitionRanks(members)));
        return ranks;
    }

    private static Map<String, GroupRank> competitionRanks(List<RankingEntry> members) {
        Map<String, GroupRank> ranks = new HashMap<>();
        int rank = 0;
        BigDecimal previous = null;
        for (int position = 1; position <= members.size(); position++) {
            RankingEntry entry = members.get(position - 1);
            if (previous == null || entry.totalScore().compareTo(previous) != 0) {
                rank = position;
            }
            previous = entry.totalScore();
            ranks.put(entry.employeeNo(), new GroupRank(rank, members.size()));
        }
        return ranks;
    }

    private static void requireUnique(List<RankingEntry> sorted) {
        Map<String, RankingEntry> seen = new HashMap<>();
        for (RankingEntry entry : sorted) {
            if (seen.put(entry.employeeNo(), entry) != null) {
                throw new IllegalArgumentException(
                        "employee " + entry.employeeNo() + " appears twice");
            }
        }
    }
}
