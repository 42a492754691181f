package com.salesperf.presentation.analytics;

import com.salesperf.analytics.boundary.AnalyticsPeriods;
import com.salesperf.analytics.boundary.Breakdown;
import com.salesperf.analytics.boundary.FunnelAnalytics;
import com.salesperf.analytics.boundary.GoalAnalytics;
import com.salesperf.analytics.boundary.SalesAnalytics;
import com.salesperf.analytics.control.CompanyGoals;
import com.salesperf.analytics.control.CompletionBucket;
import com.salesperf.analytics.control.Funnel;
import com.salesperf.analytics.control.FunnelCounts;
import com.salesperf.analytics.control.FunnelStep;
import com.salesperf.analytics.control.GoalCheck;
import com.salesperf.analytics.control.Level;
import com.salesperf.analytics.control.Percent;
import com.salesperf.analytics.control.Performance;
import com.salesperf.analytics.control.Totals;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.platform.boundary.Messages;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.security.boundary.CurrentCaller;
import com.salesperf.security.control.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The analytics dashboard. Every figure comes from a scoped aggregate query of the analytics
 * boundary; this bean only keeps the chosen period and drill-down path and loads all panels in
 * {@link #refresh()} (never in getters).
 */
@Named
@ViewScoped
public class AnalyticsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RANKED = 5;

    @Inject transient CurrentCaller currentCaller;
    @Inject transient SalesAnalytics sales;
    @Inject transient FunnelAnalytics funnels;
    @Inject transient GoalAnalytics goals;
    @Inject transient AnalyticsPeriods periods;

    private String periodType = "QUARTER";
    private String periodCode;
    private final List<Crumb> path = new ArrayList<>();
    private DashboardView view;
    private List<String> periodCodes = List.of();

    @PostConstruct
    void init() {
        periodCode = periods.defaultQuarter(LocalDate.now());
        periodCodes = periods.codes(periodType);
        boolean repOnly = isRepOnly(currentCaller.get());
        path.add(new Crumb(repOnly ? Level.REP : Level.REGION, null, null, null));
        refresh();
    }

    /** Reloads every panel for the chosen period and drill-down step. */
    public void refresh() {
        if (periodCode == null) {
            view = null;
            return;
        }
        try {
            view = load(currentCaller.get(), current());
        } catch (BusinessException e) {
            Messages.of(e);
        }
    }

    public void changeType() {
        periodCodes = periods.codes(periodType);
        periodCode = periodCodes.isEmpty() ? null : periodCodes.get(0);
        refresh();
    }

    public void drill(Performance row) {
        Crumb here = current();
        if (here.level() == Level.REP) {
            return;
        }
        path.add(new Crumb(here.level().below(), row.id(), row.nameZh(), row.nameEn()));
        refresh();
    }

    public void back(int index) {
        while (path.size() > index + 1) {
            path.remove(path.size() - 1);
        }
        refresh();
    }

    private DashboardView load(Caller caller, Crumb crumb) {
        Long focus = crumb.focusUnitId();
        PeriodCode period = PeriodCode.parse(periodCode);
        List<Performance> rows = sales.byLevel(caller, periodCode, crumb.level(), focus);
        Totals now = sales.totals(caller, periodCode, focus);
        Totals previous = sales.totals(caller, period.previous().toString(), focus);
        Totals lastYear = sales.totals(caller, period.yearBefore().toString(), focus);
        FunnelCounts funnel = funnels.funnel(caller, periodCode, focus);
        return new DashboardView(
                rows,
                now,
                Percent.change(now.actual(), previous.actual()),
                Percent.change(now.actual(), lastYear.actual()),
                previous.periodCode(),
                lastYear.periodCode(),
                sales.distribution(caller, periodCode, focus),
                sales.quarterTrend(caller, periodCode, focus),
                sales.ranked(caller, periodCode, focus, RANKED, true),
                sales.ranked(caller, periodCode, focus, RANKED, false),
                sales.byProductLine(caller, periodCode, focus),
                sales.bySegment(caller, periodCode, focus),
                funnel,
                Funnel.steps(funnel),
                funnels.lostReasons(caller, periodCode, focus),
                CompanyGoals.check(goals.figures(caller, period.year(), focus)),
                period.year());
    }

    private static boolean isRepOnly(Caller caller) {
        return !caller.seesWholeCompany() && caller.scopeOrgUnitId() == null;
    }

    private Crumb current() {
        return path.get(path.size() - 1);
    }

    private boolean chinese() {
        return "zh".equals(com.salesperf.platform.boundary.Texts.currentLocale().getLanguage());
    }

    public String getLevelChart() {
        if (view == null) {
            return null;
        }
        List<String> labels = view.rows().stream().map(r -> r.name(chinese())).toList();
        return ChartJson.bar(
                labels,
                List.of(
                        series("analytics.target", view.rows().stream().map(Performance::target)),
                        new ChartJson.Series(
                                text("analytics.actual"),
                                view.rows().stream().map(Performance::actual).toList(),
                                ChartJson.ACTUAL_COLOUR)));
    }

    public String getDistributionChart() {
        if (view == null) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> counts = new ArrayList<>();
        for (Map.Entry<CompletionBucket, Long> e : view.distribution().entrySet()) {
            labels.add(e.getKey().label());
            counts.add(BigDecimal.valueOf(e.getValue()));
        }
        return ChartJson.bar(
                labels,
                List.of(
                        new ChartJson.Series(
                                text("analytics.reps"), counts, ChartJson.ACTUAL_COLOUR)));
    }

    public String getTrendChart() {
        if (view == null) {
            return null;
        }
        List<String> labels = view.trend().stream().map(Totals::periodCode).toList();
        return ChartJson.line(
                labels,
                List.of(
                        series("analytics.target", view.trend().stream().map(Totals::target)),
                        new ChartJson.Series(
                                text("analytics.actual"),
                                view.trend().stream().map(Totals::actual).toList(),
                                ChartJson.ACTUAL_COLOUR)));
    }

    public String getProductChart() {
        if (view == null || view.productLines().isEmpty()) {
            return null;
        }
        return ChartJson.doughnut(
                view.productLines().stream().map(Breakdown::key).toList(),
                view.productLines().stream().map(Breakdown::amount).toList());
    }

    private static ChartJson.Series series(String key, java.util.stream.Stream<BigDecimal> values) {
        return new ChartJson.Series(text(key), values.toList(), ChartJson.TARGET_COLOUR);
    }

    private static String text(String key) {
        return com.salesperf.platform.boundary.Texts.get(key);
    }

    /** A rep sees only their own figures: the path starts at "my figures", not the company. */
    public boolean isRepOnly() {
        return path.get(0).level() == Level.REP;
    }

    public boolean isDrillable() {
        return current().level() != Level.REP;
    }

    public boolean isCycleTooLong() {
        return view != null && Funnel.cycleTooLong(view.funnel());
    }

    public boolean isFunnelWarning() {
        return view != null && view.steps().stream().anyMatch(FunnelStep::belowThreshold);
    }

    public List<String> getPeriodCodes() {
        return periodCodes;
    }

    public List<Crumb> getPath() {
        return path;
    }

    public String getLevel() {
        return current().level().name();
    }

    public DashboardView getView() {
        return view;
    }

    public List<GoalCheck> getGoals() {
        return view == null ? List.of() : view.goals();
    }

    public String getPeriodType() {
        return periodType;
    }

    public void setPeriodType(String periodType) {
        if (List.of("MONTH", "QUARTER", "HALF_YEAR", "YEAR").contains(periodType)) {
            this.periodType = periodType;
        }
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public void setPeriodCode(String periodCode) {
        this.periodCode = periodCode;
    }
}
