package com.salesperf.presentation.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.evaluation.control.EvaluationResults;
import com.salesperf.evaluation.control.Evaluator;
import com.salesperf.evaluation.control.RepInput;
import com.salesperf.scheme.control.DefaultPlans;
import com.salesperf.scheme.control.DefaultSchemes;
import com.salesperf.scheme.control.PlanDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WhatIfComparisonTest {

    private final List<RepInput> reps =
            List.of(
                    rep("S001", "575000", "500000", "95"),
                    rep("S002", "425000", "500000", "88"),
                    rep("S009", null, "500000", "95"));

    @Test
    void theSameDefinitionsChangeNothing() {
        EvaluationResults stored = evaluate(DefaultPlans.defaultPlan());

        WhatIfComparison comparison = WhatIfComparison.of(stored, stored);

        assertThat(comparison.getChangedCount()).isZero();
        assertThat(comparison.getCostDelta()).isEqualByComparingTo("0");
        assertThat(comparison.rows())
                .extracting(WhatIfRow::employeeNo)
                .containsExactly("S001", "S002", "S009");
    }

    @Test
    void aHigherTargetMetCoefficientRaisesS001sBonusAndTheCost() {
        PlanDraft edited = PlanDraft.of(DefaultPlans.defaultPlan());
        edited.getTiers().stream()
                .filter(t -> t.getCode().equals("TARGET_MET"))
                .forEach(t -> t.setCoefficient(new BigDecimal("1.5")));

        WhatIfComparison comparison =
                WhatIfComparison.of(
                        evaluate(DefaultPlans.defaultPlan()), evaluate(edited.toDefinition()));

        WhatIfRow s001 = comparison.rows().get(0);
        assertThat(s001.bonusBefore()).isEqualByComparingTo("14250.00");
        assertThat(s001.bonusAfter()).isEqualByComparingTo("17250.00");
        assertThat(s001.getBonusDelta()).isEqualByComparingTo("3000.00");
        assertThat(s001.getTotalDelta()).isEqualByComparingTo("0");
        assertThat(s001.tierBefore()).isEqualTo("TARGET_MET");
        assertThat(s001.isChanged()).isTrue();
        assertThat(comparison.getCostDelta()).isEqualByComparingTo("3000.00");
        assertThat(comparison.getChangedCount()).isEqualTo(1);
    }

    @Test
    void aRepWithoutSalesHasNoTotalAndNoBonusOnEitherSide() {
        WhatIfComparison comparison =
                WhatIfComparison.of(
                        evaluate(DefaultPlans.defaultPlan()), evaluate(DefaultPlans.ladderPlan()));

        WhatIfRow s009 = comparison.rows().get(2);
        assertThat(s009.totalBefore()).isNull();
        assertThat(s009.getTotalDelta()).isNull();
        assertThat(s009.getBonusDelta()).isEqualByComparingTo("0");
    }

    private EvaluationResults evaluate(PlanDefinition plan) {
        return Evaluator.evaluate(DefaultSchemes.quarterly(), plan, reps);
    }

    private static RepInput rep(String no, String actual, String target, String collection) {
        Map<String, BigDecimal> m = new TreeMap<>();
        put(m, "actualSales", actual);
        put(m, "targetSales", target);
        put(m, "newCustomers", "12");
        put(m, "prevNewCustomers", "10");
        put(m, "amountDue", "100");
        put(m, "collectedOnTime", collection);
        put(m, "collected", collection);
        put(m, "collectionRate", collection);
        put(m, "satisfaction", "4.6");
        put(m, "lateSubmissions", "0");
        put(m, "teamwork", "8.5");
        return new RepInput(no, "Rep " + no, null, null, new BigDecimal("10000"), m);
    }

    private static void put(Map<String, BigDecimal> m, String name, String value) {
        if (value != null) {
            m.put(name, new BigDecimal(value));
        }
    }
}
