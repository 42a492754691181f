package com.salesperf.evaluation.boundary;

import com.salesperf.evaluation.batch.CloseSchedule;
import com.salesperf.evaluation.entity.EvaluationRun;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.period.entity.PeriodType;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The period closes of SPEC §8. Timers only start runs; the run table decides that each close
 * happens once (see {@link RunClaims}), so the timers are non-persistent and every instance may
 * have them. At startup the last close of each type is caught up and runs interrupted by a crash
 * are resumed.
 *
 * <p>Schedules come from the {@code app_setting} rows {@code runs.schedule.QUARTER} (etc.) and
 * {@code runs.scheme.QUARTER}, else from MicroProfile Config {@code portal.runs.schedule.QUARTER} /
 * {@code portal.runs.scheme.QUARTER}, else the defaults: a restart applies a change, no build. Only
 * periods in the portal's calendar (the period table) are closed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CloseScheduler {

    private static final Logger LOG = Logger.getLogger(CloseScheduler.class.getName());

    /**
     * A run whose progress is older than this is taken to be orphaned by a crashed instance ({@code
     * portal.runs.orphaned-after-seconds}, default 10 minutes: longer than the longest step without
     * progress, the aggregation of a large population).
     */
    static final long ORPHANED_AFTER_SECONDS = 600;

    private static final String ORPHAN_CHECK = "orphan-check";

    @Resource TimerService timers;

    @Inject Runs runs;

    @Inject UnrecordedRunFailures unrecordedFailures;

    @Inject Config config;

    @PersistenceContext EntityManager em;

    @PostConstruct
    void start() {
        try {
            for (PeriodType type : PeriodType.values()) {
                CloseSchedule schedule = schedule(type);
                if (schedule.enabled()) {
                    timers.createCalendarTimer(expression(schedule), new TimerConfig(type, false));
                }
            }
            // Every instance looks for runs whose instance died; only one takes each over.
            timers.createCalendarTimer(
                    new ScheduleExpression().hour("*").minute("*"),
                    new TimerConfig(ORPHAN_CHECK, false));
            catchUp(LocalDate.now());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Period close scheduling failed to start", e);
        }
    }

    /** A timer fired: close the period of its type that just ended. Never throws. */
    @Timeout
    void fired(Timer timer) {
        if (ORPHAN_CHECK.equals(timer.getInfo())) {
            // A failure kept while the database was away is written first: a failed run must
            // show FAILED with its reason (and wait for a restart), not be taken over.
            unrecordedFailures.recordPending();
            resumeOrphans(Instant.now());
        } else {
            close((PeriodType) timer.getInfo(), LocalDate.now());
        }
    }

    /**
     * Closes the period of the type that ended before {@code today}, if it is in the calendar and
     * not closed yet. This is the timer's method; tests call it directly.
     *
     * @return the run started, or empty when there was nothing to do
     */
    public Optional<Long> close(PeriodType type, LocalDate today) {
        try {
            CloseSchedule schedule = schedule(type);
            PeriodCode period = PeriodCode.containing(type, today).previous();
            if (!schedule.enabled() || !inCalendar(period)) {
                return Optional.empty();
            }
            Optional<Long> run = runs.scheduledClose(period, schedule.scheme());
            run.ifPresentOrElse(
                    id -> LOG.info(() -> "Started the " + period + " close: run " + id),
                    () ->
                            LOG.info(
                                    () ->
                                            "Nothing to do for the "
                                                    + period
                                                    + " close (claimed before, or approved)"));
            return run;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The " + type + " close failed to start", e);
            return Optional.empty();
        }
    }

    /** Every close that should have happened while the application was down (the last one). */
    public void catchUp(LocalDate today) {
        for (PeriodType type : PeriodType.values()) {
            close(type, today);
        }
    }

    /**
     * Runs left RUNNING (or claimed but never started) by a killed server get a new execution that
     * resumes where they were.
     */
    public void resumeOrphans(Instant now) {
        try {
            Duration orphanedAfter =
                    Duration.ofSeconds(
                            config.getOptionalValue(
                                            "portal.runs.orphaned-after-seconds", Long.class)
                                    .orElse(ORPHANED_AFTER_SECONDS));
            for (EvaluationRun run : runs.unfinished()) {
                Instant last =
                        run.getProgressAt() == null ? run.getCreatedAt() : run.getProgressAt();
                if (last.isBefore(now.minus(orphanedAfter)) && runs.takeOver(run, last, now)) {
                    LOG.info(() -> "Resuming evaluation run " + run.getId() + " after a crash");
                    runs.resume(run);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not resume orphaned evaluation runs", e);
        }
    }

    CloseSchedule schedule(PeriodType type) {
        CloseSchedule defaults = CloseSchedule.defaults(type);
        String expression =
                setting("runs.schedule." + type)
                        .or(
                                () ->
                                        config.getOptionalValue(
                                                "portal.runs.schedule." + type, String.class))
                        .orElse(
                                String.join(
                                        " ",
                                        defaults.minute(),
                                        defaults.hour(),
                                        defaults.dayOfMonth(),
                                        defaults.months()));
        String scheme =
                setting("runs.scheme." + type)
                        .or(
                                () ->
                                        config.getOptionalValue(
                                                "portal.runs.scheme." + type, String.class))
                        .orElse(defaults.scheme());
        return CloseSchedule.of(type, expression, scheme);
    }

    private Optional<String> setting(String key) {
        List<?> values =
                em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?")
                        .setParameter(1, key)
                        .getResultList();
        return values.stream().map(Object::toString).findFirst();
    }

    private boolean inCalendar(PeriodCode period) {
        return !em.createNativeQuery("SELECT id FROM period WHERE code = ?")
                .setParameter(1, period.toString())
                .getResultList()
                .isEmpty();
    }

    private static ScheduleExpression expression(CloseSchedule schedule) {
        return new ScheduleExpression()
                .second(0)
                .minute(schedule.minute())
                .hour(schedule.hour())
                .dayOfMonth(schedule.dayOfMonth())
                .month(schedule.months());
    }
}
