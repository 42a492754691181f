package com.salesperf.targets.control;

import java.io.Serializable;
import java.math.BigDecimal;

/** A quarter or month of an annual split: its current target and the one the profile gives. */
public record PeriodSplit(String periodCode, BigDecimal current, BigDecimal proposed)
        implements Serializable {}
