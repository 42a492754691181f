package com.salesperf.scheme.boundary;

import com.salesperf.evaluation.aggregation.MeasureAggregation;
import com.salesperf.evaluation.control.EvaluationResults;
import com.salesperf.evaluation.control.Evaluator;
import com.salesperf.evaluation.control.RepInput;
import com.salesperf.organization.entity.Role;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.period.entity.Period;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.scheme.control.PeriodType;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.Population;
import com.salesperf.scheme.control.SchemeDefinition;
import com.salesperf.security.control.Caller;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What an edited scheme or plan would have done in a past period: the period's reps are evaluated
 * with the stored current versions and with the edited ones, side by side, as far as the stored
 * scheme's population rule admits them (as a run would). Nothing is stored, no version is frozen: a
 * preview is not a run.
 */
@Stateless
public class WhatIfPreview {

    private static final Logger LOG = Logger.getLogger(WhatIfPreview.class.getName());

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @PersistenceContext EntityManager em;

    @Inject SchemeCatalog catalog;

    /** Codes of the periods of this type that have ended, newest first. */
    public List<String> pastPeriods(Caller caller, PeriodType type) {
        requireAdmin(caller);
        LocalDate today = LocalDate.now();
        return em.createNamedQuery("Period.findByTypeOrdered", Period.class)
                .setParameter("type", com.salesperf.period.entity.PeriodType.valueOf(type.name()))
                .getResultStream()
                .filter(period -> period.getEndDate().isBefore(today))
                .map(Period::getCode)
                .toList();
    }

    /**
     * Evaluates the period with the current versions of {@code schemeCode} and {@code planCode},
     * then with the edited definitions in their place (a null edit keeps the stored one).
     *
     * @throws com.salesperf.scheme.control.InvalidDefinitionException when an edit is invalid
     */
    public WhatIfOutcome compare(
            Caller caller,
            String periodCode,
            String schemeCode,
            String planCode,
            SchemeDefinition editedScheme,
            PlanDefinition editedPlan) {
        requireAdmin(caller);
        StoredScheme stored = catalog.currentScheme(schemeCode);
        SchemeDefinition storedScheme = stored.definition();
        PlanDefinition storedPlan = catalog.currentPlan(planCode).definition();
        long started = System.nanoTime();
        List<RepInput> inputs = inputs(periodCode, stored.population());
        EvaluationResults before = Evaluator.evaluate(storedScheme, storedPlan, inputs);
        EvaluationResults after =
                Evaluator.evaluate(
                        editedScheme == null ? storedScheme : editedScheme,
                        editedPlan == null ? storedPlan : editedPlan,
                        inputs);
        LOG.info(
                () ->
                        String.format(
                                "What-if %s by %s: %d reps in %d ms",
                                periodCode,
                                caller.username(),
                                inputs.size(),
                                (System.nanoTime() - started) / 1_000_000));
        return new WhatIfOutcome(periodCode, stored.population(), before, after);
    }

    private List<RepInput> inputs(String periodCode, Population population) {
        PeriodCode period;
        try {
            period = PeriodCode.parse(periodCode);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("period " + periodCode);
        }
        try (Connection connection = dataSource.getConnection()) {
            return new MeasureAggregation(connection).population(period, population);
        } catch (SQLException e) {
            throw new IllegalStateException("measures of " + periodCode, e);
        }
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("what-if preview");
        }
    }
}
