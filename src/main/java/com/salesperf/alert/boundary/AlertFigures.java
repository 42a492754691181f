package com.salesperf.alert.boundary;

import com.salesperf.alert.control.RepCompletion;
import com.salesperf.alert.control.RepFigures;
import com.salesperf.alert.control.UnitSales;
import com.salesperf.alert.entity.ResultMeasure;
import com.salesperf.alert.entity.UnitLevel;
import com.salesperf.period.control.PeriodCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the rules compare, read with set-based SQL (one GROUP BY per period, never a query
 * per rep). Sales and targets are defined as on the dashboards: excluded outliers left out, a rep
 * counts in the unit they belong to now, the target is the period's own or the sum of its months'.
 */
@ApplicationScoped
public class AlertFigures {

    @PersistenceContext EntityManager em;

    /**
     * Sales of every region or team in the period and the one before. The sales are summed per team
     * first: joining each sale to "the unit or its parent" would test that condition once per sale
     * and unit.
     */
    public List<UnitSales> unitSales(UnitLevel level, PeriodCode period) {
        PeriodCode previous = period.previous();
        Query query =
                em.createNativeQuery(
                        "SELECT u.id, u.code, u.name_zh, u.name_en, SUM(x.before_amount),"
                                + " SUM(x.now_amount) FROM (SELECT e.org_unit_id AS unit_id,"
                                + " SUM(CASE WHEN s.signed_date <= ? THEN s.amount END)"
                                + " AS before_amount,"
                                + " SUM(CASE WHEN s.signed_date >= ? THEN s.amount END) AS now_amount"
                                + " FROM sale s JOIN employee e ON e.id = s.employee_id"
                                + " WHERE s.excluded = FALSE AND s.signed_date >= ?"
                                + " AND s.signed_date <= ? GROUP BY e.org_unit_id) x"
                                + " JOIN org_unit t ON t.id = x.unit_id"
                                + " JOIN org_unit u ON (u.id = t.id OR u.id = t.parent_id)"
                                + " AND u.kind = ?"
                                + " GROUP BY u.id, u.code, u.name_zh, u.name_en ORDER BY u.code");
        query.setParameter(1, Date.valueOf(previous.end()));
        query.setParameter(2, Date.valueOf(period.start()));
        query.setParameter(3, Date.valueOf(previous.start()));
        query.setParameter(4, Date.valueOf(period.end()));
        query.setParameter(5, level.name());
        List<UnitSales> units = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            units.add(
                    new UnitSales(
                            number(r[0]).longValue(),
                            (String) r[1],
                            r[2] + " " + r[3],
                            decimal(r[4]),
                            decimal(r[5])));
        }
        return units;
    }

    /**
     * Every rep's target and sales in each of the periods (oldest first); reps without a target in
     * any of them are still listed, with a null target there.
     */
    public List<RepFigures> repCompletions(List<PeriodCode> periods) {
        Map<Long, RepFigures> reps = new LinkedHashMap<>();
        Map<Long, List<RepCompletion>> completions = new LinkedHashMap<>();
        for (PeriodCode period : periods) {
            for (Object row : completionQuery(period).getResultList()) {
                Object[] r = (Object[]) row;
                long id = number(r[0]).longValue();
                reps.putIfAbsent(
                        id,
                        new RepFigures(
                                id,
                                (String) r[1],
                                (String) r[2],
                                r[3] == null ? null : number(r[3]).longValue(),
                                List.of(),
                                null));
                completions
                        .computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new RepCompletion(period.toString(), decimal(r[4]), decimal(r[5])));
            }
        }
        List<RepFigures> result = new ArrayList<>();
        for (RepFigures rep : reps.values()) {
            List<RepCompletion> found = completions.get(rep.employeeId());
            List<RepCompletion> aligned = new ArrayList<>();
            for (PeriodCode period : periods) {
                aligned.add(
                        found.stream()
                                .filter(c -> c.periodCode().equals(period.toString()))
                                .findFirst()
                                .orElse(new RepCompletion(period.toString(), null, null)));
            }
            result.add(
                    new RepFigures(
                            rep.employeeId(),
                            rep.employeeNo(),
                            rep.name(),
                            rep.orgUnitId(),
                            aligned,
                            null));
        }
        return result;
    }

    private Query completionQuery(PeriodCode period) {
        Query query =
                em.createNativeQuery(
                        "SELECT e.id, e.employee_no, e.name, e.org_unit_id,"
                                + " COALESCE(g.amount, m.amount), s.amount FROM employee e"
                                + " LEFT JOIN (SELECT tg.employee_id, SUM(tg.target_value) AS amount"
                                + " FROM target tg JOIN period p ON p.id = tg.period_id"
                                + " WHERE p.code = ? AND tg.scope = 'REP' AND tg.measure = 'sales'"
                                + " GROUP BY tg.employee_id) g ON g.employee_id = e.id"
                                + " LEFT JOIN (SELECT tg.employee_id, SUM(tg.target_value) AS amount"
                                + " FROM target tg JOIN period p ON p.id = tg.period_id"
                                + " WHERE p.type = 'MONTH' AND p.start_date >= ? AND p.end_date <= ?"
                                + " AND tg.scope = 'REP' AND tg.measure = 'sales'"
                                + " GROUP BY tg.employee_id) m ON m.employee_id = e.id"
                                + " LEFT JOIN (SELECT sa.employee_id, SUM(sa.amount) AS amount"
                                + " FROM sale sa WHERE sa.excluded = FALSE AND sa.signed_date >= ?"
                                + " AND sa.signed_date <= ? GROUP BY sa.employee_id) s"
                                + " ON s.employee_id = e.id"
                                + " WHERE e.position = 'SALES_REP'"
                                + " AND (g.amount IS NOT NULL OR m.amount IS NOT NULL)");
        query.setParameter(1, period.toString());
        query.setParameter(2, Date.valueOf(period.start()));
        query.setParameter(3, Date.valueOf(period.end()));
        query.setParameter(4, Date.valueOf(period.start()));
        query.setParameter(5, Date.valueOf(period.end()));
        return query;
    }

    /** One figure of every evaluable rep's stored result of the run. */
    public List<RepFigures> resultValues(long runId, ResultMeasure measure) {
        String column = measure == ResultMeasure.COMPLETION ? "r.completion_rate" : "r.total_score";
        Query query =
                em.createNativeQuery(
                        "SELECT r.employee_id, r.employee_no, r.rep_name, u.id, "
                                + column
                                + " FROM evaluation_result r"
                                + " LEFT JOIN org_unit u ON u.code = COALESCE(r.team_code, r.region_code)"
                                + " WHERE r.run_id = ? AND r.evaluable = TRUE AND "
                                + column
                                + " IS NOT NULL ORDER BY r.seq");
        query.setParameter(1, runId);
        List<RepFigures> reps = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            reps.add(
                    new RepFigures(
                            number(r[0]).longValue(),
                            (String) r[1],
                            r[2] == null ? (String) r[1] : (String) r[2],
                            r[3] == null ? null : number(r[3]).longValue(),
                            List.of(),
                            decimal(r[4])));
        }
        return reps;
    }

    /** The first and last day of the sales an import batch brought, or null when none. */
    public java.time.LocalDate[] salesDates(long batchId) {
        Query query =
                em.createNativeQuery(
                        "SELECT MIN(signed_date), MAX(signed_date) FROM sale WHERE import_batch_id = ?");
        query.setParameter(1, batchId);
        Object[] r = (Object[]) query.getSingleResult();
        if (r[0] == null) {
            return null;
        }
        return new java.time.LocalDate[] {localDate(r[0]), localDate(r[1])};
    }

    private static java.time.LocalDate localDate(Object value) {
        if (value instanceof java.time.LocalDate day) {
            return day;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
