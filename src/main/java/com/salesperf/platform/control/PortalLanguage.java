package com.salesperf.platform.control;

import java.util.Locale;

/**
 * The portal speaks two languages: a language code that starts with "zh" (in any case: "zh",
 * "zh_CN", "ZH-cn") means Simplified Chinese, anything else, or none, English. Pages, e-mails and
 * downloads all read a saved or requested language through this one rule.
 */
public final class PortalLanguage {

    private PortalLanguage() {}

    /**
     * @param code a language code or tag as saved on an account or given in a request; may be null
     */
    public static Locale of(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("zh")
                ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
    }

    /**
     * @param requested a browser's preferred locale; may be null
     */
    public static Locale of(Locale requested) {
        return of(requested == null ? null : requested.getLanguage());
    }
}
