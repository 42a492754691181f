package com.salesperf.evaluation.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.evaluation.batch.JobRun;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.evaluation.entity.RunRequest;
import com.salesperf.evaluation.entity.RunStatus;
import com.salesperf.organization.entity.Role;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.scheme.control.Population;
import com.salesperf.security.control.Caller;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Evaluation runs 考核计算: an administrator's or the scheduler's request becomes a claimed run row and
 * then a Jakarta Batch execution. No transaction of its own: the claim commits before the job
 * starts, so the job always finds its row.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Runs {

    /** The trigger of every scheduled close: one run per period and scheme version. */
    public static final String SCHEDULED = "SCHEDULE";

    private static final Logger LOG = Logger.getLogger(Runs.class.getName());

    @PersistenceContext EntityManager em;

    @Inject RunDefinitions definitions;

    @Inject RunClaims claims;

    @Inject RunSteps steps;

    @Inject AuditTrail auditTrail;

    /** Lets review refuse a run of a period whose results HR approved and did not reopen. */
    @Inject Event<RunRequested> requested;

    Clock clock = Clock.systemDefaultZone();

    /**
     * An administrator starts a run. A period that is not over yet is refused unless the run is a
     * preview (whose results never supersede anything); so is a period whose results HR approved,
     * until HR reopens it ({@link RunRequested}).
     *
     * @return the new run
     */
    public EvaluationRun start(Caller caller, String periodText, String scheme, boolean preview) {
        requireAdmin(caller);
        PeriodCode period = period(periodText);
        if (!preview && !period.end().isBefore(LocalDate.now(clock))) {
            throw new BusinessException(
                    "runs.error.periodNotOver",
                    "period " + period + " is not over yet; start it as a preview",
                    period.toString());
        }
        RunDefinitions.Definitions defs = definitions.resolve(scheme);
        requireMatchingType(defs, period);
        if (!preview) {
            requested.fire(
                    new RunRequested(period.toString(), defs.scheme().code(), caller.username()));
        }
        RunRequest request = request(period, defs, "MANUAL:" + UUID.randomUUID(), preview);
        long runId =
                claims.claim(request, caller.username())
                        .orElseThrow(() -> new IllegalStateException("a unique claim collided"));
        audit(caller.username(), "EVALUATION_RUN_STARTED", runId, request);
        launch(runId, request);
        return run(runId);
    }

    /**
     * The scheduler's close of a period: claims and starts it once; any later call for the same
     * period and scheme version finds the claim and does nothing.
     *
     * @return the new run's id, or empty when the close already happened
     */
    public Optional<Long> scheduledClose(PeriodCode period, String scheme) {
        RunDefinitions.Definitions defs = definitions.resolve(scheme);
        requireMatchingType(defs, period);
        try {
            // A close caught up after the scheme got a new version must not replace results
            // HR approved: the same refusal as an administrator's run, taken quietly.
            requested.fire(
                    new RunRequested(period.toString(), defs.scheme().code(), Caller.SCHEDULER));
        } catch (BusinessException approved) {
            LOG.info(() -> "The " + period + " close is skipped: " + approved.getMessage());
            return Optional.empty();
        }
        RunRequest request = request(period, defs, SCHEDULED, false);
        Optional<Long> runId;
        try {
            runId = claims.claim(request, Caller.SCHEDULER);
        } catch (EJBException concurrentClaim) {
            // The unique key refused an insert racing with another instance's.
            runId = Optional.empty();
        }
        runId.ifPresent(
                id -> {
                    audit(Caller.SCHEDULER, "EVALUATION_RUN_SCHEDULED", id, request);
                    launch(id, request);
                });
        return runId;
    }

    /** Restarts a failed run: its job execution if the repository allows, else a new one. */
    public EvaluationRun restart(Caller caller, long runId) {
        requireAdmin(caller);
        EvaluationRun run = run(runId);
        if (!run.restartable()) {
            throw new BusinessException(
                    "runs.error.notRestartable",
                    "run " + runId + " has not failed",
                    String.valueOf(runId));
        }
        auditTrail.record(
                AuditEvent.of(
                        caller.username(), "EVALUATION_RUN_RESTARTED", "EvaluationRun", runId));
        resume(run);
        return run(runId);
    }

    /**
     * Continues an interrupted run (failed, or left RUNNING by a killed server). The steps resume
     * from the run's own progress rows, so a fresh execution is as good as a JBatch restart. Public
     * because the scheduler's orphan take-over calls it through the EJB proxy (a package-private
     * method is no business method there); it has no caller: the scheduler acts.
     */
    public void resume(EvaluationRun run) {
        JobOperator operator = BatchRuntime.getJobOperator();
        java.util.Properties parameters =
                JobRun.parameters(run.getId(), run.getPeriodCode(), run.getSchemeVersionId());
        boolean failed = run.getStatus() == RunStatus.FAILED;
        steps.requeued(run.getId());
        if (run.getExecutionId() != null && failed) {
            try {
                operator.restart(run.getExecutionId(), parameters);
                return;
            } catch (RuntimeException notRestartable) {
                LOG.log(
                        Level.INFO,
                        "Execution {0} cannot be restarted ({1}); starting a new one",
                        new Object[] {run.getExecutionId(), notRestartable.toString()});
            }
        }
        operator.start(JobRun.JOB, parameters);
    }

    /**
     * Takes an orphaned run over: only the instance whose update still sees the stale progress time
     * wins, so two instances never resume the same run.
     */
    public boolean takeOver(EvaluationRun run, Instant lastProgress, Instant now) {
        return steps.takeOver(run.getId(), lastProgress, now);
    }

    public EvaluationRun run(long runId) {
        EvaluationRun run = em.find(EvaluationRun.class, runId);
        if (run == null) {
            throw new NotFoundException("evaluation run " + runId);
        }
        return run;
    }

    /** For the run page and the REST API. */
    public EvaluationRun run(Caller caller, long runId) {
        requireReader(caller);
        return run(runId);
    }

    /** Who the run evaluated: the population rule of its scheme version (versions never change). */
    public Population population(Caller caller, long runId) {
        return definitions.population(run(caller, runId).getSchemeVersionId());
    }

    public List<EvaluationRun> history(Caller caller, int first, int max) {
        requireReader(caller);
        return em.createNamedQuery("EvaluationRun.findAllNewestFirst", EvaluationRun.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long historySize(Caller caller) {
        requireReader(caller);
        return em.createQuery("SELECT COUNT(r) FROM EvaluationRun r", Long.class).getSingleResult();
    }

    /** Runs that are neither finished nor failed: the scheduler's recovery looks at these. */
    public List<EvaluationRun> unfinished() {
        return em.createNamedQuery("EvaluationRun.findUnfinished", EvaluationRun.class)
                .getResultList();
    }

    private void launch(long runId, RunRequest request) {
        try {
            BatchRuntime.getJobOperator()
                    .start(
                            JobRun.JOB,
                            JobRun.parameters(
                                    runId, request.periodCode(), request.schemeVersionId()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not start the job of evaluation run " + runId, e);
            steps.failed(runId, null, "The job could not be started: " + e.getMessage());
        }
    }

    private static RunRequest request(
            PeriodCode period, RunDefinitions.Definitions defs, String trigger, boolean preview) {
        return new RunRequest(
                period.toString(),
                period.type().name(),
                defs.schemeVersionId(),
                defs.scheme().code(),
                defs.scheme().version(),
                defs.schemeRef().contentHash(),
                defs.planVersionId(),
                defs.plan().code(),
                defs.plan().version(),
                defs.planRef().contentHash(),
                trigger,
                preview);
    }

    private void audit(String actor, String action, long runId, RunRequest request) {
        auditTrail.record(
                AuditEvent.of(actor, action, "EvaluationRun", runId)
                        .after(
                                "{\"period\":\""
                                        + request.periodCode()
                                        + "\",\"scheme\":\""
                                        + request.schemeCode()
                                        + "\",\"schemeVersion\":"
                                        + request.schemeVersion()
                                        + ",\"preview\":"
                                        + request.preview()
                                        + "}"));
    }

    private static PeriodCode period(String text) {
        try {
            return PeriodCode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BusinessException(
                    "runs.error.period", e.getMessage(), text == null ? "" : text);
        }
    }

    private static void requireMatchingType(RunDefinitions.Definitions defs, PeriodCode period) {
        if (!defs.scheme().periodType().name().equals(period.type().name())) {
            throw new BusinessException(
                    "runs.error.periodType",
                    "scheme "
                            + defs.scheme().code()
                            + " is for "
                            + defs.scheme().periodType()
                            + " periods, not "
                            + period.type(),
                    defs.scheme().code(),
                    period.toString());
        }
    }

    static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("evaluation runs");
        }
    }

    static void requireReader(Caller caller) {
        if (!caller.hasAny(Role.ADMIN, Role.HR, Role.AUDITOR)) {
            throw new AccessDeniedException("evaluation runs");
        }
    }
}
