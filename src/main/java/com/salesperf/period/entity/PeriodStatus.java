package com.salesperf.period.entity;

/** OPEN while data still arrives, CLOSING while evaluated and reviewed, CLOSED when final. */
public enum PeriodStatus {
    OPEN,
    CLOSING,
    CLOSED
}
