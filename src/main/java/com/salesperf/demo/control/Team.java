package com.salesperf.demo.control;

/** A team org unit: reps report to its manager, and targets and costs add up per team. */
record Team(int index, long id, String code, Region region, String stage, long managerId) {}
