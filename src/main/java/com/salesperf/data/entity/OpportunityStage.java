package com.salesperf.data.entity;

/** Funnel stages, in order; WON and LOST are terminal. */
public enum OpportunityStage {
    LEAD,
    OPPORTUNITY,
    NEGOTIATION,
    WON,
    LOST
}
