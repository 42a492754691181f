package com.salesperf.security.control;

import java.util.logging.Logger;

/**
 * The security log (ASVS 16.2–16.4): sign-ins, failures, sign-outs and refused access — who, what,
 * when (the log record's time) and from where. It never carries sales figures or passwords.
 */
public final class SecurityLog {

    private static final Logger LOG = Logger.getLogger("com.salesperf.security");

    private SecurityLog() {}

    public static void signedIn(String username, String address, String channel) {
        LOG.info(
                () ->
                        "sign-in ok user="
                                + clean(username)
                                + " from="
                                + clean(address)
                                + " via="
                                + channel);
    }

    public static void signInFailed(
            String username, String address, String channel, String reason) {
        LOG.warning(
                () ->
                        "sign-in failed user="
                                + clean(username)
                                + " from="
                                + clean(address)
                                + " via="
                                + channel
                                + " reason="
                                + reason);
    }

    public static void signedOut(String username, String address) {
        LOG.info(() -> "sign-out user=" + clean(username) + " from=" + clean(address));
    }

    public static void accessRefused(String username, String what, String address) {
        LOG.warning(
                () ->
                        "access refused user="
                                + clean(username)
                                + " to="
                                + clean(what)
                                + " from="
                                + clean(address));
    }

    /** Keeps user-supplied text from forging extra log lines. */
    private static String clean(String text) {
        if (text == null) {
            return "-";
        }
        String flat = text.replaceAll("[\\r\\n\\t]", "_");
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
