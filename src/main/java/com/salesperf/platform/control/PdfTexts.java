package com.salesperf.platform.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts, numbers and moments as the portal's PDFs print them: labels from the i18n bundle in the
 * reader's language, amounts with grouping and two decimals, moments in the company's zone.
 */
public final class PdfTexts {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private final ResourceBundle bundle;

    public PdfTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle {@code i18n.messages} in this language. */
    public static PdfTexts of(Locale locale) {
        return new PdfTexts(ResourceBundle.getBundle("i18n.messages", locale));
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text of the key with its arguments; the key itself when the bundle lacks it. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** The text of the key, or {@code fallback} when the bundle lacks it. */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    public static String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format =
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A count or percentage: grouping, up to two decimals. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format =
                new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public static String text(String value) {
        return value == null ? "" : value;
    }
}
