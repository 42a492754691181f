package com.salesperf.evaluation.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.demo.control.DemoCompanyGenerator;
import com.salesperf.demo.control.DemoSize;
import com.salesperf.demo.control.TestDatabases;
import com.salesperf.evaluation.batch.UsedMeasures;
import com.salesperf.evaluation.control.EvaluationResults;
import com.salesperf.evaluation.control.Evaluator;
import com.salesperf.evaluation.control.RepEvaluation;
import com.salesperf.evaluation.control.RepInput;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.scheme.control.DefaultPlans;
import com.salesperf.scheme.control.DefaultSchemes;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real aggregation over the demo company on the H2 that Payara bundles: the worked example of
 * the scheme issue and the seed's other two reps come out of the fact rows exactly.
 */
class MeasureAggregationH2Test {

    private static final PeriodCode Q3 = PeriodCode.parse("2023Q3");
    private static final com.salesperf.scheme.control.Population JUNIOR_EMERGING =
            com.salesperf.scheme.control.Population.of(
                    List.of("JUNIOR"), List.of("EMERGING"), List.of());

    private static Connection connection;
    private static List<RepInput> population;
    private static EvaluationResults results;

    @BeforeAll
    static void demoCompany() throws SQLException {
        connection = TestDatabases.h2("aggregation");
        new DemoCompanyGenerator().generate(connection, DemoSize.standard());
        population = new MeasureAggregation(connection).population(Q3);
        results =
                Evaluator.evaluate(
                        DefaultSchemes.quarterly(), DefaultPlans.defaultPlan(), population);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void s001IsTheWorkedExample() {
        RepInput s001 = input("S001");
        assertThat(s001.measure("actualSales")).isEqualByComparingTo("575000");
        assertThat(s001.measure("targetSales")).isEqualByComparingTo("500000");
        assertThat(s001.measure("newCustomers")).isEqualByComparingTo("12");
        assertThat(s001.measure("prevNewCustomers")).isEqualByComparingTo("10");
        assertThat(s001.measure("onTimeCollectionRate")).isEqualByComparingTo("95");
        assertThat(s001.measure("collectionRate")).isEqualByComparingTo("95");
        assertThat(s001.measure("satisfaction")).isEqualByComparingTo("4.6");
        assertThat(s001.measure("lateSubmissions")).isEqualByComparingTo("0");
        assertThat(s001.measure("teamwork")).isEqualByComparingTo("8.5");
        assertThat(s001.baseBonus()).isEqualByComparingTo("10000");
        RepEvaluation result = results.find("S001").orElseThrow();
        assertThat(result.score().displayTotal()).isEqualTo("85.0");
        assertThat(result.score().grade()).isEqualTo("B");
        assertThat(result.incentive().coefficient()).isEqualByComparingTo("1.2");
        assertThat(result.incentive().modifierFactor()).isEqualByComparingTo("1.0");
        assertThat(result.incentive().commission()).isEqualByComparingTo("2250.00");
        assertThat(result.incentive().bonus()).isEqualTo(new BigDecimal("14250.00"));
    }

    @Test
    void s003CompletesExactly120PercentAndIsExcellent() {
        assertThat(input("S003").measure("completionRate")).isEqualByComparingTo("120");
        RepEvaluation result = results.find("S003").orElseThrow();
        assertThat(result.incentive().coefficient()).isEqualByComparingTo("2.0");
    }

    @Test
    void s002GetsThePayoutModifier() {
        RepInput s002 = input("S002");
        assertThat(s002.measure("completionRate")).isEqualByComparingTo("85");
        assertThat(s002.measure("collectionRate")).isEqualByComparingTo("88");
        assertThat(s002.measure("lateSubmissions")).isEqualByComparingTo("1");
        assertThat(results.find("S002").orElseThrow().incentive().modifierFactor())
                .isEqualByComparingTo("0.8");
    }

    @Test
    void oneRepGivesTheSameInputAsThePopulation() throws SQLException {
        long id = employeeId("S001");
        assertThat(new MeasureAggregation(connection).rep(Q3, id)).containsExactly(input("S001"));
    }

    @Test
    void aRunReadsOnlyTheFactTablesItsMeasuresComeFromAndGetsTheSameValues() throws SQLException {
        for (UsedMeasures used :
                List.of(
                        UsedMeasures.of(DefaultSchemes.quarterly(), DefaultPlans.defaultPlan()),
                        UsedMeasures.of(
                                DefaultSchemes.monthlyProcess(), DefaultPlans.defaultPlan()))) {
            List<RepInput> kept =
                    new MeasureAggregation(connection)
                            .aggregate(Q3, null, used.names()).stream()
                                    .map(rep -> used.keepUsed(rep.input()))
                                    .toList();
            assertThat(kept).isEqualTo(population.stream().map(used::keepUsed).toList());
        }
        // the scheme's measures of both periods are all there, so the test compares something
        assertThat(
                        UsedMeasures.of(DefaultSchemes.quarterly(), DefaultPlans.defaultPlan())
                                .keepUsed(input("S001"))
                                .measures())
                .containsKeys("newCustomers", "prevNewCustomers", "teamwork", "collectionRate");
    }

    @Test
    void aRateOrMeanKeptWithoutItsInputsHasTheValueOfAFullAggregation() throws SQLException {
        // The rates' inputs and the other means of their tables are not kept, so not all computed.
        Set<String> wanted =
                Set.of("avgOrderValue", "prevCompletionRate", "selfRating", "nps", "teamwork");
        List<Map<String, BigDecimal>> kept =
                new MeasureAggregation(connection)
                        .aggregate(Q3, null, wanted).stream()
                                .map(rep -> rep.input().measures())
                                .toList();
        assertThat(kept)
                .isEqualTo(population.stream().map(rep -> only(rep.measures(), wanted)).toList());
        assertThat(kept).anySatisfy(measures -> assertThat(measures).containsOnlyKeys(wanted));
    }

    private static Map<String, BigDecimal> only(
            Map<String, BigDecimal> measures, Set<String> names) {
        Map<String, BigDecimal> kept = new TreeMap<>(measures);
        kept.keySet().retainAll(names);
        return kept;
    }

    @Test
    void everyRepHasOrgContextAndEveryoneWithATargetIsScored() {
        assertThat(population).hasSizeGreaterThan(150);
        assertThat(population).allSatisfy(rep -> assertThat(rep.teamCode()).isNotNull());
        assertThat(population).allSatisfy(rep -> assertThat(rep.regionCode()).isNotNull());
        assertThat(results.results().stream().filter(RepEvaluation::evaluable).count())
                .isEqualTo(
                        population.stream()
                                .filter(rep -> rep.measure("targetSales") != null)
                                .count());
    }

    @Test
    void aSchemePopulationKeepsExactlyItsRepsWithUnchangedMeasures() throws SQLException {
        List<RepInput> kept = new MeasureAggregation(connection).population(Q3, JUNIOR_EMERGING);
        List<String> expected = juniorsInEmergingTeams();
        assertThat(expected).isNotEmpty().hasSizeLessThan(population.size() / 2);
        assertThat(kept).extracting(RepInput::employeeNo).isEqualTo(expected);
        // this period's measures are those of the unrestricted aggregation
        assertThat(kept)
                .allSatisfy(
                        rep ->
                                assertThat(current(rep))
                                        .isEqualTo(current(input(rep.employeeNo()))));
    }

    @Test
    void previousValuesComeOnlyFromThePreviousPeriodsPopulationUnderTheSameRule()
            throws SQLException {
        MeasureAggregation aggregation = new MeasureAggregation(connection);
        List<String> before =
                aggregation.population(Q3.previous(), JUNIOR_EMERGING).stream()
                        .map(RepInput::employeeNo)
                        .toList();
        List<RepInput> kept = aggregation.population(Q3, JUNIOR_EMERGING);
        assertThat(kept)
                .allSatisfy(
                        rep ->
                                assertThat(rep.measure("prevNewCustomers") != null)
                                        .as(rep.employeeNo())
                                        .isEqualTo(before.contains(rep.employeeNo())));
        assertThat(kept).anySatisfy(rep -> assertThat(rep.measure("prevNewCustomers")).isNotNull());
    }

    @Test
    void everyoneIsTheWholePopulation() throws SQLException {
        assertThat(
                        new MeasureAggregation(connection)
                                .population(Q3, com.salesperf.scheme.control.Population.everyone()))
                .isEqualTo(population);
    }

    @Test
    void aTeamWithoutMarketIsInItsRegionsMarket() throws SQLException {
        List<String> expected = juniorsInEmergingTeams();
        connection.setAutoCommit(false);
        try {
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE org_unit SET market = NULL WHERE kind = 'TEAM'");
            }
            assertThat(new MeasureAggregation(connection).population(Q3, JUNIOR_EMERGING))
                    .extracting(RepInput::employeeNo)
                    .isEqualTo(expected);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    @Test
    void aStageRuleKeepsOnlyRepsOfTeamsInThatStage() throws SQLException {
        var newTeams =
                com.salesperf.scheme.control.Population.of(List.of(), List.of(), List.of("NEW"));
        List<RepInput> kept = new MeasureAggregation(connection).population(Q3, newTeams);
        assertThat(kept).isNotEmpty().hasSizeLessThan(population.size());
        List<String> teams = teamsInStage("NEW");
        assertThat(kept).allSatisfy(rep -> assertThat(teams).contains(rep.teamCode()));
        assertThat(population.stream().filter(rep -> teams.contains(rep.teamCode())).count())
                .isEqualTo(kept.size());
    }

    private static Map<String, BigDecimal> current(RepInput rep) {
        Map<String, BigDecimal> measures = new java.util.TreeMap<>(rep.measures());
        measures.keySet().removeIf(name -> name.startsWith("prev"));
        return measures;
    }

    /** The reps of Q3 in the unit of their last assignment, counted independently with SQL. */
    private static List<String> juniorsInEmergingTeams() throws SQLException {
        List<String> found = new ArrayList<>();
        try (var statement =
                connection.prepareStatement(
                        "SELECT e.employee_no FROM employee e"
                                + " JOIN assignment a ON a.employee_id = e.id"
                                + " JOIN org_unit u ON u.id = a.org_unit_id"
                                + " LEFT JOIN org_unit r ON r.id = u.parent_id"
                                + " WHERE e.position = 'SALES_REP' AND e.level = 'JUNIOR'"
                                + " AND COALESCE(u.market, r.market) = 'EMERGING'"
                                + " AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to > ?)"
                                + " AND NOT EXISTS (SELECT 1 FROM assignment b"
                                + " WHERE b.employee_id = e.id AND b.valid_from > a.valid_from"
                                + " AND b.valid_from <= ?)"
                                + " ORDER BY e.employee_no")) {
            statement.setObject(1, Q3.end());
            statement.setObject(2, Q3.start());
            statement.setObject(3, Q3.end());
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    private static List<String> teamsInStage(String stage) throws SQLException {
        List<String> found = new ArrayList<>();
        try (var statement =
                connection.prepareStatement("SELECT code FROM org_unit WHERE stage = ?")) {
            statement.setString(1, stage);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    private static RepInput input(String employeeNo) {
        return population.stream()
                .filter(rep -> rep.employeeNo().equals(employeeNo))
                .findFirst()
                .orElseThrow();
    }

    private static long employeeId(String employeeNo) throws SQLException {
        try (var statement =
                connection.prepareStatement("SELECT id FROM employee WHERE employee_no = ?")) {
            statement.setString(1, employeeNo);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
