package com.salesperf.targets.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** An annual sales target split into its quarters and months by a quarter profile. */
public record AnnualProposal(
        int year,
        String scope,
        String code,
        BigDecimal annual,
        List<PeriodSplit> quarters,
        List<PeriodSplit> months)
        implements Serializable {

    public AnnualProposal {
        quarters = List.copyOf(quarters);
        months = List.copyOf(months);
    }
}
