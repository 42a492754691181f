package com.salesperf.analytics.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** Sales of a slice split by one attribute (product line, customer segment). */
public record Breakdown(String key, BigDecimal amount, long orders, BigDecimal share)
        implements Serializable {}
