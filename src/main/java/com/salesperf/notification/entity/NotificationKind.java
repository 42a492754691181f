package com.salesperf.notification.entity;

/**
 * What a notification is about. Each kind has a title in the bundles ({@code notification.kind.X}
 * with the kind's arguments), so it reads in the recipient's language; MESSAGE carries free text.
 */
public enum NotificationKind {
    /** Arguments: period, org scope, preparer. */
    SUBMITTED_FOR_APPROVAL,
    /** Arguments: period, org scope, reviewer, comment. */
    REJECTED,
    /** Arguments: period. */
    PUBLISHED,
    /** Arguments: period, rep. */
    APPEAL_FILED,
    /** Arguments: period, outcome. */
    APPEAL_DECIDED,
    /** Arguments: rep, due date (the end of the plan's term). */
    PLAN_DUE,
    /** Arguments: rep, due date of the next check-in. */
    PLAN_CHECK_IN_DUE,
    /** Arguments: period, org scope, HR user, reason. */
    REOPENED,
    /** Arguments: rule, what it found. */
    ALERT,
    /** Arguments: the new user's display name. */
    ACCOUNT_CREATED,
    /** Free text, no arguments. */
    MESSAGE
}
