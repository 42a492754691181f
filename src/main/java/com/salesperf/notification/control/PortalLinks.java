package com.salesperf.notification.control;

import java.util.regex.Pattern;

/**
 * Keeps notification links inside the portal: a path starting with one slash, no scheme, no host
 * and no characters that could break out of an href. Anything else is dropped, so a crafted link
 * can neither redirect the reader elsewhere nor run script.
 */
public final class PortalLinks {

    private static final Pattern SAFE =
            Pattern.compile("/[A-Za-z0-9_\\-./]*(\\?[A-Za-z0-9_\\-.=&%]*)?");

    private PortalLinks() {}

    /** The link when it is a safe portal path (at most {@code maxLength} long), otherwise null. */
    public static String sanitize(String link, int maxLength) {
        if (link == null
                || link.length() > maxLength
                || link.startsWith("//")
                || link.contains("..")
                || !SAFE.matcher(link).matches()) {
            return null;
        }
        return link;
    }
}
