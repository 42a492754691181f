package com.salesperf.presentation.alert;

import com.salesperf.alert.control.AlertRuleRow;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.boundary.Texts;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.InvalidFieldException;
import com.salesperf.presentation.shell.PortalTimes;
import java.math.BigDecimal;
import java.time.Instant;

/** Texts the alert pages share: a rule's parameters in words, times, refused input. */
final class AlertTexts {

    private AlertTexts() {}

    /**
     * What the rule watches, in the reader's language, e.g. "Region sales vs previous quarter ≤ −15
     * %".
     */
    static String describe(AlertRuleRow rule) {
        String type = Texts.get("alerts.periodType." + rule.periodType());
        return switch (rule.kind()) {
            case UNIT_SALES_CHANGE ->
                    Texts.get(
                            "alerts.rule.describe.UNIT_SALES_CHANGE",
                            Texts.get("alerts.unitLevel." + rule.unitLevel()),
                            type,
                            plain(rule.threshold()));
            case REP_COMPLETION_STREAK ->
                    Texts.get(
                            "alerts.rule.describe.REP_COMPLETION_STREAK",
                            plain(rule.threshold()),
                            rule.periodsInRow(),
                            type);
            case REP_RESULT_THRESHOLD ->
                    Texts.get(
                            "alerts.rule.describe.REP_RESULT_THRESHOLD",
                            Texts.get("alerts.measure." + rule.measure()),
                            Texts.get("alerts.direction." + rule.direction()),
                            plain(rule.threshold()),
                            type);
        };
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String time(Instant when) {
        return when == null ? "" : PortalTimes.format(when);
    }

    /** A refused field next to its input, anything else at the top of the page. */
    static void show(String formId, BusinessException e) {
        if (e instanceof InvalidFieldException invalid) {
            Messages.fieldError(formId + ":" + invalid.field(), e.messageKey(), e.arguments());
        } else {
            Messages.of(e);
        }
    }
}
