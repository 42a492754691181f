package com.salesperf.review.boundary;

import com.salesperf.calendar.boundary.WorkingCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The daily "plan due" reminder run. Like the period closes, the timer is non-persistent and every
 * instance may have it: the {@code plan_reminder} table decides that each reminder goes out once.
 * MicroProfile Config: {@code portal.plans.reminder.enabled} (default true), {@code
 * portal.plans.reminder.hour} and {@code .minute} in the server's zone (default 07:30), {@code
 * portal.plans.reminder.working-days} (how far ahead a date counts as due, default 3).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlanReminderScheduler {

    private static final Logger LOG = Logger.getLogger(PlanReminderScheduler.class.getName());

    static final int DEFAULT_WORKING_DAYS = 3;

    @Resource TimerService timers;

    @Inject PlanReminders reminders;

    @Inject Config config;

    @PostConstruct
    void start() {
        try {
            if (!config.getOptionalValue("portal.plans.reminder.enabled", Boolean.class)
                    .orElse(true)) {
                return;
            }
            ScheduleExpression daily =
                    new ScheduleExpression()
                            .second(0)
                            .minute(setting("minute", "30"))
                            .hour(setting("hour", "7"));
            timers.createCalendarTimer(daily, new TimerConfig("plan-reminders", false));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Plan reminders failed to start", e);
        }
    }

    @Timeout
    void fired() {
        remind(LocalDate.now(WorkingCalendar.COMPANY_ZONE));
    }

    /**
     * Sends the reminders due on {@code day}. The timer's method, which tests call directly; never
     * throws (a throwing timer is cancelled by the container).
     *
     * @return how many reminders were sent
     */
    public int remind(LocalDate day) {
        try {
            int sent =
                    reminders.remind(
                            day,
                            config.getOptionalValue(
                                            "portal.plans.reminder.working-days", Integer.class)
                                    .orElse(DEFAULT_WORKING_DAYS));
            LOG.info(() -> "Improvement plan reminders for " + day + ": " + sent + " sent");
            return sent;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Improvement plan reminders failed", e);
            return 0;
        }
    }

    private String setting(String name, String fallback) {
        return config.getOptionalValue("portal.plans.reminder." + name, String.class)
                .orElse(fallback);
    }
}
