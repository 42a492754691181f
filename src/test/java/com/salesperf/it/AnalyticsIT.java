package com.salesperf.it;

import static com.salesperf.it.TestSupport.ADMIN;
import static com.salesperf.it.TestSupport.caller;
import static com.salesperf.it.TestSupport.importRows;
import static com.salesperf.it.TestSupport.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.salesperf.analytics.boundary.Breakdown;
import com.salesperf.analytics.boundary.FunnelAnalytics;
import com.salesperf.analytics.boundary.GoalAnalytics;
import com.salesperf.analytics.boundary.SalesAnalytics;
import com.salesperf.analytics.boundary.TeamPerformance;
import com.salesperf.analytics.boundary.TeamRow;
import com.salesperf.analytics.control.CompletionBucket;
import com.salesperf.analytics.control.Funnel;
import com.salesperf.analytics.control.FunnelCounts;
import com.salesperf.analytics.control.GoalFigures;
import com.salesperf.analytics.control.Level;
import com.salesperf.analytics.control.Performance;
import com.salesperf.analytics.control.TeamQuery;
import com.salesperf.analytics.control.Totals;
import com.salesperf.data.boundary.Imports;
import com.salesperf.data.boundary.SalesLedger;
import com.salesperf.data.boundary.SalesPlans;
import com.salesperf.data.boundary.SelfAssessments;
import com.salesperf.data.control.FieldProblem;
import com.salesperf.data.control.ImportKind;
import com.salesperf.data.control.PlanRow;
import com.salesperf.organization.boundary.Accounts;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.targets.boundary.AnnualSplits;
import com.salesperf.targets.boundary.TargetDecompositions;
import com.salesperf.targets.boundary.Targets;
import com.salesperf.targets.control.AnnualProposal;
import com.salesperf.targets.control.PeriodSplit;
import com.salesperf.targets.control.SplitLine;
import com.salesperf.targets.control.SplitProposal;
import com.salesperf.targets.entity.TargetScope;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, on H2 and PostgreSQL: the dashboard aggregates on a company slice of known
 * figures (with an excluded outlier), the demo company's story (S001's 2023Q3, a weaker North, the
 * funnel warning), and the data-scope rules of every analytics, team, target and plan service. Each
 * slice test makes its own org units with a fresh prefix, so no test depends on another.
 */
@ExtendWith(ArquillianExtension.class)
class AnalyticsIT {

    private static final String Q3 = "2023Q3";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(AnalyticsIT.class);
    }

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Inject Accounts accounts;
    @Inject Imports imports;
    @Inject SalesLedger ledger;
    @Inject SalesAnalytics sales;
    @Inject FunnelAnalytics funnels;
    @Inject GoalAnalytics goals;
    @Inject TeamPerformance team;
    @Inject Targets targets;
    @Inject SalesPlans plans;
    @Inject TargetDecompositions decompositions;
    @Inject AnnualSplits annualSplits;
    @Inject SelfAssessments selfAssessments;

    // ------------------------------------------------------------ aggregates on a known slice

    @Test
    void targetVsActualPerTeamAndRepLeavesExcludedSalesOut() throws SQLException {
        String p = slice();
        long region = single(dataSource, "SELECT id FROM org_unit WHERE code = ?", p + "-R");
        long team1 = single(dataSource, "SELECT id FROM org_unit WHERE code = ?", p + "-T1");

        assertThat(sales.byLevel(ADMIN, Q3, Level.TEAM, region))
                .extracting(
                        Performance::code, r -> r.target().intValue(), r -> r.actual().intValue())
                .containsExactly(tuple(p + "-T1", 1000, 900), tuple(p + "-T2", 2000, 2500));
        List<Performance> reps = sales.byLevel(ADMIN, Q3, Level.REP, team1);
        assertThat(reps).extracting(Performance::code).containsExactly(p + "-1");
        assertThat(reps.get(0).completion()).isEqualByComparingTo("90.0");

        Totals totals = sales.totals(ADMIN, Q3, region);
        assertThat(totals.target()).isEqualByComparingTo("3000");
        assertThat(totals.actual()).isEqualByComparingTo("3400");
        assertThat(totals.completion()).isEqualByComparingTo("113.3");
        assertThat(sales.byLevel(ADMIN, "2023-09", Level.TEAM, region))
                .as("September's only sale is the excluded outlier")
                .isEmpty();
    }

    @Test
    void distributionRankingTrendAndBreakdownsAggregateTheSlice() throws SQLException {
        String p = slice();
        long region = single(dataSource, "SELECT id FROM org_unit WHERE code = ?", p + "-R");

        Map<CompletionBucket, Long> distribution = sales.distribution(ADMIN, Q3, region);
        assertThat(distribution)
                .containsEntry(CompletionBucket.FROM_80, 1L)
                .containsEntry(CompletionBucket.FROM_120, 1L)
                .containsEntry(CompletionBucket.BELOW_60, 0L);
        assertThat(sales.ranked(ADMIN, Q3, region, 5, true))
                .extracting(Performance::code)
                .containsExactly(p + "-2", p + "-1");
        assertThat(sales.ranked(ADMIN, Q3, region, 1, false))
                .extracting(Performance::code)
                .containsExactly(p + "-1");

        assertThat(sales.quarterTrend(ADMIN, "2023Q4", region))
                .hasSize(8)
                .filteredOn(t -> t.periodCode().equals(Q3))
                .singleElement()
                .satisfies(
                        t -> {
                            assertThat(t.actual()).isEqualByComparingTo("3400");
                            assertThat(t.target()).isEqualByComparingTo("3000");
                        });
        assertThat(sales.byProductLine(ADMIN, Q3, region))
                .extracting(Breakdown::key, b -> b.amount().intValue(), Breakdown::orders)
                .containsExactly(
                        tuple("SERVICES", 2500, 1L),
                        tuple("SOFTWARE", 600, 1L),
                        tuple("HARDWARE", 300, 1L));
        assertThat(sales.bySegment(ADMIN, Q3, region))
                .extracting(Breakdown::key, b -> b.amount().intValue())
                .containsExactly(tuple("POTENTIAL", 2800), tuple("HIGH_VALUE", 600));
    }

    @Test
    void funnelCountsConversionAndCycleOfTheSlice() throws SQLException {
        String p = slice();
        long team1 = single(dataSource, "SELECT id FROM org_unit WHERE code = ?", p + "-T1");
        FunnelCounts funnel = funnels.funnel(ADMIN, Q3, team1);
        assertThat(funnel.leads()).isEqualTo(10);
        assertThat(funnel.qualified()).isEqualTo(3);
        assertThat(funnel.won()).isEqualTo(2);
        assertThat(funnel.averageCycleDays()).isEqualByComparingTo("15.0");
        assertThat(Funnel.steps(funnel).get(0).rate()).isEqualByComparingTo("30.0");
        assertThat(funnels.lostReasons(ADMIN, Q3, team1)).isEmpty();
    }

    @Test
    void theTeamTableFiltersSortsAndPagesInTheDatabase() throws SQLException {
        String p = slice();
        long region = single(dataSource, "SELECT id FROM org_unit WHERE code = ?", p + "-R");
        List<TeamRow> rows =
                team.page(ADMIN, new TeamQuery(Q3, null, region, 0, 10, "completion", false));
        assertThat(rows).extracting(r -> r.figures().code()).containsExactly(p + "-2", p + "-1");
        assertThat(team.count(ADMIN, new TeamQuery(Q3, null, region, 0, 10, null, true)))
                .isEqualTo(2);
        assertThat(team.page(ADMIN, new TeamQuery(Q3, p + "-1", null, 0, 10, "name", true)))
                .extracting(r -> r.figures().code())
                .containsExactly(p + "-1");
        assertThat(team.page(ADMIN, new TeamQuery(Q3, "%", region, 0, 10, null, true)))
                .as("a % in the filter is a character, not a wildcard")
                .isEmpty();
        assertThat(team.page(ADMIN, new TeamQuery(Q3, null, region, 1, 1, "actual", true)))
                .extracting(r -> r.figures().code())
                .containsExactly(p + "-2");
    }

    // ------------------------------------------------------------ the demo company's story

    @Test
    void theShowcaseRepSeesExactlyTheirOwnFigures() {
        Caller s001 = caller(accounts, "s001");
        List<Performance> mine = sales.byLevel(s001, Q3, Level.REP, null);
        assertThat(mine).extracting(Performance::code).containsExactly("S001");
        assertThat(mine.get(0).target()).isEqualByComparingTo("500000");
        assertThat(mine.get(0).actual()).isEqualByComparingTo("575000");
        assertThat(mine.get(0).completion()).isEqualByComparingTo("115.0");
        assertThat(sales.ranked(s001, Q3, null, 5, false))
                .extracting(Performance::code)
                .containsExactly("S001");
        assertThat(sales.byLevel(s001, Q3, Level.REGION, null))
                .extracting(Performance::code)
                .containsExactly("EAST");
    }

    @Test
    void theRegionsTellTheDemoStory() throws SQLException {
        List<Performance> regions = sales.byLevel(ADMIN, Q3, Level.REGION, null);
        assertThat(regions)
                .extracting(Performance::code)
                .contains("EAST", "NORTH", "SOUTH", "SOUTHWEST");
        assertThat(completion(regions, "NORTH")).isLessThan(completion(regions, "SOUTH"));
        long north = single(dataSource, "SELECT id FROM org_unit WHERE code = ?", "NORTH");
        assertThat(Funnel.steps(funnels.funnel(ADMIN, "2023", north)).get(0).belowThreshold())
                .as("North converts fewer than 30 % of its leads")
                .isTrue();
        GoalFigures year = goals.figures(ADMIN, 2023, null);
        assertThat(year.annualCompletion()).isNotNull();
        assertThat(year.satisfaction()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(5));
        assertThat(year.trainedShare()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(year.averageCycleDays()).isPositive();
        assertThat(year.salesCostChange()).isNegative();
    }

    // ------------------------------------------------------------ data scope

    @Test
    void aRepCannotReadAnotherRepOrAnyUnit() throws SQLException {
        Caller s001 = caller(accounts, "s001");
        long east = single(dataSource, "SELECT id FROM org_unit WHERE code = ?", "EAST");
        long s002Target =
                single(
                        dataSource,
                        "SELECT t.id FROM target t JOIN employee e ON e.id = t.employee_id"
                                + " WHERE e.employee_no = ? AND t.measure = 'sales'",
                        "S002");
        assertThatThrownBy(() -> sales.byLevel(s001, Q3, Level.REP, east))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> funnels.funnel(s001, Q3, east))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.page(s001, new TeamQuery(Q3, null, null, 0, 10, null, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> targets.acknowledge(s001, s002Target))
                .isInstanceOf(NotFoundException.class);
        assertThat(
                        sales.byProductLine(s001, Q3, null).stream()
                                .map(Breakdown::amount)
                                .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("575000");
    }

    @Test
    void theEastManagerCannotReadTheNorth() throws SQLException {
        Caller east = caller(accounts, "mgr.east");
        long north = single(dataSource, "SELECT id FROM org_unit WHERE code = ?", "NORTH");
        assertThat(sales.byLevel(east, Q3, Level.REGION, null))
                .extracting(Performance::code)
                .containsExactly("EAST");
        assertThatThrownBy(() -> sales.byLevel(east, Q3, Level.TEAM, north))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.figures(east, 2023, north))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.page(east, new TeamQuery(Q3, null, north, 0, 10, null, true)))
                .isInstanceOf(AccessDeniedException.class);
        List<TeamRow> visible =
                team.page(east, new TeamQuery(Q3, "S00", null, 0, 50, "employeeNo", true));
        assertThat(visible)
                .extracting(r -> r.figures().code())
                .contains("S001")
                .doesNotContain("S002", "S003");
        assertThat(visible).allSatisfy(r -> assertThat(r.regionZh()).isEqualTo("华东区"));
    }

    // ------------------------------------------------------------ target decomposition

    @Test
    void aRegionTargetIsDecomposedIntoTeamsAndADifferenceMustBeConfirmed() throws SQLException {
        String p = slice();
        importRows(imports, ImportKind.TARGETS, Q3 + ",REGION," + p + "-R,sales,4000");
        long region = single(dataSource, "SELECT id FROM org_unit WHERE code = ?", p + "-R");
        SplitProposal proposal = decompositions.propose(ADMIN, Q3, region);
        assertThat(proposal.parent()).isEqualByComparingTo("4000");
        assertThat(proposal.children())
                .extracting(SplitLine::code, l -> l.proposed().intValue())
                .as("no sales a year earlier: an even split")
                .containsExactly(tuple(p + "-T1", 2000), tuple(p + "-T2", 2000));

        Map<String, BigDecimal> values =
                Map.of(p + "-T1", new BigDecimal("1500"), p + "-T2", new BigDecimal("2000"));
        assertThatThrownBy(() -> decompositions.save(ADMIN, Q3, region, values, false))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e ->
                                assertThat(e.messageKey())
                                        .isEqualTo("decomposition.error.difference"));
        assertThat(decompositions.save(ADMIN, Q3, region, values, true)).isEqualTo(2);
        assertThat(decompositions.propose(ADMIN, Q3, region).children())
                .extracting(l -> l.current().intValue())
                .containsExactly(1500, 2000);

        long team1 = single(dataSource, "SELECT id FROM org_unit WHERE code = ?", p + "-T1");
        assertThat(decompositions.propose(ADMIN, Q3, team1).children())
                .extracting(SplitLine::code, l -> l.current().intValue())
                .containsExactly(tuple(p + "-1", 1000));
        assertThatThrownBy(() -> decompositions.propose(caller(accounts, "mgr.east"), Q3, region))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decompositions.propose(caller(accounts, "s001"), Q3, region))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAnnualTargetIsSplitIntoQuartersByProfileAndMonthsEvenly() throws SQLException {
        String p = slice();
        importRows(imports, ImportKind.TARGETS, "2023,TEAM," + p + "-T1,sales,1200");
        List<BigDecimal> profile =
                List.of(
                        new BigDecimal("30"),
                        new BigDecimal("20"),
                        new BigDecimal("25"),
                        new BigDecimal("25"));
        AnnualProposal proposal =
                annualSplits.propose(ADMIN, 2023, TargetScope.TEAM, p + "-T1", profile);
        assertThat(proposal.quarters())
                .extracting(PeriodSplit::periodCode, l -> l.proposed().intValue())
                .containsExactly(
                        tuple("2023Q1", 360),
                        tuple("2023Q2", 240),
                        tuple("2023Q3", 300),
                        tuple("2023Q4", 300));
        assertThat(proposal.months()).hasSize(12);
        assertThat(proposal.months().get(0).proposed()).isEqualByComparingTo("120");
        assertThat(annualSplits.save(ADMIN, 2023, TargetScope.TEAM, p + "-T1", profile))
                .isEqualTo(16);
        assertThat(annualSplits.save(ADMIN, 2023, TargetScope.TEAM, p + "-T1", profile))
                .as("saving the same split again changes nothing")
                .isZero();
        assertThatThrownBy(
                        () ->
                                annualSplits.propose(
                                        caller(accounts, "mgr.east"),
                                        2023,
                                        TargetScope.TEAM,
                                        p + "-T1",
                                        profile))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ------------------------------------------------------------ the monthly sales plan

    @Test
    void aRepSubmitsTheMonthlyPlanWithItsDueTime() {
        Caller s002 = caller(accounts, "s002");
        String month = plans.suggestedMonth();
        assertThatThrownBy(() -> plans.submit(s002, month, "too short"))
                .isInstanceOfSatisfying(
                        FieldProblem.class, e -> assertThat(e.field()).isEqualTo("content"));
        assertThatThrownBy(() -> plans.submit(s002, "2023Q3", "visit twenty customers"))
                .isInstanceOfSatisfying(
                        FieldProblem.class, e -> assertThat(e.field()).isEqualTo("month"));
        PlanRow saved = plans.submit(s002, month, "拜访客户 20 家，跟进商机 6 个。<script>x</script>");
        assertThat(saved.periodCode()).isEqualTo(month);
        assertThat(saved.dueAt()).isEqualTo(plans.dueAt(month));
        assertThat(saved.lateAt(saved.submittedAt())).isFalse();
        assertThat(plans.mine(s002, 5)).extracting(PlanRow::periodCode).contains(month);
        assertThatThrownBy(
                        () ->
                                plans.submit(
                                        caller(accounts, "mgr.east"),
                                        month,
                                        "a manager's plan text"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRepAssessesThemselfOnEveryDimension() {
        // 2022Q2: ReviewWorkflowIT closes 2022Q1 in the same pass, and a closed quarter is refused
        Caller s003 = caller(accounts, "s003");
        Map<String, BigDecimal> partial = Map.of("TEAMWORK", new BigDecimal("8.5"));
        assertThatThrownBy(() -> selfAssessments.submit(s003, "2022Q2", partial))
                .isInstanceOfSatisfying(
                        FieldProblem.class, e -> assertThat(e.field()).isEqualTo("CUSTOMER_FOCUS"));
        Map<String, BigDecimal> scores =
                Map.of(
                        "TEAMWORK", new BigDecimal("8.5"),
                        "CUSTOMER_FOCUS", new BigDecimal("9"),
                        "EXECUTION", new BigDecimal("7.5"),
                        "LEARNING", new BigDecimal("10"));
        assertThatThrownBy(() -> selfAssessments.submit(s003, "2022-01", scores))
                .isInstanceOfSatisfying(
                        FieldProblem.class, e -> assertThat(e.field()).isEqualTo("period"));
        selfAssessments.submit(s003, "2022Q2", scores);
        Map<String, BigDecimal> mine = selfAssessments.mine(s003, "2022Q2");
        assertThat(mine).hasSize(4);
        assertThat(mine.get("LEARNING")).isEqualByComparingTo("10");
        assertThat(mine.get("TEAMWORK")).isEqualByComparingTo("8.5");
        assertThatThrownBy(
                        () ->
                                selfAssessments.submit(
                                        caller(accounts, "mgr.east"), "2022Q2", scores))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ------------------------------------------------------------ helpers

    /**
     * A region with two teams and one rep each, 2023Q3 targets 1,000 and 2,000, sales of 900 and
     * 2,500 plus an outlier of 5,000 that is excluded, and ten leads of which two were won.
     */
    private String slice() throws SQLException {
        String p = "A" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        importRows(
                imports,
                ImportKind.ORG_UNITS,
                p + "-HQ,总部,HQ,,COMPANY,,",
                p + "-R,测试区,Test region," + p + "-HQ,REGION,MATURE,",
                p + "-T1,一组,Team 1," + p + "-R,TEAM,MATURE,NEW",
                p + "-T2,二组,Team 2," + p + "-R,TEAM,MATURE,GROWING");
        importRows(
                imports,
                ImportKind.REPS,
                p + "-1,张伟," + p + "-T1,,JUNIOR,2022-01-01,1000,3000,12000,true",
                p + "-2,李娜," + p + "-T2,,SENIOR,2021-05-01,1500,4500,18000,true");
        importRows(
                imports, ImportKind.CUSTOMERS, p + "-C1,客户甲,HIGH_VALUE", p + "-C2,客户乙,POTENTIAL");
        importRows(
                imports,
                ImportKind.TARGETS,
                Q3 + ",REP," + p + "-1,sales,1000",
                Q3 + ",REP," + p + "-2,sales,2000");
        importRows(
                imports,
                ImportKind.SALES,
                p + "-O1," + p + "-1," + p + "-C1,SOFTWARE,2023-07-03,600.00",
                p + "-O2," + p + "-1," + p + "-C2,HARDWARE,2023-08-10,300.00",
                p + "-O3," + p + "-1," + p + "-C1,SOFTWARE,2023-09-01,5000.00",
                p + "-O4," + p + "-2," + p + "-C2,SERVICES,2023-07-20,2500.00");
        ledger.exclude(
                ADMIN,
                single(dataSource, "SELECT id FROM sale WHERE external_id = ?", p + "-O3"),
                "one-off order");
        String[] leads = new String[10];
        for (int i = 0; i < 7; i++) {
            leads[i] =
                    p
                            + "-L"
                            + i
                            + ","
                            + p
                            + "-1,"
                            + p
                            + "-C1,LEAD,2023-07-0"
                            + (i + 1)
                            + ",2023-07-0"
                            + (i + 1)
                            + ",";
        }
        leads[7] = p + "-L7," + p + "-1," + p + "-C1,OPPORTUNITY,2023-07-02,2023-07-09,";
        leads[8] = p + "-L8," + p + "-1," + p + "-C1,WON,2023-07-01,2023-07-11,";
        leads[9] = p + "-L9," + p + "-1," + p + "-C2,WON,2023-07-05,2023-07-25,";
        importRows(imports, ImportKind.OPPORTUNITIES, leads);
        return p;
    }

    private static BigDecimal completion(List<Performance> rows, String code) {
        return rows.stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow()
                .completion();
    }
}
