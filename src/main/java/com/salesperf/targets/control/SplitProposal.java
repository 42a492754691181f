package com.salesperf.targets.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A region's or team's sales target of a period and its children with a proposed split. parent is
 * null when the unit has no target for the period (nothing to decompose).
 */
public record SplitProposal(
        String periodCode,
        long unitId,
        String unitCode,
        String childScope,
        BigDecimal parent,
        List<SplitLine> children)
        implements Serializable {

    public SplitProposal {
        children = List.copyOf(children);
    }
}
