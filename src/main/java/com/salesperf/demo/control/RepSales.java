package com.salesperf.demo.control;

import java.util.List;
import java.util.Map;

/**
 * The sales written for one rep and who bought: later facts (feedback, activities, opportunities)
 * refer to the rep's own customers.
 */
record RepSales(
        List<SaleFact> sales,
        Map<Quarter, List<Long>> payersByQuarter,
        List<Long> customerBook,
        Map<Quarter, Long> amountByQuarter) {

    List<Long> payersIn(Quarter quarter) {
        List<Long> payers = payersByQuarter.get(quarter);
        return payers == null || payers.isEmpty() ? customerBook : payers;
    }
}
