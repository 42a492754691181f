package com.salesperf.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * The portal notifications review sends (submitted, rejected, published, appeal filed and decided,
 * plan due). Until the notification component is on the same branch they are only logged, by user
 * name and kind (never figures); then each method forwards to it.
 */
@ApplicationScoped
public class ReviewNotices {

    private static final Logger LOG = Logger.getLogger(ReviewNotices.class.getName());

    /** The kinds review sends; named as the notification component names them. */
    public enum Kind {
        SUBMITTED_FOR_APPROVAL,
        REJECTED,
        PUBLISHED,
        APPEAL_FILED,
        APPEAL_DECIDED,
        PLAN_DUE
    }

    public void toUser(String username, Kind kind, String link, String... args) {
        LOG.fine(() -> "notice " + kind + " for " + username + " " + link);
    }

    public void toEmployee(long employeeId, Kind kind, String link, String... args) {
        LOG.fine(() -> "notice " + kind + " for employee#" + employeeId + " " + link);
    }

    public void toHr(Kind kind, String link, String... args) {
        LOG.fine(() -> "notice " + kind + " for HR " + link);
    }
}
