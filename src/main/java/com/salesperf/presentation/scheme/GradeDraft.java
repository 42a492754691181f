package com.salesperf.presentation.scheme;

import com.salesperf.scheme.control.GradeBand;
import java.io.Serializable;
import java.math.BigDecimal;

/** One grade band in the editor; an empty minimum makes it the bottom grade. */
public class GradeDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String grade;
    private BigDecimal minInclusive;

    public static GradeDraft of(GradeBand band) {
        GradeDraft draft = new GradeDraft();
        draft.grade = band.grade();
        draft.minInclusive = band.minInclusive();
        return draft;
    }

    public GradeBand toGradeBand() {
        return new GradeBand(grade == null ? "" : grade.trim(), minInclusive);
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public BigDecimal getMinInclusive() {
        return minInclusive;
    }

    public void setMinInclusive(BigDecimal minInclusive) {
        this.minInclusive = minInclusive;
    }
}
