package com.salesperf.targets.control;

import com.salesperf.period.entity.PeriodType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a target responsibility letter 目标责任书 says: who (rep, team, region, company), for which
 * period, each target with its mid-period changes, and whether the rep has acknowledged them. Unit
 * names are already in the reader's language.
 */
public record TargetLetter(
        String company,
        String employeeNo,
        String repName,
        String team,
        String region,
        String manager,
        String periodCode,
        PeriodType periodType,
        LocalDate start,
        LocalDate end,
        List<Line> lines) {

    /** One target of the letter. */
    public record Line(
            String measure, BigDecimal value, Instant acknowledgedAt, List<Change> changes) {

        public Line {
            changes = List.copyOf(changes);
        }
    }

    /** A mid-period adjustment of a target, with its mandatory reason. */
    public record Change(
            BigDecimal oldValue, BigDecimal newValue, String reason, String by, Instant at) {}

    public TargetLetter {
        lines = List.copyOf(lines);
    }

    /**
     * When the rep acknowledged the letter: the latest acknowledgement once every target is
     * acknowledged; null while any target (e.g. one adjusted since) still waits.
     */
    public Instant acknowledgedAt() {
        if (lines.isEmpty() || lines.stream().anyMatch(l -> l.acknowledgedAt() == null)) {
            return null;
        }
        return lines.stream()
                .map(Line::acknowledgedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }
}
