package com.salesperf.evaluation.aggregation;

import com.salesperf.period.control.PeriodCode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sales reps evaluated for a period: everyone with an assignment that overlaps it. Each is
 * placed in the unit of the last such assignment, i.e. where the rep was when the period ended (or
 * when the rep left). A scheme's population rule then keeps only the reps it applies to, judged by
 * the rep's level and the market and stage of that same unit: a team without a market has its
 * region's, and only teams have a stage.
 */
final class Population {

    private Population() {}

    /**
     * @param employeeId only this rep, or null for everyone
     * @param rule the scheme's population rule; {@code everyone()} keeps everyone
     * @return by employee id, ordered by employee number
     */
    static Map<Long, RepContext> of(
            Connection connection,
            PeriodCode period,
            Long employeeId,
            com.salesperf.scheme.control.Population rule)
            throws SQLException {
        Map<Long, RepContext> reps = new LinkedHashMap<>();
        Set<Long> outside = new HashSet<>();
        boolean everyone = rule.isEveryone();
        new Sql()
                .append(
                        "SELECT e.id, e.employee_no, e.name, e.base_bonus_month, e.base_bonus_quarter,"
                                + " e.base_bonus_half_year, e.base_bonus_year, u.code, u.kind, r.code,"
                                + " r.kind")
                // what the rule judges, read only when it restricts: everyone's query is unchanged
                .append(everyone ? "" : ", e.level, COALESCE(u.market, r.market), u.stage")
                .append(
                        " FROM employee e"
                                + " JOIN assignment a ON a.employee_id = e.id"
                                + " JOIN org_unit u ON u.id = a.org_unit_id"
                                + " LEFT JOIN org_unit r ON r.id = u.parent_id"
                                + " WHERE e.position = 'SALES_REP' AND a.valid_from <= ?"
                                + " AND (a.valid_to IS NULL OR a.valid_to > ?)",
                        period.end(),
                        period.start())
                .onlyEmployee("e.id", employeeId)
                .append(" ORDER BY e.employee_no, a.valid_from")
                .forEach(
                        connection,
                        row -> {
                            long id = row.getLong(1);
                            boolean team = "TEAM".equals(row.getString(9));
                            String region =
                                    team
                                            ? ("REGION".equals(row.getString(11))
                                                    ? row.getString(10)
                                                    : null)
                                            : ("REGION".equals(row.getString(9))
                                                    ? row.getString(8)
                                                    : null);
                            // later assignments overwrite earlier ones: the last one wins
                            if (!everyone) {
                                if (rule.includes(
                                        row.getString(12), row.getString(13), row.getString(14))) {
                                    outside.remove(id);
                                } else {
                                    outside.add(id);
                                }
                            }
                            reps.put(
                                    id,
                                    new RepContext(
                                            id,
                                            row.getString(2),
                                            row.getString(3),
                                            region,
                                            team ? row.getString(8) : null,
                                            baseBonus(
                                                    period,
                                                    List.of(
                                                            row.getBigDecimal(4),
                                                            row.getBigDecimal(5),
                                                            row.getBigDecimal(6),
                                                            row.getBigDecimal(7)))));
                        });
        reps.keySet().removeAll(outside);
        return reps;
    }

    private static BigDecimal baseBonus(PeriodCode period, List<BigDecimal> byType) {
        return switch (period.type()) {
            case MONTH -> byType.get(0);
            case QUARTER -> byType.get(1);
            case HALF_YEAR -> byType.get(2);
            case YEAR -> byType.get(3);
        };
    }
}
