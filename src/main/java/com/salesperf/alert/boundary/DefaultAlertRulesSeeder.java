package com.salesperf.alert.boundary;

import com.salesperf.alert.control.AlertRuleInput;
import com.salesperf.alert.entity.AlertRuleKind;
import com.salesperf.alert.entity.UnitLevel;
import com.salesperf.period.entity.PeriodType;
import com.salesperf.platform.boundary.DatabaseStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;

/**
 * Ships SPEC §10's two examples as ordinary, editable rules: on a database without any alert rule,
 * a region's sales falling 15 % or more against the previous quarter, and a rep below 60 %
 * completion two months running.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DefaultAlertRulesSeeder {

    private static final Logger LOG = Logger.getLogger(DefaultAlertRulesSeeder.class.getName());

    static final List<AlertRuleInput> DEFAULTS =
            List.of(
                    new AlertRuleInput(
                            "REGION-SALES-QOQ",
                            "区域销售环比下降15% / Region sales −15 % QoQ",
                            AlertRuleKind.UNIT_SALES_CHANGE,
                            PeriodType.QUARTER,
                            UnitLevel.REGION,
                            null,
                            null,
                            new BigDecimal("-15"),
                            null),
                    new AlertRuleInput(
                            "REP-BELOW-60-2M",
                            "连续两个月完成率低于60% / Rep below 60 % two months running",
                            AlertRuleKind.REP_COMPLETION_STREAK,
                            PeriodType.MONTH,
                            null,
                            null,
                            null,
                            new BigDecimal("60"),
                            2));

    @Inject AlertRules rules;

    @Inject DatabaseStatus database;

    @PostConstruct
    void seedIfEmpty() {
        if (!database.isAvailable() || rules.count() > 0) {
            return;
        }
        DEFAULTS.forEach(rules::createDefault);
        LOG.info("Stored the default alert rules");
    }
}
