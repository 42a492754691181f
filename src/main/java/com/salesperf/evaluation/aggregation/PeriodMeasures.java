package com.salesperf.evaluation.aggregation;

import static com.salesperf.evaluation.aggregation.Sql.count;
import static com.salesperf.evaluation.aggregation.Sql.decimal;

import com.salesperf.period.control.PeriodCode;
import com.salesperf.period.entity.PeriodType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.logging.Logger;

/**
 * The measures of DATA-FORMATS.md for one period, one GROUP BY query per fact table, for every rep
 * (or one). Counts of complete ledgers (sales, activities, opportunities, trainings, incidents) are
 * zero when a rep has no rows; means and rates have no data then, never zero.
 */
final class PeriodMeasures {

    static final String NEW_CUSTOMER_MINIMUM = "newCustomer.minimumAmount";

    private static final List<String> ZERO_WHEN_NO_ROWS =
            List.of(
                    "actualSales",
                    "orderCount",
                    "payingCustomers",
                    "newCustomers",
                    "visits",
                    "calls",
                    "demos",
                    "leads",
                    "wonOpportunities",
                    "lostOpportunities",
                    "trainingsCompleted",
                    "complianceIncidents");

    private static final Logger LOG = Logger.getLogger(PeriodMeasures.class.getName());

    private static final List<String> RATED_MEANS =
            List.of("selfRating", "supervisorRating", "peerRating", "customerRating");

    /** The measures each derived rate is computed from. */
    private static final Map<String, List<String>> RATE_INPUTS =
            Map.of(
                    "completionRate", List.of("actualSales", "targetSales"),
                    "onTimeCollectionRate", List.of("collectedOnTime", "amountDue"),
                    "collectionRate", List.of("collected", "amountDue"),
                    "avgOrderValue", List.of("actualSales", "payingCustomers"),
                    "leadConversionRate", List.of("wonOpportunities", "leads"));

    private final Connection connection;
    private final PeriodCode period;
    private final Long employeeId;
    private final MeasureValues values = new MeasureValues();

    /** The measures of the fact tables read; null when all were. */
    private Set<String> read;

    /** The measures the caller keeps; null for all. */
    private Set<String> wanted;

    /** The measures the caller keeps and those its rates are computed from; null for all. */
    private Set<String> needed;

    private PeriodMeasures(Connection connection, PeriodCode period, Long employeeId) {
        this.connection = connection;
        this.period = period;
        this.employeeId = employeeId;
    }

    /**
     * @param employeeId only this rep, or null for everyone
     * @param population the reps to complete with zero counts and derived rates
     */
    static MeasureValues of(
            Connection connection, PeriodCode period, Long employeeId, Collection<Long> population)
            throws SQLException {
        return of(connection, period, employeeId, population, null);
    }

    /**
     * @param wanted the measures the caller keeps, or null for all: a fact table none of them comes
     *     from is not read (the values of the others are then absent or zero, never wrong)
     */
    static MeasureValues of(
            Connection connection,
            PeriodCode period,
            Long employeeId,
            Collection<Long> population,
            Set<String> wanted)
            throws SQLException {
        PeriodMeasures measures = new PeriodMeasures(connection, period, employeeId);
        measures.read = wanted == null ? null : new HashSet<>();
        measures.wanted = wanted;
        measures.needed = wanted == null ? null : withRateInputs(wanted);
        StringJoiner times = new StringJoiner(", ");
        for (Query query : Query.values()) {
            if (query.neededFor(wanted)) {
                long start = System.nanoTime();
                query.run(measures);
                times.add(query.name().toLowerCase() + " " + millisSince(start) + " ms");
                if (measures.read != null) {
                    measures.read.addAll(query.measures);
                }
            }
        }
        long start = System.nanoTime();
        population.forEach(measures::derive);
        if (employeeId == null) {
            LOG.info(
                    () ->
                            "Measures of %s: %s, rates %d ms"
                                    .formatted(period, times, millisSince(start)));
        }
        return measures.values;
    }

    private static Set<String> withRateInputs(Set<String> wanted) {
        Set<String> needed = new HashSet<>(wanted);
        wanted.forEach(measure -> needed.addAll(RATE_INPUTS.getOrDefault(measure, List.of())));
        return needed;
    }

    /** One fact table's query and the measures that come (directly or derived) from it. */
    private enum Query {
        SALES(
                PeriodMeasures::sales,
                "actualSales",
                "orderCount",
                "payingCustomers",
                "completionRate",
                "avgOrderValue"),
        NEW_CUSTOMERS(PeriodMeasures::newCustomers, "newCustomers"),
        RECEIVABLES(
                PeriodMeasures::receivables,
                "amountDue",
                "collectedOnTime",
                "collected",
                "onTimeCollectionRate",
                "collectionRate"),
        FEEDBACK(PeriodMeasures::feedback, "satisfaction", "nps", "renewalIntention"),
        RATINGS(
                PeriodMeasures::ratings,
                "selfRating",
                "supervisorRating",
                "peerRating",
                "customerRating",
                "teamwork"),
        PLAN_SUBMISSIONS(PeriodMeasures::planSubmissions, "lateSubmissions"),
        ACTIVITIES(PeriodMeasures::activities, "visits", "calls", "demos"),
        OPPORTUNITIES(
                PeriodMeasures::opportunities,
                "leads",
                "wonOpportunities",
                "lostOpportunities",
                "avgSalesCycleDays",
                "leadConversionRate"),
        TRAININGS(PeriodMeasures::trainings, "trainingsCompleted", "trainingScoreGain"),
        COMPLIANCE(PeriodMeasures::complianceIncidents, "complianceIncidents"),
        TARGETS(PeriodMeasures::targets, "targetSales", "completionRate");

        private final Step step;
        private final Set<String> measures;

        Query(Step step, String... measures) {
            this.step = step;
            this.measures = Set.of(measures);
        }

        boolean neededFor(Set<String> wanted) {
            return wanted == null || wanted.stream().anyMatch(measures::contains);
        }

        void run(PeriodMeasures target) throws SQLException {
            step.run(target);
        }
    }

    private interface Step {
        void run(PeriodMeasures measures) throws SQLException;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private LocalDate start() {
        return period.start();
    }

    private LocalDate end() {
        return period.end();
    }

    // Excluded outliers never count. Distinct customers are counted only when needed: that count
    // keeps PostgreSQL from aggregating in parallel.
    private void sales() throws SQLException {
        boolean customers = needs("payingCustomers");
        new Sql()
                .append(
                        "SELECT employee_id, SUM(amount), COUNT(*)"
                                + (customers ? ", COUNT(DISTINCT customer_id)" : "")
                                + " FROM sale WHERE excluded = FALSE AND signed_date BETWEEN ? AND ?",
                        start(),
                        end())
                .onlyEmployee("employee_id", employeeId)
                .append(" GROUP BY employee_id")
                .forEach(
                        connection,
                        row -> {
                            long id = row.getLong(1);
                            values.put(id, "actualSales", decimal(row, 2));
                            values.put(id, "orderCount", count(row, 3));
                            if (customers) {
                                values.put(id, "payingCustomers", count(row, 4));
                            }
                        });
    }

    // A customer is new in the period of its first-ever (non-excluded) sale, if that sale reaches
    // the unified minimum amount; it counts for the rep who made that sale.
    private void newCustomers() throws SQLException {
        new Sql()
                .append(
                        "SELECT s.employee_id, COUNT(DISTINCT s.customer_id) FROM sale s"
                                + " WHERE s.excluded = FALSE AND s.signed_date BETWEEN ? AND ?"
                                + " AND s.amount >= ?",
                        start(),
                        end(),
                        newCustomerMinimum())
                .onlyEmployee("s.employee_id", employeeId)
                .append(
                        " AND NOT EXISTS (SELECT 1 FROM sale e WHERE e.customer_id = s.customer_id"
                                + " AND e.excluded = FALSE AND e.signed_date < s.signed_date)"
                                + " GROUP BY s.employee_id")
                .forEach(
                        connection,
                        row -> values.put(row.getLong(1), "newCustomers", count(row, 2)));
    }

    private BigDecimal newCustomerMinimum() throws SQLException {
        BigDecimal[] minimum = {BigDecimal.ZERO};
        new Sql()
                .append(
                        "SELECT setting_value FROM app_setting WHERE setting_key = ?",
                        NEW_CUSTOMER_MINIMUM)
                .forEach(connection, row -> minimum[0] = new BigDecimal(row.getString(1).trim()));
        return minimum[0];
    }

    private void receivables() throws SQLException {
        new Sql()
                .append(
                        "SELECT employee_id, SUM(amount_due),"
                                + " SUM(CASE WHEN collected_date IS NOT NULL AND collected_date <= due_date"
                                + " THEN amount_collected ELSE 0 END),"
                                + " SUM(CASE WHEN collected_date IS NOT NULL AND collected_date <= ?"
                                + " THEN amount_collected ELSE 0 END)"
                                + " FROM receivable WHERE due_date BETWEEN ? AND ?",
                        end(),
                        start(),
                        end())
                .onlyEmployee("employee_id", employeeId)
                .append(" GROUP BY employee_id")
                .forEach(
                        connection,
                        row -> {
                            long id = row.getLong(1);
                            values.put(id, "amountDue", decimal(row, 2));
                            values.put(id, "collectedOnTime", decimal(row, 3));
                            values.put(id, "collected", decimal(row, 4));
                        });
    }

    private void feedback() throws SQLException {
        new Sql()
                .append(
                        "SELECT employee_id, SUM(satisfaction), COUNT(*), SUM(nps), COUNT(nps),"
                                + " SUM(renewal_intention), COUNT(renewal_intention)"
                                + " FROM feedback WHERE feedback_date BETWEEN ? AND ?",
                        start(),
                        end())
                .onlyEmployee("employee_id", employeeId)
                .append(" GROUP BY employee_id")
                .forEach(
                        connection,
                        row -> {
                            long id = row.getLong(1);
                            mean(id, "satisfaction", decimal(row, 2), row.getLong(3));
                            mean(id, "nps", decimal(row, 4), row.getLong(5));
                            mean(id, "renewalIntention", decimal(row, 6), row.getLong(7));
                        });
    }

    // Ratings are given for the period or for the shorter periods inside it. When only teamwork is
    // needed, only the ratings it is made of are read.
    private void ratings() throws SQLException {
        boolean onlyTeamwork = RATED_MEANS.stream().noneMatch(this::needs);
        Map<Long, BigDecimal[]> teamwork = new HashMap<>();
        Map<String, String> roleMeasures =
                Map.of(
                        "SELF", "selfRating",
                        "SUPERVISOR", "supervisorRating",
                        "PEER", "peerRating",
                        "CUSTOMER", "customerRating");
        new Sql()
                .append("SELECT employee_id, rater_role, dimension, SUM(score), COUNT(*)")
                .append(" FROM rating WHERE period_code IN ")
                .in(periodCodesWithin())
                .append(
                        onlyTeamwork
                                ? " AND dimension = 'TEAMWORK'"
                                        + " AND rater_role IN ('SUPERVISOR', 'PEER')"
                                : "")
                .onlyEmployee("employee_id", employeeId)
                .append(" GROUP BY employee_id, rater_role, dimension")
                .forEach(
                        connection,
                        row -> {
                            long id = row.getLong(1);
                            String role = row.getString(2);
                            BigDecimal sum = decimal(row, 4);
                            long count = row.getLong(5);
                            String measure = roleMeasures.get(role);
                            if (measure != null && needs(measure)) {
                                values.add(id, "_sum_" + measure, sum);
                                values.add(id, "_count_" + measure, BigDecimal.valueOf(count));
                            }
                            if ("TEAMWORK".equals(row.getString(3))
                                    && ("SUPERVISOR".equals(role) || "PEER".equals(role))) {
                                BigDecimal[] acc =
                                        teamwork.computeIfAbsent(
                                                id,
                                                k ->
                                                        new BigDecimal[] {
                                                            BigDecimal.ZERO, BigDecimal.ZERO
                                                        });
                                acc[0] = acc[0].add(sum);
                                acc[1] = acc[1].add(BigDecimal.valueOf(count));
                            }
                        });
        teamwork.forEach((id, acc) -> mean(id, "teamwork", acc[0], acc[1].longValueExact()));
    }

    // Late: submitted after the due time, or still missing once the due time has passed (by the
    // end of the period, so the value does not depend on when the run happens).
    private void planSubmissions() throws SQLException {
        LocalDateTime cutoff = end().plusDays(1).atStartOfDay();
        new Sql()
                .append(
                        "SELECT employee_id, COUNT(*), SUM(CASE WHEN (submitted_at IS NULL AND due_at < ?)"
                                + " OR submitted_at > due_at THEN 1 ELSE 0 END)"
                                + " FROM plan_submission WHERE period_code IN ",
                        cutoff)
                .in(periodCodesWithin())
                .onlyEmployee("employee_id", employeeId)
                .append(" GROUP BY employee_id")
                .forEach(
                        connection,
                        row -> values.put(row.getLong(1), "lateSubmissions", count(row, 3)));
    }

    private void activities() throws SQLException {
        Map<String, String> kinds = Map.of("VISIT", "visits", "CALL", "calls", "DEMO", "demos");
        new Sql()
                .append(
                        "SELECT employee_id, kind, COUNT(*) FROM activity"
                                + " WHERE activity_date BETWEEN ? AND ?",
                        start(),
                        end())
                .onlyEmployee("employee_id", employeeId)
                .append(" GROUP BY employee_id, kind")
                .forEach(
                        connection,
                        row -> {
                            String measure = kinds.get(row.getString(2));
                            if (measure != null) {
                                values.put(row.getLong(1), measure, count(row, 3));
                            }
                        });
    }

    private void opportunities() throws SQLException {
        new Sql()
                .append(
                        "SELECT employee_id, COUNT(*) FROM opportunity WHERE created_date BETWEEN ? AND ?",
                        start(),
                        end())
                .onlyEmployee("employee_id", employeeId)
                .append(" GROUP BY employee_id")
                .forEach(connection, row -> values.put(row.getLong(1), "leads", count(row, 2)));
        new Sql()
                .append(
                        "SELECT employee_id, stage, COUNT(*) FROM opportunity"
                                + " WHERE stage IN ('WON', 'LOST') AND stage_date BETWEEN ? AND ?",
                        start(),
                        end())
                .onlyEmployee("employee_id", employeeId)
                .append(" GROUP BY employee_id, stage")
                .forEach(
                        connection,
                        row ->
                                values.put(
                                        row.getLong(1),
                                        "WON".equals(row.getString(2))
                                                ? "wonOpportunities"
                                                : "lostOpportunities",
                                        count(row, 3)));
        salesCycles();
    }

    // Date arithmetic differs between H2 and PostgreSQL, so the database groups the (few) distinct
    // date pairs and Java takes the differences.
    private void salesCycles() throws SQLException {
        Map<Long, long[]> cycles = new HashMap<>();
        new Sql()
                .append(
                        "SELECT employee_id, created_date, stage_date, COUNT(*) FROM opportunity"
                                + " WHERE stage = 'WON' AND stage_date BETWEEN ? AND ?",
                        start(),
                        end())
                .onlyEmployee("employee_id", employeeId)
                .append(" GROUP BY employee_id, created_date, stage_date")
                .forEach(
                        connection,
                        row -> {
                            long days =
                                    ChronoUnit.DAYS.between(
                                            row.getDate(2).toLocalDate(),
                                            row.getDate(3).toLocalDate());
                            long n = row.getLong(4);
                            long[] acc = cycles.computeIfAbsent(row.getLong(1), k -> new long[2]);
                            acc[0] += days * n;
                            acc[1] += n;
                        });
        cycles.forEach(
                (id, acc) -> mean(id, "avgSalesCycleDays", BigDecimal.valueOf(acc[0]), acc[1]));
    }

    private void trainings() throws SQLException {
        new Sql()
                .append(
                        "SELECT employee_id, COUNT(*), SUM(post_score - pre_score),"
                                + " COUNT(post_score - pre_score) FROM training"
                                + " WHERE completion_date BETWEEN ? AND ?",
                        start(),
                        end())
                .onlyEmployee("employee_id", employeeId)
                .append(" GROUP BY employee_id")
                .forEach(
                        connection,
                        row -> {
                            long id = row.getLong(1);
                            values.put(id, "trainingsCompleted", count(row, 2));
                            mean(id, "trainingScoreGain", decimal(row, 3), row.getLong(4));
                        });
    }

    private void complianceIncidents() throws SQLException {
        new Sql()
                .append(
                        "SELECT employee_id, COUNT(*) FROM compliance_incident"
                                + " WHERE incident_date BETWEEN ? AND ?",
                        start(),
                        end())
                .onlyEmployee("employee_id", employeeId)
                .append(" GROUP BY employee_id")
                .forEach(
                        connection,
                        row -> values.put(row.getLong(1), "complianceIncidents", count(row, 2)));
    }

    // The explicit sales target of the period wins; a longer period without one sums its months.
    // One query reads both.
    private void targets() throws SQLException {
        String own = period.toString();
        List<String> codes = new ArrayList<>();
        codes.add(own);
        if (period.type() != PeriodType.MONTH) {
            period.months().forEach(month -> codes.add(month.toString()));
        }
        new Sql()
                .append(
                        "SELECT e.id, p.code, SUM(t.target_value) FROM target t"
                                + " JOIN period p ON p.id = t.period_id"
                                + " JOIN employee e ON e.employee_no = t.scope_code"
                                + " WHERE t.scope = 'REP' AND t.measure = 'sales' AND p.code IN ")
                .in(codes)
                .onlyEmployee("e.id", employeeId)
                .append(" GROUP BY e.id, p.code")
                .forEach(
                        connection,
                        row -> {
                            long id = row.getLong(1);
                            if (own.equals(row.getString(2))) {
                                values.put(id, "targetSales", decimal(row, 3));
                            } else {
                                values.add(id, "_monthTargets", decimal(row, 3));
                            }
                        });
    }

    /** The period and the shorter periods inside it: ratings and plans are given for those. */
    private List<String> periodCodesWithin() {
        List<String> codes = new ArrayList<>();
        codes.add(period.toString());
        if (period.type() == PeriodType.MONTH) {
            return codes;
        }
        period.months().forEach(month -> codes.add(month.toString()));
        for (PeriodType shorter : List.of(PeriodType.QUARTER, PeriodType.HALF_YEAR)) {
            if (PeriodCode.monthsIn(shorter) < PeriodCode.monthsIn(period.type())) {
                PeriodCode p = PeriodCode.containing(shorter, start());
                while (!p.start().isAfter(end())) {
                    codes.add(p.toString());
                    p = p.next();
                }
            }
        }
        return codes;
    }

    private void derive(long id) {
        for (String measure : ZERO_WHEN_NO_ROWS) {
            if ((read == null || read.contains(measure)) && needs(measure)) {
                values.zeroIfAbsent(id, measure);
            }
        }
        if (values.get(id, "targetSales") == null) {
            values.put(id, "targetSales", values.get(id, "_monthTargets"));
        }
        percent(id, "completionRate", "actualSales", "targetSales");
        percent(id, "onTimeCollectionRate", "collectedOnTime", "amountDue");
        percent(id, "collectionRate", "collected", "amountDue");
        ratio(id, "avgOrderValue", "actualSales", "payingCustomers");
        percent(id, "leadConversionRate", "wonOpportunities", "leads");
        for (String measure : RATED_MEANS) {
            ratio(id, measure, "_sum_" + measure, "_count_" + measure);
        }
    }

    // A rate nobody keeps is not computed: the divisions are most of the aggregation's own work.
    private void percent(long id, String measure, String part, String whole) {
        if (wants(measure)) {
            values.putPercent(id, measure, part, whole);
        }
    }

    private void ratio(long id, String measure, String part, String whole) {
        if (wants(measure)) {
            values.putRatio(id, measure, part, whole);
        }
    }

    private boolean wants(String measure) {
        return wanted == null || wanted.contains(measure);
    }

    private boolean needs(String measure) {
        return needed == null || needed.contains(measure);
    }

    // A mean nobody needs is not divided out.
    private void mean(long id, String measure, BigDecimal sum, long count) {
        if (needs(measure)) {
            values.putMean(id, measure, sum, count);
        }
    }
}
