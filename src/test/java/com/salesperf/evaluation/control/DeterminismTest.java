package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.Fixtures.rep;
import static com.salesperf.evaluation.control.Fixtures.s001;
import static com.salesperf.evaluation.control.Fixtures.s001Measures;
import static com.salesperf.evaluation.control.Fixtures.s002;
import static com.salesperf.evaluation.control.Fixtures.s003;
import static com.salesperf.evaluation.control.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.scheme.control.Band;
import com.salesperf.scheme.control.DefaultPlans;
import com.salesperf.scheme.control.DefaultSchemes;
import com.salesperf.scheme.control.IndicatorDefinition;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.SchemeDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Same inputs, byte-identical output, whatever order the reps or their measures come in. */
class DeterminismTest {

    private static final SchemeDefinition SCHEME = DefaultSchemes.quarterly();
    private static final PlanDefinition PLAN = DefaultPlans.defaultPlan();

    private static final String PINNED_POPULATION_HASH =
            "dba31f9e797be2a22e2496952e5e65e4c9e8eabe492728fee0adc48b0f31fa92";

    static List<RepInput> population() {
        List<RepInput> reps = new ArrayList<>(List.of(s001(), s002(), s003()));
        String[] regions = {"EAST", "NORTH", "SOUTH"};
        for (int i = 0; i < 60; i++) {
            String region = regions[i % 3];
            reps.add(
                    rep(
                            String.format("R%03d", i),
                            region,
                            region + "-" + (i % 4),
                            Integer.toString(8000 + 100 * (i % 5)),
                            with(
                                    s001Measures(),
                                    "actualSales",
                                    400000 + 7919 * (i % 23),
                                    "newCustomers",
                                    i % 13,
                                    "prevNewCustomers",
                                    i % 5,
                                    "collectionRate",
                                    80 + i % 21,
                                    "satisfaction",
                                    i % 7 == 0
                                            ? null
                                            : new BigDecimal("3.5")
                                                    .add(new BigDecimal(i % 16).movePointLeft(1)),
                                    "teamwork",
                                    5 + i % 6,
                                    "prevCompletionRate",
                                    i % 3 == 0 ? null : 70 + i % 30)));
        }
        reps.add(rep("Z999", "EAST", "EAST-0", "9000", with(s001Measures(), "targetSales", null)));
        return reps;
    }

    private static RepInput withShuffledMeasures(RepInput rep, Random random) {
        List<Map.Entry<String, BigDecimal>> entries =
                new ArrayList<>(new TreeMap<>(rep.measures()).entrySet());
        Collections.shuffle(entries, random);
        Map<String, BigDecimal> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
        return new RepInput(
                rep.employeeNo(),
                rep.repName(),
                rep.regionCode(),
                rep.teamCode(),
                rep.baseBonus(),
                shuffled);
    }

    @Test
    void shuffledInputGivesIdenticalCanonicalJsonAndHashes() {
        List<RepInput> reps = population();
        EvaluationResults reference = Evaluator.evaluate(SCHEME, PLAN, reps);
        String referenceJson = reference.canonicalJson();
        List<String> referenceHashes =
                reference.results().stream().map(RepEvaluation::sha256).toList();
        Random random = new Random(20230930);
        for (int round = 0; round < 5; round++) {
            List<RepInput> shuffled =
                    new ArrayList<>(
                            reps.stream().map(r -> withShuffledMeasures(r, random)).toList());
            Collections.shuffle(shuffled, random);
            EvaluationResults again = Evaluator.evaluate(SCHEME, PLAN, shuffled);
            assertThat(again.canonicalJson()).isEqualTo(referenceJson);
            assertThat(Sha256.hex(again.canonicalJson())).isEqualTo(Sha256.hex(referenceJson));
            assertThat(again.results().stream().map(RepEvaluation::sha256).toList())
                    .isEqualTo(referenceHashes);
        }
    }

    @Test
    void theSamePopulationRebuiltFromScratchHashesTheSame() {
        String first =
                Evaluator.evaluate(
                                DefaultSchemes.quarterly(),
                                DefaultPlans.defaultPlan(),
                                population())
                        .canonicalJson();
        String second =
                Evaluator.evaluate(
                                DefaultSchemes.quarterly(),
                                DefaultPlans.defaultPlan(),
                                population())
                        .canonicalJson();
        assertThat(second).isEqualTo(first);
    }

    /**
     * Stored results are verified against their hashes years later, so the canonical text must not
     * drift with a refactoring of the writer: this pins the whole test population's text. A
     * deliberate format change needs a new engine version, not a new constant here.
     */
    @Test
    void theCanonicalTextOfAKnownPopulationNeverChanges() {
        String json = Evaluator.evaluate(SCHEME, PLAN, population()).canonicalJson();
        assertThat(Sha256.hex(json)).isEqualTo(PINNED_POPULATION_HASH);
    }

    @Test
    void anyChangedFigureChangesTheHash() {
        String original =
                Evaluator.evaluate(SCHEME, PLAN, List.of(s001())).results().get(0).sha256();
        RepInput changed =
                rep("S001", "EAST", "EAST-1", "10000", with(s001Measures(), "teamwork", "8.6"));
        assertThat(Evaluator.evaluate(SCHEME, PLAN, List.of(changed)).results().get(0).sha256())
                .isNotEqualTo(original);
    }

    @Test
    void resultJsonCarriesTheDefinitionsHashesAndAllFigures() {
        RepEvaluation result =
                Evaluator.evaluate(SCHEME, PLAN, List.of(s001(), s002(), s003()))
                        .find("S001")
                        .orElseThrow();
        String json = result.canonicalJson();
        assertThat(json)
                .startsWith(
                        "{\"baseBonus\":10000,\"completionRate\":115,\"displayTotal\":85,\"employeeNo\":\"S001\"");
        assertThat(json)
                .contains(
                        "\"scheme\":{\"code\":\"Q-DEFAULT\",\"contentHash\":\""
                                + ContentHash.of(SCHEME)
                                + "\",\"version\":1}");
        assertThat(json)
                .contains(
                        "\"plan\":{\"code\":\"P-DEFAULT\",\"contentHash\":\""
                                + ContentHash.of(PLAN)
                                + "\",\"version\":1}");
        assertThat(json)
                .contains("\"bonus\":14250,")
                .contains("\"tier\":\"TARGET_MET\"")
                .contains("\"ranks\":{\"company\":{\"rank\":2,\"size\":3}");
        assertThat(json).contains("{\"code\":\"COMMISSION\",\"params\":{\"actual\":\"575000\"");
        assertThat(json)
                .doesNotContain("\n")
                .doesNotContain("\": ")
                .doesNotContain(", \"")
                .doesNotContain("E+")
                .doesNotContain("E-");
        assertThat(result.sha256()).isEqualTo(Sha256.hex(json)).hasSize(64);
    }

    @Test
    void contentHashIgnoresHowEqualNumbersAreWrittenButNotWhatTheyAre() {
        SchemeDefinition reference = DefaultSchemes.quarterly();
        assertThat(ContentHash.of(reference)).isEqualTo(ContentHash.of(DefaultSchemes.quarterly()));
        SchemeDefinition rewritten =
                replaceFirstBand(
                        reference,
                        Band.of(new BigDecimal("120.00"), null, new BigDecimal("100.0")));
        assertThat(ContentHash.of(rewritten)).isEqualTo(ContentHash.of(reference));
        SchemeDefinition changed =
                replaceFirstBand(
                        reference, Band.of(new BigDecimal("121"), null, new BigDecimal("100")));
        assertThat(ContentHash.of(changed)).isNotEqualTo(ContentHash.of(reference));
        assertThat(ContentHash.of(DefaultPlans.ladderPlan()))
                .isNotEqualTo(ContentHash.of(DefaultPlans.defaultPlan()));
        assertThat(ContentHash.of(DefaultPlans.defaultPlan()))
                .isEqualTo(ContentHash.of(DefaultPlans.defaultPlan()));
    }

    private static SchemeDefinition replaceFirstBand(SchemeDefinition scheme, Band band) {
        List<IndicatorDefinition> indicators = new ArrayList<>(scheme.indicators());
        IndicatorDefinition first = indicators.get(0);
        List<Band> bands = new ArrayList<>(first.bands());
        bands.set(0, band);
        indicators.set(
                0,
                new IndicatorDefinition(
                        first.code(),
                        first.nameZh(),
                        first.nameEn(),
                        first.category(),
                        first.kind(),
                        first.definition(),
                        first.formula(),
                        first.unit(),
                        first.weight(),
                        bands,
                        first.divisionByZeroRule(),
                        first.noDataRule()));
        return new SchemeDefinition(
                scheme.code(),
                scheme.version(),
                scheme.nameZh(),
                scheme.nameEn(),
                scheme.periodType(),
                indicators,
                scheme.gradeBands());
    }
}
