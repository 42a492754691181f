package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Reps of the worked examples (2023Q3, default scheme and plan) and small builders. */
final class Fixtures {

    private Fixtures() {}

    static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** name, value pairs; values as strings or numbers, null meaning no data. */
    static Map<String, BigDecimal> measures(Object... nameValues) {
        Map<String, BigDecimal> map = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            Object value = nameValues[i + 1];
            map.put(
                    (String) nameValues[i],
                    value == null ? null : new BigDecimal(value.toString()));
        }
        return map;
    }

    static Map<String, BigDecimal> with(Map<String, BigDecimal> base, Object... nameValues) {
        Map<String, BigDecimal> map = new HashMap<>(base);
        map.putAll(measures(nameValues));
        return map;
    }

    static RepInput rep(
            String employeeNo,
            String region,
            String team,
            String baseBonus,
            Map<String, BigDecimal> measures) {
        return new RepInput(employeeNo, "Rep " + employeeNo, region, team, d(baseBonus), measures);
    }

    /**
     * SPEC's worked example: completion 115, growth 20, on time 95, satisfaction 4.6, 0 late,
     * teamwork 8.5.
     */
    static Map<String, BigDecimal> s001Measures() {
        return measures(
                "targetSales",
                "500000",
                "actualSales",
                "575000",
                "prevNewCustomers",
                10,
                "newCustomers",
                12,
                "amountDue",
                "200000",
                "collectedOnTime",
                "190000",
                "collected",
                "190000",
                "collectionRate",
                95,
                "satisfaction",
                "4.6",
                "lateSubmissions",
                0,
                "teamwork",
                "8.5");
    }

    static RepInput s001() {
        return rep("S001", "EAST", "EAST-1", "10000", s001Measures());
    }

    /** 85 % completion, 88 % collected (on time and overall), no growth, one late plan. */
    static RepInput s002() {
        return rep(
                "S002",
                "EAST",
                "EAST-1",
                "8000",
                measures(
                        "targetSales",
                        "480000",
                        "actualSales",
                        "408000",
                        "prevNewCustomers",
                        8,
                        "newCustomers",
                        8,
                        "amountDue",
                        "100000",
                        "collectedOnTime",
                        "88000",
                        "collected",
                        "88000",
                        "collectionRate",
                        88,
                        "satisfaction",
                        "4.2",
                        "lateSubmissions",
                        1,
                        "teamwork",
                        7));
    }

    /** Exactly 120 % completion and top marks everywhere. */
    static RepInput s003() {
        return rep(
                "S003",
                "EAST",
                "EAST-2",
                "12000",
                measures(
                        "targetSales",
                        "520000",
                        "actualSales",
                        "624000",
                        "prevNewCustomers",
                        10,
                        "newCustomers",
                        15,
                        "amountDue",
                        "300000",
                        "collectedOnTime",
                        "300000",
                        "collected",
                        "300000",
                        "collectionRate",
                        100,
                        "satisfaction",
                        "4.8",
                        "lateSubmissions",
                        0,
                        "teamwork",
                        "9.5"));
    }

    /**
     * A rep whose completion is {@code completion} % (target 100000) and last period's {@code
     * previous} %.
     */
    static RepInput withCompletion(String employeeNo, String completion, String previous) {
        BigDecimal actual = d(completion).multiply(BigDecimal.valueOf(1000));
        return rep(
                employeeNo,
                "EAST",
                "EAST-1",
                "10000",
                with(
                        s001Measures(),
                        "targetSales",
                        "100000",
                        "actualSales",
                        actual,
                        "prevCompletionRate",
                        previous));
    }
}
