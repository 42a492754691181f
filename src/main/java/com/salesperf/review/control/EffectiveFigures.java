package com.salesperf.review.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * A result's figures as they stand after manual adjustments: the newest adjusted value of each
 * figure replaces the computed one. The stored result itself is never changed.
 */
public final class EffectiveFigures {

    private EffectiveFigures() {}

    /**
     * @param adjustments of this rep and run, oldest first
     */
    public static RepFigures apply(RepFigures computed, List<AdjustmentRow> adjustments) {
        BigDecimal total = computed.totalScore();
        String grade = computed.grade();
        String tier = computed.tierCode();
        BigDecimal bonus = computed.bonus();
        for (AdjustmentRow a : adjustments) {
            switch (a.field()) {
                case TOTAL_SCORE -> total = new BigDecimal(a.adjustedValue());
                case GRADE -> grade = a.adjustedValue();
                case TIER -> tier = a.adjustedValue();
                case BONUS -> bonus = new BigDecimal(a.adjustedValue());
                case QUALITATIVE_SCORE -> {}
            }
        }
        return new RepFigures(
                computed.employeeId(),
                computed.employeeNo(),
                computed.name(),
                computed.regionCode(),
                computed.teamCode(),
                computed.evaluable(),
                computed.completionRate(),
                total,
                grade,
                tier,
                bonus,
                computed.currency(),
                computed.flags(),
                computed.resultHash());
    }

    /** The newest adjustment of a figure, which a further change supersedes. */
    public static AdjustmentRow latest(List<AdjustmentRow> adjustments, AdjustableFigure field) {
        AdjustmentRow latest = null;
        for (AdjustmentRow a : adjustments) {
            if (a.field() == field) {
                latest = a;
            }
        }
        return latest;
    }
}
