package com.salesperf.presentation.analytics;

import com.salesperf.analytics.control.Level;
import java.io.Serializable;

/** One step of the drill-down path: the level shown and the unit it is narrowed to. */
public record Crumb(Level level, Long focusUnitId, String nameZh, String nameEn)
        implements Serializable {

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
