package com.salesperf.notification.control;

/** Fired when a notification was stored; the mailer sends its copy after the commit. */
public record NotificationCreated(long id, String recipient) {}
