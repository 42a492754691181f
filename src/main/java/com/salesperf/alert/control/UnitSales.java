package com.salesperf.alert.control;

import java.math.BigDecimal;

/** A region's or team's sales in the evaluated period and the one before (null: no sales). */
public record UnitSales(
        long unitId, String code, String name, BigDecimal previous, BigDecimal current) {}
