package com.salesperf.targets.control;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One child of a target decomposition: a team of a region or a rep of a team, with last year's
 * sales in the same period (the basis of the proportional proposal), its current target and the
 * proposed one.
 */
public record SplitLine(
        String code,
        String nameZh,
        String nameEn,
        BigDecimal history,
        BigDecimal current,
        BigDecimal proposed)
        implements Serializable {

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
