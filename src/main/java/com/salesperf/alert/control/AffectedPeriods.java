package com.salesperf.alert.control;

import com.salesperf.alert.entity.AlertRuleKind;
import com.salesperf.period.control.PeriodCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The finished periods an import's sales between two days enter for a rule: their own periods and
 * the later ones that compare with them (the next one for a sales change, N − 1 more for a streak).
 * A period that is not over yet is left out: a quarter that has just begun would always "fall".
 */
public final class AffectedPeriods {

    static final int MAX_PERIODS = 36;

    private AffectedPeriods() {}

    public static List<PeriodCode> of(
            RuleSpec rule, LocalDate first, LocalDate last, LocalDate today) {
        PeriodCode from = PeriodCode.containing(rule.periodType(), first);
        PeriodCode to = PeriodCode.containing(rule.periodType(), last);
        int reach = rule.kind() == AlertRuleKind.UNIT_SALES_CHANGE ? 1 : rule.periodsInRow() - 1;
        for (int i = 0; i < reach; i++) {
            to = to.next();
        }
        List<PeriodCode> periods = new ArrayList<>();
        for (PeriodCode p = from;
                p.compareTo(to) <= 0 && periods.size() < MAX_PERIODS;
                p = p.next()) {
            if (p.end().isBefore(today)) {
                periods.add(p);
            }
        }
        return periods;
    }
}
