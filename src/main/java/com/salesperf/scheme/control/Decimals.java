package com.salesperf.scheme.control;

import java.math.BigDecimal;

final class Decimals {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {}

    /** 80.00 and 80 print alike: messages are about values, not about how they were typed. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
