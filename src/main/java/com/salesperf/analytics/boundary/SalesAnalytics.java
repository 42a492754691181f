package com.salesperf.analytics.boundary;

import com.salesperf.analytics.control.CompletionBucket;
import com.salesperf.analytics.control.Level;
import com.salesperf.analytics.control.Percent;
import com.salesperf.analytics.control.Performance;
import com.salesperf.analytics.control.Totals;
import com.salesperf.period.control.PeriodCode;
import com.salesperf.security.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Target vs actual sales for the dashboards, aggregated in the database with GROUP BY and always
 * inside the caller's data scope: per region, team or rep, totals, the completion distribution, top
 * and bottom reps, quarterly trends and the split by product line and customer segment.
 */
@Stateless
public class SalesAnalytics {

    private static final int TREND_QUARTERS = 8;

    @PersistenceContext EntityManager em;

    @Inject AnalyticsAccess access;

    /** One row per region, team or rep of the slice (focus: the region or team drilled into). */
    public List<Performance> byLevel(Caller caller, String periodCode, Level level, Long focus) {
        PeriodCode period = AnalyticsAccess.period(periodCode);
        Sql base = RepFigures.of(period, access.slice(caller, focus));
        Sql sql =
                switch (level) {
                    case REGION -> grouped("region", base);
                    case TEAM -> grouped("team", base);
                    case REP ->
                            new Sql()
                                    .append(
                                            "SELECT b.rep_id, b.employee_no, b.rep_name,"
                                                    + " b.rep_name, 1, b.tgt, b.act FROM (")
                                    .append(base)
                                    .append(") b ORDER BY b.employee_no");
                };
        return sql.rows(em).stream().map(SalesAnalytics::performance).toList();
    }

    /** The reps with the highest (best) or lowest completion of the slice. */
    public List<Performance> ranked(
            Caller caller, String periodCode, Long focus, int count, boolean best) {
        PeriodCode period = AnalyticsAccess.period(periodCode);
        String direction = best ? "DESC" : "ASC";
        return new Sql()
                        .append(
                                "SELECT b.rep_id, b.employee_no, b.rep_name, b.rep_name, 1, b.tgt, b.act FROM (")
                        .append(RepFigures.of(period, access.slice(caller, focus)))
                        .append(
                                ") b WHERE b.tgt > 0 ORDER BY COALESCE(b.act, 0) / b.tgt "
                                        + direction
                                        + ", b.employee_no")
                        .rows(em, count)
                        .stream()
                        .map(SalesAnalytics::performance)
                        .toList();
    }

    public Totals totals(Caller caller, String periodCode, Long focus) {
        PeriodCode period = AnalyticsAccess.period(periodCode);
        Object[] row =
                new Sql()
                        .append("SELECT SUM(b.tgt), SUM(b.act) FROM (")
                        .append(RepFigures.of(period, access.slice(caller, focus)))
                        .append(") b")
                        .row(em);
        return new Totals(period.toString(), Sql.decimal(row[0]), Sql.decimal(row[1]));
    }

    /** How many reps fall in each completion band (reps without a target are left out). */
    public Map<CompletionBucket, Long> distribution(Caller caller, String periodCode, Long focus) {
        PeriodCode period = AnalyticsAccess.period(periodCode);
        StringBuilder bucket = new StringBuilder("CASE");
        for (CompletionBucket b : CompletionBucket.values()) {
            bucket.append(" WHEN ")
                    .append(b.sqlCondition("COALESCE(b.act, 0)", "b.tgt"))
                    .append(" THEN '")
                    .append(b.name())
                    .append('\'');
        }
        bucket.append(" END");
        Map<CompletionBucket, Long> counts = new EnumMap<>(CompletionBucket.class);
        for (CompletionBucket b : CompletionBucket.values()) {
            counts.put(b, 0L);
        }
        new Sql()
                .append("SELECT x.bucket, COUNT(*) FROM (SELECT " + bucket + " AS bucket FROM (")
                .append(RepFigures.of(period, access.slice(caller, focus)))
                .append(") b WHERE b.tgt > 0) x GROUP BY x.bucket")
                .rows(em)
                .forEach(
                        r -> counts.put(CompletionBucket.valueOf(Sql.text(r[0])), Sql.count(r[1])));
        return counts;
    }

    /** Target and actual per quarter for the eight quarters up to the one the period ends in. */
    public List<Totals> quarterTrend(Caller caller, String periodCode, Long focus) {
        PeriodCode last =
                PeriodCode.containing(
                        com.salesperf.period.entity.PeriodType.QUARTER,
                        AnalyticsAccess.period(periodCode).end());
        PeriodCode first = last;
        for (int i = 1; i < TREND_QUARTERS; i++) {
            first = first.previous();
        }
        Slice slice = access.slice(caller, focus);
        Map<String, BigDecimal> actual =
                byQuarter(
                        new Sql()
                                .append(
                                        "SELECT p.code, SUM(s.amount) FROM period p"
                                                + " JOIN sale s ON s.signed_date >= p.start_date"
                                                + " AND s.signed_date <= p.end_date"
                                                + " JOIN employee e ON e.id = s.employee_id"
                                                + " WHERE p.type = 'QUARTER' AND p.start_date >= ?"
                                                + " AND p.end_date <= ? AND s.excluded = FALSE",
                                        first.start(),
                                        last.end())
                                .append(slice.onEmployee("e"))
                                .append(" GROUP BY p.code"));
        Map<String, BigDecimal> target =
                byQuarter(
                        new Sql()
                                .append(
                                        "SELECT p.code, SUM(tg.target_value) FROM target tg"
                                                + " JOIN period p ON p.id = tg.period_id"
                                                + " JOIN employee e ON e.id = tg.employee_id"
                                                + " WHERE p.type = 'QUARTER' AND p.start_date >= ?"
                                                + " AND p.end_date <= ? AND tg.scope = 'REP'"
                                                + " AND tg.measure = 'sales'",
                                        first.start(),
                                        last.end())
                                .append(slice.onEmployee("e"))
                                .append(" GROUP BY p.code"));
        List<Totals> trend = new ArrayList<>();
        for (PeriodCode q = first; q.compareTo(last) <= 0; q = q.next()) {
            trend.add(new Totals(q.toString(), target.get(q.toString()), actual.get(q.toString())));
        }
        return trend;
    }

    public List<Breakdown> byProductLine(Caller caller, String periodCode, Long focus) {
        return breakdown(caller, periodCode, focus, "s.product_line", "");
    }

    public List<Breakdown> bySegment(Caller caller, String periodCode, Long focus) {
        return breakdown(
                caller, periodCode, focus, "c.segment", " JOIN customer c ON c.id = s.customer_id");
    }

    private List<Breakdown> breakdown(
            Caller caller, String periodCode, Long focus, String key, String join) {
        PeriodCode period = AnalyticsAccess.period(periodCode);
        List<Object[]> rows =
                new Sql()
                        .append(
                                "SELECT "
                                        + key
                                        + ", SUM(s.amount), COUNT(*) FROM sale s"
                                        + " JOIN employee e ON e.id = s.employee_id"
                                        + join
                                        + " WHERE s.excluded = FALSE AND s.signed_date >= ?"
                                        + " AND s.signed_date <= ?",
                                period.start(),
                                period.end())
                        .append(access.slice(caller, focus).onEmployee("e"))
                        .append(" GROUP BY " + key)
                        .rows(em);
        BigDecimal total =
                rows.stream().map(r -> Sql.decimal(r[1])).reduce(BigDecimal.ZERO, BigDecimal::add);
        return rows.stream()
                .map(
                        r ->
                                new Breakdown(
                                        Sql.text(r[0]),
                                        Sql.decimal(r[1]),
                                        Sql.count(r[2]),
                                        Percent.of(Sql.decimal(r[1]), total)))
                .sorted((a, b) -> b.amount().compareTo(a.amount()))
                .toList();
    }

    private Map<String, BigDecimal> byQuarter(Sql sql) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        sql.rows(em).forEach(r -> values.put(Sql.text(r[0]), Sql.decimal(r[1])));
        return values;
    }

    private static Sql grouped(String unit, Sql base) {
        String columns =
                "b." + unit + "_id, b." + unit + "_code, b." + unit + "_zh, b." + unit + "_en";
        return new Sql()
                .append("SELECT " + columns + ", COUNT(*), SUM(b.tgt), SUM(b.act) FROM (")
                .append(base)
                .append(") b GROUP BY " + columns + " ORDER BY b." + unit + "_code");
    }

    private static Performance performance(Object[] r) {
        return new Performance(
                Sql.count(r[0]),
                Sql.text(r[1]),
                Sql.text(r[2]),
                Sql.text(r[3]),
                Sql.count(r[4]),
                Sql.decimal(r[5]),
                Sql.decimal(r[6]));
    }
}
