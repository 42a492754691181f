package com.salesperf.scheme.control;

import static com.salesperf.scheme.control.IndicatorDefinition.Category.MANAGEMENT;
import static com.salesperf.scheme.control.IndicatorDefinition.Category.PROCESS;
import static com.salesperf.scheme.control.IndicatorDefinition.Category.RESULT;
import static com.salesperf.scheme.control.IndicatorDefinition.Kind.QUALITATIVE;
import static com.salesperf.scheme.control.IndicatorDefinition.Kind.QUANTITATIVE;

import java.math.BigDecimal;
import java.util.List;

/**
 * The schemes shipped with the portal, as data an administrator can change. The quarterly default
 * follows table 2 of the source template (SPEC §7).
 */
public final class DefaultSchemes {

    public static final String QUARTERLY_CODE = "Q-DEFAULT";
    public static final String MONTHLY_PROCESS_CODE = "M-PROCESS";

    private DefaultSchemes() {}

    /**
     * Q-DEFAULT. Plan timeliness and team collaboration (the management indicators, 15 %) are the
     * qualitative ones, which gives the 85 % quantitative share SPEC states, so the editor shows
     * the 70-80 % advisory warning. Customer satisfaction is a survey figure: quantitative.
     */
    public static SchemeDefinition quarterly() {
        return new SchemeDefinition(
                QUARTERLY_CODE,
                1,
                "默认季度业绩评估指标体系",
                "Default quarterly evaluation scheme",
                PeriodType.QUARTER,
                List.of(
                        salesCompletion(),
                        newCustomerGrowth(),
                        onTimeCollection(d("15")),
                        customerSatisfaction(),
                        planTimeliness(d("10")),
                        teamwork()),
                defaultGrades());
    }

    /** M-PROCESS: monthly process tracking with quick feedback (collections, activity, plans). */
    public static SchemeDefinition monthlyProcess() {
        return new SchemeDefinition(
                MONTHLY_PROCESS_CODE,
                1,
                "月度过程指标体系",
                "Monthly process scheme",
                PeriodType.MONTH,
                List.of(onTimeCollection(d("40")), activityCount(), planTimeliness(d("30"))),
                defaultGrades());
    }

    /** A ≥ 90, B [75, 90), C [60, 75), D below 60. */
    public static List<GradeBand> defaultGrades() {
        return List.of(
                new GradeBand("A", d("90")),
                new GradeBand("B", d("75")),
                new GradeBand("C", d("60")),
                new GradeBand("D", null));
    }

    private static IndicatorDefinition salesCompletion() {
        return new IndicatorDefinition(
                "SALES_COMPLETION",
                "销售额完成率",
                "Sales completion rate",
                RESULT,
                QUANTITATIVE,
                "Actual sales / target sales x 100",
                "actualSales / targetSales * 100",
                "%",
                d("40"),
                List.of(
                        band("120", null, "100"),
                        band("100", "120", "80"),
                        band("80", "100", "60")
                                .asAdminChoice(
                                        "The source template leaves 80-100 % uncovered; 60 fills the gap"),
                        band(null, "80", "40")),
                DivisionByZeroRule.NO_DATA,
                NoDataRule.EXCLUDE_AND_RESCALE);
    }

    private static IndicatorDefinition newCustomerGrowth() {
        return new IndicatorDefinition(
                "NEW_CUSTOMER_GROWTH",
                "新客户增长率",
                "New customer growth rate",
                RESULT,
                QUANTITATIVE,
                "(New customers this period - last period) / last period x 100",
                "(newCustomers - prevNewCustomers) / prevNewCustomers * 100",
                "%",
                d("20"),
                List.of(band("30", null, "100"), band("10", "30", "70"), band(null, "10", "40")),
                DivisionByZeroRule.TOP_BAND,
                NoDataRule.EXCLUDE_AND_RESCALE);
    }

    // No receivables due means there is nothing to collect on time: no data, not 0 %.
    private static IndicatorDefinition onTimeCollection(BigDecimal weight) {
        return new IndicatorDefinition(
                "ON_TIME_COLLECTION",
                "回款及时率",
                "On-time collection rate",
                PROCESS,
                QUANTITATIVE,
                "Amount collected on time / amount due x 100",
                "collectedOnTime / amountDue * 100",
                "%",
                weight,
                List.of(band("95", null, "100"), band("90", "95", "80"), band(null, "90", "50")),
                DivisionByZeroRule.NO_DATA,
                NoDataRule.EXCLUDE_AND_RESCALE);
    }

    private static IndicatorDefinition customerSatisfaction() {
        return new IndicatorDefinition(
                "CUSTOMER_SATISFACTION",
                "客户满意度",
                "Customer satisfaction",
                PROCESS,
                QUANTITATIVE,
                "Mean survey score (1-5)",
                "satisfaction",
                "points (1-5)",
                d("10"),
                List.of(
                        band("4.5", null, "100"),
                        band("4.0", "4.5", "80"),
                        band(null, "4.0", "50")),
                DivisionByZeroRule.NO_DATA,
                NoDataRule.EXCLUDE_AND_RESCALE);
    }

    private static IndicatorDefinition planTimeliness(BigDecimal weight) {
        return new IndicatorDefinition(
                "PLAN_TIMELINESS",
                "销售计划提交及时率",
                "Plan submission timeliness",
                MANAGEMENT,
                QUALITATIVE,
                "Count of late or missing plan submissions in the period",
                "lateSubmissions",
                "late submissions",
                weight,
                List.of(
                        new Band(
                                null,
                                false,
                                d("0"),
                                false,
                                d("100"),
                                false,
                                "Counts cannot be negative; this band only makes coverage total"),
                        band("0", "1", "100"),
                        band("1", "2", "80"),
                        band("2", null, "50")),
                DivisionByZeroRule.NO_DATA,
                NoDataRule.EXCLUDE_AND_RESCALE);
    }

    private static IndicatorDefinition teamwork() {
        return new IndicatorDefinition(
                "TEAMWORK",
                "团队协作贡献度",
                "Team collaboration contribution",
                MANAGEMENT,
                QUALITATIVE,
                "Mean of supervisor and peer teamwork ratings (0-10)",
                "teamwork",
                "points (0-10)",
                d("5"),
                List.of(band("9", null, "100"), band("7", "9", "80"), band(null, "7", "50")),
                DivisionByZeroRule.NO_DATA,
                NoDataRule.EXCLUDE_AND_RESCALE);
    }

    // Activity is logged, so a missing count means none was logged: bottom band, not "no data".
    private static IndicatorDefinition activityCount() {
        return new IndicatorDefinition(
                "ACTIVITY_COUNT",
                "客户活动量",
                "Customer activity",
                PROCESS,
                QUANTITATIVE,
                "Visits + calls + demos in the month",
                "visits + calls + demos",
                "activities",
                d("30"),
                List.of(
                        band("60", null, "100"),
                        band("40", "60", "80"),
                        band("20", "40", "60"),
                        band(null, "20", "40")),
                DivisionByZeroRule.NO_DATA,
                NoDataRule.BOTTOM_BAND);
    }

    private static Band band(String lower, String upper, String score) {
        return Band.of(lower == null ? null : d(lower), upper == null ? null : d(upper), d(score));
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
