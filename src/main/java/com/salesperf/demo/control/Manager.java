package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A team manager or a regional manager; only reps are evaluated, managers lead and rate. */
record Manager(
        long id,
        String employeeNo,
        String name,
        long orgUnitId,
        Long managerId,
        LocalDate hireDate,
        BigDecimal quarterBonus) {}
