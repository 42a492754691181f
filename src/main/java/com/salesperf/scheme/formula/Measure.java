package com.salesperf.scheme.formula;

import java.util.Objects;

/**
 * A measure formulas may use.
 *
 * @param previousPeriod whether this is the previous-period variant ({@code prev...}) of another
 */
public record Measure(
        String name, String descriptionEn, String descriptionZh, boolean previousPeriod) {

    public Measure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        Objects.requireNonNull(descriptionZh, "descriptionZh");
    }

    /** The same measure for the previous period of the same type, e.g. prevNewCustomers. */
    Measure previous() {
        String previousName = "prev" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return new Measure(
                previousName, "Previous period: " + descriptionEn, "上期" + descriptionZh, true);
    }
}
