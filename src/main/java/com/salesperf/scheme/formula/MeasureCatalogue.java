package com.salesperf.scheme.formula;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The measures the data aggregation provides per rep and period (see DATA-FORMATS.md), each also as
 * a previous-period variant. These are the only names an indicator formula may use.
 */
public final class MeasureCatalogue {

    private static final List<Measure> CURRENT =
            List.of(
                    m("actualSales", "Sales amount signed in the period", "本期实际销售额"),
                    m("targetSales", "Sales target in force at period end", "本期销售目标"),
                    m("completionRate", "actualSales / targetSales x 100", "销售额完成率"),
                    m("newCustomers", "Customers whose first purchase falls in the period", "新客户数"),
                    m("amountDue", "Receivables due in the period", "本期应收金额"),
                    m(
                            "collectedOnTime",
                            "Amount of those receivables collected by their due date",
                            "按时回款金额"),
                    m("collected", "Amount of those receivables collected by period end", "回款金额"),
                    m("onTimeCollectionRate", "collectedOnTime / amountDue x 100", "回款及时率"),
                    m("collectionRate", "collected / amountDue x 100", "回款率"),
                    m("satisfaction", "Mean customer satisfaction (1-5)", "客户满意度平均分"),
                    m("lateSubmissions", "Sales plans submitted late or missing", "销售计划逾期提交次数"),
                    m("teamwork", "Mean supervisor and peer teamwork rating (0-10)", "团队协作评分"),
                    m("avgOrderValue", "actualSales / paying customers", "客单价"),
                    m("payingCustomers", "Distinct customers who bought in the period", "付费客户数"),
                    m("orderCount", "Orders signed in the period", "订单数"),
                    m("visits", "Customer visits", "客户拜访次数"),
                    m("calls", "Customer calls", "客户电话次数"),
                    m("demos", "Product demonstrations", "产品演示次数"),
                    m("leads", "Leads created", "线索数"),
                    m("wonOpportunities", "Opportunities won", "赢单数"),
                    m("lostOpportunities", "Opportunities lost", "丢单数"),
                    m("leadConversionRate", "wonOpportunities / leads x 100", "线索转化率"),
                    m("avgSalesCycleDays", "Mean days from lead to won", "平均销售周期(天)"),
                    m("trainingsCompleted", "Trainings completed", "完成培训数"),
                    m("trainingScoreGain", "Mean post-test minus pre-test score", "培训测试提升分"),
                    m("complianceIncidents", "Compliance incidents", "合规事件数"),
                    m("renewalIntention", "Mean customer renewal intention (0-10)", "客户续约意向"),
                    m("nps", "Mean net promoter score answer (0-10)", "净推荐值"),
                    m("selfRating", "Mean self-assessment rating (0-10)", "自评分"),
                    m("supervisorRating", "Mean supervisor rating (0-10)", "上级评分"),
                    m("peerRating", "Mean peer rating (0-10)", "同事评分"),
                    m("customerRating", "Mean customer rating (0-10)", "客户评分"));

    private static final Map<String, Measure> ALL = index();

    private MeasureCatalogue() {}

    /** Every measure: the current ones in catalogue order, then their previous-period variants. */
    public static List<Measure> all() {
        return List.copyOf(ALL.values());
    }

    /** Every measure name, for {@link Formula#check(Set)}. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(ALL.keySet());
    }

    public static Optional<Measure> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    private static Map<String, Measure> index() {
        List<Measure> all = new ArrayList<>(CURRENT);
        CURRENT.forEach(measure -> all.add(measure.previous()));
        Map<String, Measure> byName = new LinkedHashMap<>();
        all.forEach(measure -> byName.put(measure.name(), measure));
        return Collections.unmodifiableMap(byName);
    }

    private static Measure m(String name, String en, String zh) {
        return new Measure(name, en, zh, false);
    }
}
