package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.control.RepEvaluation;
import com.salesperf.period.entity.PeriodType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The flags of SPEC §10 a run sets on a result, from this period's result and the rep's current
 * results of the previous periods of the same type. Streaks need every period of the streak: a
 * missing earlier result breaks it.
 */
public final class RunFlags {

    public static final String TOP3_STREAK = "TOP3_STREAK";
    public static final String BELOW_BASELINE_STREAK = "BELOW_BASELINE_STREAK";
    public static final String PROMOTION_CANDIDATE = "PROMOTION_CANDIDATE";
    public static final String SERVICE_STAR = "SERVICE_STAR";
    public static final String IMPROVEMENT_PLAN = "IMPROVEMENT_PLAN";
    public static final String PERSISTENT_UNDERPERFORMER = "PERSISTENT_UNDERPERFORMER";

    private static final BigDecimal BASELINE = BigDecimal.valueOf(60);

    private RunFlags() {}

    /**
     * @param past the rep's earlier results, any order
     * @param serviceStar whether the rep's satisfaction is in the period's top 10 %
     * @return flag codes in a fixed order
     */
    public static List<String> of(
            RepEvaluation result, PeriodType type, List<PastResult> past, boolean serviceStar) {
        List<String> flags = new ArrayList<>();
        if (!result.evaluable()) {
            return flags;
        }
        Now now = new Now(result);
        boolean quarter = type == PeriodType.QUARTER;
        if (quarter && now.top3() && top3(past, 1) && top3(past, 2)) {
            flags.add(TOP3_STREAK);
        }
        if ((quarter || type == PeriodType.MONTH) && now.belowBaseline() && belowBaseline(past)) {
            flags.add(BELOW_BASELINE_STREAK);
        }
        if (quarter && now.promotable() && promotable(past)) {
            flags.add(PROMOTION_CANDIDATE);
        }
        if (serviceStar) {
            flags.add(SERVICE_STAR);
        }
        if (result.incentive() != null && result.incentive().requiresImprovementPlan()) {
            flags.add(IMPROVEMENT_PLAN);
        }
        if (quarter && "D".equals(now.grade) && gradeD(past)) {
            flags.add(PERSISTENT_UNDERPERFORMER);
        }
        return flags;
    }

    /** Company top 10 %: rank r of N with r ≤ ceil(0.1 × N). */
    static boolean topTenPercent(Integer rank, Integer size) {
        return rank != null && size != null && rank <= (size + 9) / 10;
    }

    private record Now(Integer rank, Integer size, String grade, BigDecimal completion) {
        Now(RepEvaluation result) {
            this(
                    result.ranks().company().rank(),
                    result.ranks().company().size(),
                    result.score().grade(),
                    result.score().completionRate());
        }

        boolean top3() {
            return rank <= 3;
        }

        boolean belowBaseline() {
            return completion != null && completion.compareTo(BASELINE) < 0;
        }

        boolean promotable() {
            return "A".equals(grade) || topTenPercent(rank, size);
        }
    }

    private static boolean top3(List<PastResult> past, int back) {
        return past.stream()
                .anyMatch(
                        p ->
                                p.periodsBack() == back
                                        && p.companyRank() != null
                                        && p.companyRank() <= 3);
    }

    private static boolean belowBaseline(List<PastResult> past) {
        return past.stream()
                .anyMatch(
                        p ->
                                p.periodsBack() == 1
                                        && p.completionRate() != null
                                        && p.completionRate().compareTo(BASELINE) < 0);
    }

    private static boolean promotable(List<PastResult> past) {
        return past.stream()
                .anyMatch(
                        p ->
                                p.periodsBack() == 1
                                        && ("A".equals(p.grade())
                                                || topTenPercent(
                                                        p.companyRank(), p.companySize())));
    }

    private static boolean gradeD(List<PastResult> past) {
        return past.stream().anyMatch(p -> p.periodsBack() == 1 && "D".equals(p.grade()));
    }
}
