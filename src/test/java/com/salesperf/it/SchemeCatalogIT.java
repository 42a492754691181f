package com.salesperf.it;

import static com.salesperf.it.TestSupport.ADMIN;
import static com.salesperf.it.TestSupport.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesperf.evaluation.boundary.RunResults;
import com.salesperf.evaluation.boundary.Runs;
import com.salesperf.evaluation.control.RepEvaluation;
import com.salesperf.evaluation.entity.EvaluationResult;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.evaluation.entity.RunStatus;
import com.salesperf.organization.entity.Role;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.presentation.scheme.SchemeDraft;
import com.salesperf.presentation.scheme.WhatIfComparison;
import com.salesperf.presentation.scheme.WhatIfRow;
import com.salesperf.scheme.boundary.SchemeCatalog;
import com.salesperf.scheme.boundary.StoredScheme;
import com.salesperf.scheme.boundary.WhatIfOutcome;
import com.salesperf.scheme.boundary.WhatIfPreview;
import com.salesperf.scheme.control.DefaultPlans;
import com.salesperf.scheme.control.DefaultSchemes;
import com.salesperf.scheme.control.InvalidDefinitionException;
import com.salesperf.scheme.control.PeriodType;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.Population;
import com.salesperf.scheme.control.SchemeDefinition;
import com.salesperf.scheme.control.ValidationMessage;
import com.salesperf.security.control.Caller;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stored scheme versions on a real database: saving makes the next version and leaves the earlier
 * one as it was, invalid schemes are refused with their messages (through the EJB boundary),
 * freezing and saving are audited, only administrators save, and the what-if preview evaluates the
 * demo company's 2023Q3 twice without storing anything; a version's population rule decides whom
 * its runs and what-ifs evaluate. Each test uses its own scheme code.
 */
@ExtendWith(ArquillianExtension.class)
class SchemeCatalogIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(SchemeCatalogIT.class);
    }

    @Inject SchemeCatalog catalog;

    @Inject WhatIfPreview whatIf;

    @Inject Runs runs;

    @Inject RunResults results;

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @Test
    void savingMakesTheNextVersionAndKeepsTheEarlierOneUnchanged() throws SQLException {
        SchemeDefinition first = renamed(DefaultSchemes.quarterly(), code(), "first");
        StoredScheme v1 = save(first, "first version");
        StoredScheme v2 = save(renamed(first, first.code(), "second"), "renamed");

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.contentHash()).isNotEqualTo(v1.contentHash());
        StoredScheme reread = catalog.scheme(HR, v1.id());
        assertThat(reread.contentHash()).isEqualTo(v1.contentHash());
        assertThat(reread.definition().nameEn()).isEqualTo("first");
        assertThat(catalog.currentScheme(first.code()).id()).isEqualTo(v2.id());
        assertThat(auditReason("SCHEME_VERSION_SAVED", v2.id())).isEqualTo("renamed");
    }

    @Test
    void aSchemeWithABandGapIsRefusedWithTheGapAndNothingIsStored() {
        SchemeDraft draft = SchemeDraft.of(renamed(DefaultSchemes.quarterly(), code(), "gap"));
        draft.getIndicators().get(0).getBands().get(1).setLower(new BigDecimal("105"));

        assertThatThrownBy(() -> save(draft.toDefinition(), "with a gap"))
                .isInstanceOfSatisfying(
                        InvalidDefinitionException.class,
                        e ->
                                assertThat(e.errors())
                                        .extracting(ValidationMessage::code)
                                        .contains("BAND_GAP"));
        assertThat(catalog.schemeVersions(ADMIN))
                .noneMatch(v -> v.getCode().equals(draft.getCode()));
    }

    @Test
    void onlyAdministratorsSaveWhileHrMayRead() {
        SchemeDefinition scheme = renamed(DefaultSchemes.quarterly(), code(), "hr");

        assertThatThrownBy(
                        () ->
                                catalog.saveScheme(
                                        HR, scheme, null, Population.everyone(), "not mine"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.schemeVersions(HR)).isNotEmpty();
        Caller rep = new Caller("s001", Set.of(Role.REP), 1L, null);
        assertThatThrownBy(() -> catalog.schemeVersions(rep))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> whatIf.pastPeriods(HR, PeriodType.QUARTER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void freezingIsRecordedOnceAndShownOnTheVersion() throws SQLException {
        StoredScheme scheme = save(renamed(DefaultSchemes.quarterly(), code(), "frozen"), "freeze");
        PlanDefinition standard = DefaultPlans.defaultPlan();
        PlanDefinition copy =
                new PlanDefinition(
                        code(),
                        1,
                        standard.nameZh(),
                        standard.nameEn(),
                        standard.currency(),
                        standard.tiers(),
                        standard.modifiers(),
                        standard.commission(),
                        standard.bonusBudget());
        long plan = catalog.savePlan(ADMIN, copy, "freeze").id();

        catalog.freeze(scheme.id(), plan);
        catalog.freeze(scheme.id(), plan);

        assertThat(catalog.scheme(scheme.id()).frozen()).isTrue();
        assertThat(catalog.plan(plan).frozen()).isTrue();
        assertThat(auditCount("DEFINITION_FROZEN", "SchemeVersion", scheme.id())).isEqualTo(1);
    }

    @Test
    void whatIfEvaluatesThePastQuarterTwiceAndStoresNothing() throws SQLException {
        SchemeDraft draft = SchemeDraft.of(DefaultSchemes.quarterly());
        draft.getIndicators().get(0).getBands().get(1).setScore(new BigDecimal("90"));
        long auditBefore = auditTotal();

        assertThat(whatIf.pastPeriods(ADMIN, PeriodType.QUARTER)).contains("2023Q3", "2023Q2");
        WhatIfOutcome outcome =
                whatIf.compare(
                        ADMIN,
                        "2023Q3",
                        DefaultSchemes.QUARTERLY_CODE,
                        DefaultPlans.DEFAULT_CODE,
                        draft.toDefinition(),
                        null);

        RepEvaluation s001 = outcome.before().find("S001").orElseThrow();
        assertThat(s001.score().displayTotal()).isEqualByComparingTo("85.0");
        assertThat(s001.incentive().bonus()).isEqualByComparingTo("14250.00");
        WhatIfComparison comparison = WhatIfComparison.of(outcome.before(), outcome.after());
        WhatIfRow row =
                comparison.rows().stream()
                        .filter(r -> r.employeeNo().equals("S001"))
                        .findFirst()
                        .orElseThrow();
        assertThat(row.totalAfter()).isEqualByComparingTo("89");
        assertThat(comparison.rows()).hasSizeGreaterThan(150);
        assertThat(auditTotal()).isEqualTo(auditBefore);
    }

    @Test
    void aVersionForJuniorRepsInEmergingMarketsEvaluatesExactlyThemAndTheDefaultEveryone()
            throws Exception {
        Population juniorsEmerging =
                Population.of(List.of("JUNIOR"), List.of("EMERGING"), List.of());
        StoredScheme narrow =
                catalog.saveScheme(
                        ADMIN,
                        renamed(DefaultSchemes.quarterly(), code(), "juniors in emerging markets"),
                        DefaultPlans.DEFAULT_CODE,
                        juniorsEmerging,
                        "population");
        StoredScheme wide = save(renamed(DefaultSchemes.quarterly(), code(), "everyone"), "all");
        List<String> juniors = repsOfQ3(" AND e.level = 'JUNIOR'", "EMERGING");
        List<String> everyone = repsOfQ3("", null);
        assertThat(juniors).isNotEmpty().hasSizeLessThan(everyone.size() / 2);

        // previews: the same job and aggregation as a close, without freezing or superseding
        EvaluationRun narrowRun = completed(runs.start(ADMIN, "2023Q3", narrow.code(), true));
        assertThat(resultReps(narrowRun)).isEqualTo(juniors);
        assertThat(narrowRun.getTotalItems()).isEqualTo(juniors.size());
        assertThat(runs.population(ADMIN, narrowRun.getId())).isEqualTo(juniorsEmerging);

        EvaluationRun wideRun = completed(runs.start(ADMIN, "2023Q3", wide.code(), true));
        assertThat(resultReps(wideRun)).isEqualTo(everyone);
        assertThat(runs.population(ADMIN, wideRun.getId()).isEveryone()).isTrue();
        EvaluationRun shipped =
                completed(runs.start(ADMIN, "2023Q3", DefaultSchemes.QUARTERLY_CODE, true));
        assertThat(shipped.getTotalItems()).isEqualTo(everyone.size());

        WhatIfOutcome whatIfNarrow =
                whatIf.compare(
                        ADMIN, "2023Q3", narrow.code(), DefaultPlans.DEFAULT_CODE, null, null);
        assertThat(whatIfNarrow.population()).isEqualTo(juniorsEmerging);
        assertThat(whatIfNarrow.before().results())
                .extracting(RepEvaluation::employeeNo)
                .containsExactlyInAnyOrderElementsOf(juniors);
    }

    /**
     * The employee numbers of the reps of 2023Q3, in the unit of their last assignment overlapping
     * it, counted here in SQL.
     *
     * @param market the unit's market (a team without one: its region's), or null for any
     */
    private List<String> repsOfQ3(String condition, String market) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT e.employee_no FROM employee e"
                                        + " JOIN assignment a ON a.employee_id = e.id"
                                        + " JOIN org_unit u ON u.id = a.org_unit_id"
                                        + " LEFT JOIN org_unit r ON r.id = u.parent_id"
                                        + " WHERE e.position = 'SALES_REP'"
                                        + condition
                                        + (market == null
                                                ? ""
                                                : " AND COALESCE(u.market, r.market) = ?")
                                        + " AND a.valid_from <= ?"
                                        + " AND (a.valid_to IS NULL OR a.valid_to > ?)"
                                        + " AND NOT EXISTS (SELECT 1 FROM assignment b"
                                        + " WHERE b.employee_id = e.id"
                                        + " AND b.valid_from > a.valid_from AND b.valid_from <= ?)")) {
            int i = 1;
            if (market != null) {
                s.setString(i++, market);
            }
            PeriodCode q3 = PeriodCode.parse("2023Q3");
            s.setDate(i++, Date.valueOf(q3.end()));
            s.setDate(i++, Date.valueOf(q3.start()));
            s.setDate(i, Date.valueOf(q3.end()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
        }
        return found.stream().sorted().toList();
    }

    private List<String> resultReps(EvaluationRun run) {
        return results
                .page(ADMIN, run.getId(), RunResults.Filter.none(), "seq", true, 0, 100_000)
                .stream()
                .map(EvaluationResult::getEmployeeNo)
                .sorted()
                .toList();
    }

    private EvaluationRun completed(EvaluationRun started) throws InterruptedException {
        long deadline = System.nanoTime() + 240_000_000_000L;
        EvaluationRun run = runs.run(started.getId());
        while (!run.getStatus().terminal() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            run = runs.run(started.getId());
        }
        assertThat(run.getStatus()).as(run.getFailureReason()).isEqualTo(RunStatus.COMPLETED);
        return run;
    }

    private StoredScheme save(SchemeDefinition scheme, String reason) {
        return catalog.saveScheme(
                ADMIN, scheme, DefaultPlans.DEFAULT_CODE, Population.everyone(), reason);
    }

    private static String code() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static SchemeDefinition renamed(SchemeDefinition scheme, String code, String name) {
        return new SchemeDefinition(
                code,
                scheme.version(),
                scheme.nameZh(),
                name,
                scheme.periodType(),
                scheme.indicators(),
                scheme.gradeBands());
    }

    private String auditReason(String action, long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT reason FROM audit_entry WHERE action = ? AND entity_id = ?")) {
            s.setString(1, action);
            s.setString(2, Long.toString(id));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private long auditCount(String action, String entity, long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT COUNT(*) FROM audit_entry WHERE action = ? AND entity_type = ?"
                                        + " AND entity_id = ?")) {
            s.setString(1, action);
            s.setString(2, entity);
            s.setString(3, Long.toString(id));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private long auditTotal() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_entry");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
