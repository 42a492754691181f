package com.salesperf.scheme.control;

import static com.salesperf.scheme.control.DefaultSchemes.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The incentive plans shipped with the portal (SPEC §9), as data an administrator can change: the
 * default quarterly plan, the finer ladder and the commission accelerator the source describes as
 * alternatives.
 */
public final class DefaultPlans {

    public static final String DEFAULT_CODE = "P-DEFAULT";
    public static final String LADDER_CODE = "P-LADDER";
    public static final String ACCELERATOR_CODE = "P-ACCEL";

    private DefaultPlans() {}

    /** Table 3 of the source template, plus the Standard tier for 80-100 % without progress. */
    public static PlanDefinition defaultPlan() {
        return plan(
                DEFAULT_CODE,
                "默认季度激励方案",
                "Default quarterly incentive plan",
                defaultTiers(),
                commission(List.of()));
    }

    /**
     * The finer ladder: [100, 110) → 1.2, [110, 120) → 1.5, ≥ 120 → 2.0. The source writes "&gt;
     * 120 %"; 120 itself belongs to the top step here so that the ladder has no hole.
     */
    public static PlanDefinition ladderPlan() {
        List<TierDefinition> tiers = new ArrayList<>();
        tiers.add(excellence());
        tiers.add(
                tier(
                        "TARGET_EXCEEDED",
                        "超额奖",
                        "Target exceeded",
                        55,
                        "110",
                        "120",
                        "1.5",
                        "内部表彰",
                        "Internal commendation"));
        tiers.add(
                tier(
                        "TARGET_MET",
                        "达标奖",
                        "Target met",
                        50,
                        "100",
                        "110",
                        "1.2",
                        "内部表彰",
                        "Internal commendation"));
        tiers.addAll(defaultTiers().subList(2, 6));
        return plan(LADDER_CODE, "阶梯激励方案", "Ladder incentive plan", tiers, commission(List.of()));
    }

    /** The default plan with the commission rate raised by 20 % from 120 % completion. */
    public static PlanDefinition acceleratorPlan() {
        List<Accelerator> accelerators = List.of(new Accelerator(d("120"), d("1.2")));
        return plan(
                ACCELERATOR_CODE,
                "加速提成激励方案",
                "Accelerated commission plan",
                defaultTiers(),
                commission(accelerators));
    }

    private static List<TierDefinition> defaultTiers() {
        return List.of(
                excellence(),
                tier(
                        "TARGET_MET",
                        "达标奖",
                        "Target met",
                        50,
                        "100",
                        "120",
                        "1.2",
                        "内部表彰",
                        "Internal commendation"),
                progress(),
                standardTier(),
                baseline(),
                tier("NONE", "无激励", "None", 10, null, "60", "0", "", ""));
    }

    private static TierDefinition excellence() {
        return new TierDefinition(
                "EXCELLENCE",
                "卓越奖",
                "Excellence",
                60,
                d("120"),
                null,
                null,
                d("5"),
                d("2.0"),
                "“销售精英”奖杯、行业峰会培训",
                "\"Sales elite\" trophy, industry summit training",
                false,
                false);
    }

    private static TierDefinition progress() {
        return new TierDefinition(
                "PROGRESS",
                "进步奖",
                "Progress",
                40,
                d("80"),
                null,
                d("15"),
                null,
                d("1.0"),
                "技能课程名额",
                "A skills course seat",
                false,
                false);
    }

    private static TierDefinition standardTier() {
        return new TierDefinition(
                "STANDARD",
                "标准",
                "Standard",
                30,
                d("80"),
                d("100"),
                null,
                null,
                d("1.0"),
                "",
                "",
                false,
                true);
    }

    private static TierDefinition baseline() {
        return new TierDefinition(
                "BASELINE",
                "底线激励",
                "Baseline",
                20,
                d("60"),
                d("80"),
                null,
                null,
                d("0.8"),
                "须提交改进计划",
                "Must submit an improvement plan",
                true,
                false);
    }

    private static TierDefinition tier(
            String code,
            String zh,
            String en,
            int rank,
            String from,
            String to,
            String coefficient,
            String awardZh,
            String awardEn) {
        return new TierDefinition(
                code,
                zh,
                en,
                rank,
                from == null ? null : d(from),
                to == null ? null : d(to),
                null,
                null,
                d(coefficient),
                awardZh,
                awardEn,
                false,
                false);
    }

    private static CommissionRule commission(List<Accelerator> accelerators) {
        return new CommissionRule(d("0.03"), accelerators);
    }

    private static PlanDefinition plan(
            String code,
            String zh,
            String en,
            List<TierDefinition> tiers,
            CommissionRule commission) {
        List<PayoutModifier> modifiers =
                List.of(
                        new PayoutModifier(
                                "collectionRate",
                                PayoutModifier.Comparison.LESS_THAN,
                                d("90"),
                                d("0.8")));
        return new PlanDefinition(
                code, 1, zh, en, "CNY", tiers, modifiers, commission, (BigDecimal) null);
    }
}
