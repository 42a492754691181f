package com.salesperf.review.control;

/** What review needs to know about an evaluation run. */
public record RunFacts(
        long runId,
        String periodCode,
        String schemeCode,
        String status,
        long schemeVersionId,
        long planVersionId,
        String currency) {

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
