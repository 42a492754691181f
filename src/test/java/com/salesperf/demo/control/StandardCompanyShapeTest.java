package com.salesperf.demo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The standard company looks like the company the spec describes. */
class StandardCompanyShapeTest {

    /** The unit a rep belonged to when a period started. */
    private static final String ASSIGNED_AT_PERIOD_START =
            " JOIN assignment a"
                    + " ON a.employee_id = t.employee_id AND a.valid_from <= p.start_date"
                    + " AND (a.valid_to IS NULL OR a.valid_to > p.start_date)";

    private static Connection connection;

    @BeforeAll
    static void generate() throws Exception {
        connection = StandardCompany.onH2();
    }

    @Test
    void organisationHasFourRegionsTwelveTeamsAndAboutTwoHundredReps() throws Exception {
        assertThat(
                        SqlCounts.strings(
                                connection,
                                "SELECT code FROM org_unit WHERE kind = 'REGION'"
                                        + " ORDER BY code"))
                .containsExactly("EAST", "NORTH", "SOUTH", "SOUTHWEST");
        assertThat(count("SELECT COUNT(*) FROM org_unit WHERE kind = 'TEAM'")).isEqualTo(12);
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM org_unit WHERE kind = 'COMPANY' AND code = 'HQ'"
                                        + " AND name_zh = '总公司'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM employee WHERE position = 'SALES_REP'"))
                .isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM employee WHERE position = 'SALES_MANAGER'"))
                .isEqualTo(16);
        assertThat(count("SELECT COUNT(*) FROM employee WHERE active = FALSE")).isEqualTo(2);
        assertThat(count("SELECT COUNT(DISTINCT stage) FROM org_unit WHERE kind = 'TEAM'"))
                .isEqualTo(3);
    }

    @Test
    void repsReportToTheirTeamManagerWhoReportsToTheRegionalManager() throws Exception {
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM employee rep"
                                        + " JOIN employee lead ON lead.id = rep.manager_id AND lead.org_unit_id = rep.org_unit_id"
                                        + " JOIN org_unit team ON team.id = rep.org_unit_id"
                                        + " JOIN employee head ON head.id = lead.manager_id AND head.org_unit_id = team.parent_id"
                                        + " WHERE rep.position = 'SALES_REP'"))
                .isEqualTo(200);
    }

    @Test
    void threeRepsMovedTeamsInMid2023WithDatedHistory() throws Exception {
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM (SELECT employee_id FROM assignment"
                                        + " GROUP BY employee_id HAVING COUNT(*) = 2) moved"))
                .isEqualTo(3);
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM assignment a JOIN employee e ON e.id = a.employee_id"
                                        + " WHERE a.valid_to IS NULL AND a.org_unit_id <> e.org_unit_id"))
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM employee e WHERE NOT EXISTS (SELECT 1"
                                        + " FROM assignment a WHERE a.employee_id = e.id AND a.valid_from = e.hire_date)"))
                .isZero();
    }

    @Test
    void periodsCoverEveryMonthQuarterHalfYearAndYearOf2022And2023() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM period WHERE status = 'OPEN'")).isEqualTo(38);
        assertThat(
                        SqlCounts.strings(
                                connection,
                                "SELECT code || ' ' || type || ' ' || start_date"
                                        + " || ' ' || end_date FROM period WHERE code IN ('2023-07', '2023Q3', '2023H2', '2023')"
                                        + " ORDER BY code"))
                .containsExactly(
                        "2023 YEAR 2023-01-01 2023-12-31",
                        "2023-07 MONTH 2023-07-01 2023-07-31",
                        "2023H2 HALF_YEAR 2023-07-01 2023-12-31",
                        "2023Q3 QUARTER 2023-07-01 2023-09-30");
    }

    @Test
    void quarterTargetsAreTheSumOfTheirMonthsAndYearsOfTheirQuarters() throws Exception {
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM target q JOIN period qp ON qp.id = q.period_id"
                                        + " WHERE qp.type = 'QUARTER' AND q.measure = 'sales' AND q.target_value <> ("
                                        + " SELECT SUM(m.target_value) FROM target m JOIN period mp ON mp.id = m.period_id"
                                        + " WHERE mp.type = 'MONTH' AND m.scope = q.scope AND m.scope_code = q.scope_code"
                                        + " AND m.measure = 'sales' AND mp.start_date >= qp.start_date"
                                        + " AND mp.end_date <= qp.end_date)"))
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM target y JOIN period yp ON yp.id = y.period_id"
                                        + " WHERE yp.type = 'YEAR' AND y.target_value <> (SELECT SUM(q.target_value)"
                                        + " FROM target q JOIN period qp ON qp.id = q.period_id WHERE qp.type = 'QUARTER'"
                                        + " AND q.scope = y.scope AND q.scope_code = y.scope_code AND q.measure = 'sales'"
                                        + " AND qp.start_date >= yp.start_date AND qp.end_date <= yp.end_date)"))
                .isZero();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM target WHERE scope = 'COMPANY' AND measure ="
                                        + " 'newCustomers'"))
                .isEqualTo(8);
    }

    @Test
    void teamTargetsAreTheSumOfTheRepsInTheTeamWhenThePeriodStarted() throws Exception {
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM target team_target"
                                        + " JOIN period p ON p.id = team_target.period_id"
                                        + " WHERE team_target.scope = 'TEAM' AND p.type IN ('MONTH', 'QUARTER')"
                                        + " AND team_target.target_value <> (SELECT SUM(t.target_value) FROM target t"
                                        + ASSIGNED_AT_PERIOD_START
                                        + " WHERE t.period_id = team_target.period_id AND t.scope = 'REP'"
                                        + " AND t.measure = team_target.measure AND a.org_unit_id = team_target.org_unit_id)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM target WHERE scope = 'TEAM'"))
                .isEqualTo(12 * (24 + 8 + 2 + 8));
    }

    @Test
    void regionsCompleteTheirTargetsAsTheSpecsAnalysisExampleSays() throws Exception {
        Map<String, List<Double>> completions = completionsByRegion("2023");
        assertThat(mean(completions.get("NORTH"))).isCloseTo(0.85, within(0.04));
        assertThat(mean(completions.get("SOUTH"))).isCloseTo(1.10, within(0.04));
        assertThat(mean(completions.get("EAST"))).isBetween(0.90, 1.06);
        assertThat(mean(completions.get("SOUTHWEST"))).isBetween(0.90, 1.06);
        List<Double> all = completions.values().stream().flatMap(List::stream).toList();
        long inRange = all.stream().filter(rate -> rate >= 0.6 && rate <= 1.3).count();
        assertThat(inRange).isGreaterThan(Math.round(all.size() * 0.9));
    }

    @Test
    void leadConversionIsAbout35PercentButBelow30InNorth() throws Exception {
        Map<String, Double> conversion = new HashMap<>();
        long leads = 0;
        long qualified = 0;
        try (PreparedStatement query =
                        connection.prepareStatement(
                                "SELECT region.code, COUNT(*),"
                                        + " SUM(CASE WHEN o.stage <> 'LEAD' THEN 1 ELSE 0 END) FROM opportunity o"
                                        + " JOIN employee e ON e.id = o.employee_id JOIN org_unit team ON team.id = e.org_unit_id"
                                        + " JOIN org_unit region ON region.id = team.parent_id GROUP BY region.code");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                conversion.put(rows.getString(1), rows.getDouble(3) / rows.getLong(2));
                leads += rows.getLong(2);
                qualified += rows.getLong(3);
            }
        }
        assertThat((double) qualified / leads).isCloseTo(0.35, within(0.02));
        assertThat(conversion.get("NORTH")).isLessThan(0.30);
        assertThat(conversion)
                .allSatisfy(
                        (region, rate) ->
                                assertThat(rate)
                                        .isGreaterThan(region.equals("NORTH") ? 0.2 : 0.33));
    }

    @Test
    void aFewLargeOneOffOrdersOneOfThemExcluded() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM sale WHERE amount BETWEEN 1500000 AND 3000000"))
                .isBetween(3L, 6L);
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM sale WHERE excluded = TRUE AND amount >= 1500000"
                                        + " AND exclusion_reason IS NOT NULL AND excluded_by = 'admin'"
                                        + " AND excluded_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM sale WHERE excluded = TRUE")).isEqualTo(1);
    }

    @Test
    void everyFactRowNamesItsDemoImportBatch() throws Exception {
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM import_batch WHERE source = 'DEMO'"
                                        + " AND imported_by = 'demo-generator' AND row_count > 0"))
                .isEqualTo(12);
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM sale s JOIN import_batch b"
                                        + " ON b.id = s.import_batch_id AND b.file_name = 'demo-sales.csv'"))
                .isEqualTo(count("SELECT COUNT(*) FROM sale"));
        assertThat(count("SELECT row_count FROM import_batch WHERE kind = 'sales'"))
                .isEqualTo(count("SELECT COUNT(*) FROM sale"));
        assertThat(
                        SqlCounts.strings(
                                connection,
                                "SELECT setting_value FROM app_setting"
                                        + " WHERE setting_key = 'newCustomer.minimumAmount'"))
                .containsExactly("0");
    }

    @Test
    void mostRepsTrainEachYearAndPlansAreMostlyOnTime() throws Exception {
        long trained2023 =
                count(
                        "SELECT COUNT(DISTINCT employee_id) FROM training"
                                + " WHERE completion_date BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'");
        assertThat(trained2023).isGreaterThan(160);
        long late =
                count(
                        "SELECT COUNT(*) FROM plan_submission"
                                + " WHERE submitted_at IS NULL OR submitted_at > due_at");
        assertThat((double) late / count("SELECT COUNT(*) FROM plan_submission"))
                .isBetween(0.04, 0.15);
        assertThat(count("SELECT COUNT(*) FROM compliance_incident")).isBetween(1L, 15L);
    }

    private static Map<String, List<Double>> completionsByRegion(String year) throws SQLException {
        Map<String, List<Double>> byRegion = new HashMap<>();
        try (PreparedStatement query =
                connection.prepareStatement(
                        "SELECT region.code,"
                                + " t.target_value, (SELECT COALESCE(SUM(s.amount), 0) FROM sale s"
                                + "   WHERE s.employee_id = t.employee_id AND s.excluded = FALSE"
                                + "   AND s.signed_date BETWEEN p.start_date AND p.end_date)"
                                + " FROM target t JOIN period p ON p.id = t.period_id"
                                + ASSIGNED_AT_PERIOD_START
                                + " JOIN org_unit team ON team.id = a.org_unit_id"
                                + " JOIN org_unit region ON region.id = team.parent_id"
                                + " WHERE t.scope = 'REP' AND t.measure = 'sales' AND p.type = 'QUARTER'"
                                + " AND p.code LIKE ?")) {
            query.setString(1, year + "Q%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    BigDecimal completion =
                            rows.getBigDecimal(3)
                                    .divide(rows.getBigDecimal(2), 4, RoundingMode.HALF_UP);
                    byRegion.computeIfAbsent(rows.getString(1), region -> new ArrayList<>())
                            .add(completion.doubleValue());
                }
            }
        }
        return byRegion;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static long count(String sql) throws SQLException {
        return SqlCounts.count(connection, sql);
    }
}
