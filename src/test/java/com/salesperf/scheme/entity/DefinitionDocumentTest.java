package com.salesperf.scheme.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.evaluation.control.ContentHash;
import com.salesperf.evaluation.control.EvaluationResults;
import com.salesperf.evaluation.control.Evaluator;
import com.salesperf.evaluation.control.RepInput;
import com.salesperf.scheme.control.DefaultPlans;
import com.salesperf.scheme.control.DefaultSchemes;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.SchemeDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The stored text reads back to a definition with the same content and the same results. */
class DefinitionDocumentTest {

    static Stream<SchemeDefinition> schemes() {
        return Stream.of(DefaultSchemes.quarterly(), DefaultSchemes.monthlyProcess());
    }

    static Stream<PlanDefinition> plans() {
        return Stream.of(
                DefaultPlans.defaultPlan(),
                DefaultPlans.ladderPlan(),
                DefaultPlans.acceleratorPlan());
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void schemeReadsBackToTheSameContent(SchemeDefinition scheme) {
        String stored = DefinitionDocument.write(scheme);
        SchemeDefinition read = DefinitionDocument.readScheme(stored);
        assertThat(DefinitionDocument.write(read)).isEqualTo(stored);
        assertThat(ContentHash.of(read)).isEqualTo(ContentHash.of(scheme));
        assertThat(read.indicators()).hasSameSizeAs(scheme.indicators());
    }

    @ParameterizedTest
    @MethodSource("plans")
    void planReadsBackToTheSameContent(PlanDefinition plan) {
        String stored = DefinitionDocument.write(plan);
        PlanDefinition read = DefinitionDocument.readPlan(stored);
        assertThat(DefinitionDocument.write(read)).isEqualTo(stored);
        assertThat(ContentHash.of(read)).isEqualTo(ContentHash.of(plan));
        assertThat(read.tiers()).hasSameSizeAs(plan.tiers());
    }

    @Test
    void aStoredSchemeAndPlanScoreExactlyAsTheOriginals() {
        SchemeDefinition scheme =
                DefinitionDocument.readScheme(DefinitionDocument.write(DefaultSchemes.quarterly()));
        PlanDefinition plan =
                DefinitionDocument.readPlan(DefinitionDocument.write(DefaultPlans.defaultPlan()));
        RepInput s001 =
                new RepInput(
                        "S001",
                        "张伟",
                        "EAST",
                        "EAST-1",
                        new BigDecimal("10000"),
                        Map.of(
                                "actualSales", new BigDecimal("575000"),
                                "targetSales", new BigDecimal("500000"),
                                "newCustomers", new BigDecimal("12"),
                                "prevNewCustomers", new BigDecimal("10"),
                                "amountDue", new BigDecimal("100000"),
                                "collectedOnTime", new BigDecimal("95000"),
                                "collected", new BigDecimal("95000"),
                                "satisfaction", new BigDecimal("4.6"),
                                "lateSubmissions", BigDecimal.ZERO,
                                "teamwork", new BigDecimal("8.5")));

        EvaluationResults fromStore = Evaluator.evaluate(scheme, plan, List.of(s001));
        EvaluationResults original =
                Evaluator.evaluate(
                        DefaultSchemes.quarterly(), DefaultPlans.defaultPlan(), List.of(s001));

        assertThat(fromStore.canonicalJson()).isEqualTo(original.canonicalJson());
        // Alone in its region S001 is its region's top 5 %, hence Excellence: 2.0 x 10,000 + 2,250.
        assertThat(fromStore.find("S001").orElseThrow().incentive().bonus())
                .isEqualTo(new BigDecimal("22250.00"));
    }
}
