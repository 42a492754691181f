package com.salesperf.scheme.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.scheme.control.ValidationMessage.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

    static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static TierDefinition tier(String code, int rank, String from, String to) {
        return new TierDefinition(
                code,
                code,
                code,
                rank,
                d(from),
                d(to),
                null,
                null,
                BigDecimal.ONE,
                "",
                "",
                false,
                false);
    }

    static List<TierDefinition> ladder() {
        return List.of(
                tier("HIGH", 3, "100", null),
                tier("MID", 2, "60", "100"),
                tier("LOW", 1, null, "60"));
    }

    static PlanDefinition plan(List<TierDefinition> tiers) {
        return new PlanDefinition(
                "P",
                1,
                "",
                "",
                "CNY",
                tiers,
                List.of(),
                new CommissionRule(d("0.03"), List.of()),
                null);
    }

    static List<String> codes(PlanDefinition plan) {
        return PlanValidator.validate(plan).stream().map(ValidationMessage::code).toList();
    }

    static ValidationMessage only(PlanDefinition plan, ValidationCode code) {
        return SchemeValidatorTest.only(PlanValidator.validate(plan), code);
    }

    static List<TierDefinition> with(TierDefinition extra) {
        List<TierDefinition> tiers = new ArrayList<>(ladder());
        tiers.add(extra);
        return tiers;
    }

    @Test
    void aSoundPlanHasNoMessages() {
        assertThat(codes(plan(ladder()))).isEmpty();
    }

    @Test
    void planWithoutTiers() {
        assertThat(codes(plan(List.of()))).containsExactly("PLAN_NO_TIERS");
    }

    @Test
    void duplicateTierCodeAndRank() {
        assertThat(codes(plan(with(tier("HIGH", 3, "200", "300")))))
                .contains("DUPLICATE_CODE", "DUPLICATE_TIER_RANK");
        ValidationMessage rank =
                only(
                        plan(with(tier("OTHER", 3, "200", "300"))),
                        ValidationCode.DUPLICATE_TIER_RANK);
        assertThat(rank.params()).containsEntry("rank", "3").containsEntry("tier", "OTHER");
    }

    @Test
    void gapInTheCompletionLadder() {
        List<TierDefinition> tiers =
                List.of(tier("HIGH", 3, "100", null), tier("LOW", 1, null, "60"));
        ValidationMessage message = only(plan(tiers), ValidationCode.TIERS_GAP);
        assertThat(message.params()).containsEntry("interval", "[60, 100)");
        assertThat(message.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void overlapIsAWarningNamingTheWinner() {
        List<ValidationMessage> messages =
                PlanValidator.validate(plan(with(tier("EXTRA", 9, "90", "110"))));
        assertThat(messages)
                .extracting(ValidationMessage::code)
                .containsExactly("TIERS_OVERLAP", "TIERS_OVERLAP");
        assertThat(messages)
                .extracting(m -> m.params().get("interval"))
                .containsExactly("[90, 100)", "[100, 110)");
        assertThat(messages.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(messages.get(0).params())
                .containsEntry("tiers", "MID, EXTRA")
                .containsEntry("winner", "EXTRA");
    }

    @Test
    void tiersWithAnImprovementConditionDoNotCountForCoverage() {
        TierDefinition progress =
                new TierDefinition(
                        "PROGRESS",
                        "",
                        "",
                        5,
                        d("80"),
                        null,
                        d("15"),
                        null,
                        BigDecimal.ONE,
                        "",
                        "",
                        false,
                        false);
        assertThat(codes(plan(with(progress)))).isEmpty();
    }

    @Test
    void aTopPercentPathDoesNotHideTheCompletionRange() {
        TierDefinition excellence =
                new TierDefinition(
                        "EXC", "", "", 9, d("120"), null, null, d("5"), d("2"), "", "", false,
                        false);
        List<TierDefinition> tiers = List.of(excellence, tier("MID", 2, null, "100"));
        assertThat(only(plan(tiers), ValidationCode.TIERS_GAP).params())
                .containsEntry("interval", "[100, 120)");
    }

    @Test
    void emptyTierRange() {
        assertThat(
                        only(
                                        plan(with(tier("ODD", 7, "90", "80"))),
                                        ValidationCode.TIER_EMPTY_RANGE)
                                .params())
                .containsEntry("tier", "ODD")
                .containsEntry("range", "[90, 80)");
    }

    @Test
    void negativeCoefficient() {
        TierDefinition negative =
                new TierDefinition(
                        "NEG", "", "", 7, d("200"), null, null, null, d("-1"), "", "", false,
                        false);
        assertThat(only(plan(with(negative)), ValidationCode.NEGATIVE_COEFFICIENT).params())
                .containsEntry("coefficient", "-1");
    }

    @Test
    void negativeImprovement() {
        TierDefinition negative =
                new TierDefinition(
                        "NEG", "", "", 7, d("80"), null, d("-5"), null, d("1"), "", "", false,
                        false);
        assertThat(only(plan(with(negative)), ValidationCode.NEGATIVE_IMPROVEMENT).params())
                .containsEntry("points", "-5");
    }

    @Test
    void topPercentMustBeAPercentage() {
        TierDefinition zero =
                new TierDefinition(
                        "Z", "", "", 7, d("200"), null, d("0"), d("0"), d("1"), "", "", false,
                        false);
        TierDefinition tooBig =
                new TierDefinition(
                        "T", "", "", 8, d("200"), null, d("0"), d("101"), d("1"), "", "", false,
                        false);
        assertThat(codes(plan(with(zero)))).containsExactly("TOP_PERCENT_OUT_OF_RANGE");
        assertThat(codes(plan(with(tooBig)))).containsExactly("TOP_PERCENT_OUT_OF_RANGE");
    }

    @Test
    void administratorsTierIsAnInfo() {
        TierDefinition chosen =
                new TierDefinition(
                        "STD", "", "", 2, d("60"), d("100"), null, null, d("1"), "", "", false,
                        true);
        List<TierDefinition> tiers =
                List.of(tier("HIGH", 3, "100", null), chosen, tier("LOW", 1, null, "60"));
        ValidationMessage message = only(plan(tiers), ValidationCode.TIER_ADMIN_CHOICE);
        assertThat(message.severity()).isEqualTo(Severity.INFO);
        assertThat(message.params())
                .containsEntry("tier", "STD")
                .containsEntry("range", "[60, 100)");
    }

    @Test
    void modifierProblems() {
        PayoutModifier bad =
                new PayoutModifier(
                        "bogus", PayoutModifier.Comparison.LESS_THAN, d("90"), d("-0.5"));
        PlanDefinition plan =
                new PlanDefinition(
                        "P", 1, "", "", "CNY", ladder(), List.of(bad), CommissionRule.none(), null);
        assertThat(codes(plan)).containsExactly("UNKNOWN_MEASURE", "NEGATIVE_FACTOR");
    }

    @Test
    void commissionProblems() {
        CommissionRule rule =
                new CommissionRule(
                        d("-0.01"),
                        List.of(
                                new Accelerator(d("120"), d("1.2")),
                                new Accelerator(d("120"), d("-1"))));
        PlanDefinition plan =
                new PlanDefinition("P", 1, "", "", "CNY", ladder(), List.of(), rule, null);
        assertThat(codes(plan))
                .containsExactly("NEGATIVE_RATE", "DUPLICATE_ACCELERATOR", "NEGATIVE_FACTOR");
    }

    @Test
    void moneySettings() {
        PlanDefinition plan =
                new PlanDefinition(
                        "P", 1, "", "", "RMB", ladder(), List.of(), CommissionRule.none(), d("-1"));
        assertThat(codes(plan)).containsExactly("INVALID_CURRENCY", "NEGATIVE_BUDGET");
        PlanDefinition lowerCase =
                new PlanDefinition(
                        "P",
                        1,
                        "",
                        "",
                        "cny",
                        ladder(),
                        List.of(),
                        CommissionRule.none(),
                        d("1000"));
        assertThat(codes(lowerCase)).containsExactly("INVALID_CURRENCY");
    }
}
