package com.salesperf.evaluation.aggregation;

import com.salesperf.evaluation.control.RepInput;
import com.salesperf.period.control.PeriodCode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The engine's input for a period: who is evaluated, in which unit, with which base bonus, and the
 * measures of this and the previous period of the same type ({@code prev…}, as the formulas name
 * them). A rep who was not in the previous period's population has no previous values at all. A
 * scheme's population rule narrows both periods' populations alike; reps outside it are not
 * evaluated at all.
 */
public final class MeasureAggregation {

    private final Connection connection;

    public MeasureAggregation(Connection connection) {
        this.connection = connection;
    }

    /** A rep's input with the rep's employee id. */
    public record AggregatedRep(long employeeId, RepInput input) {}

    /** Every rep of the period, ordered by employee number. */
    public List<RepInput> population(PeriodCode period) throws SQLException {
        return population(period, com.salesperf.scheme.control.Population.everyone());
    }

    /** The reps of the period a scheme with this population rule applies to, by employee number. */
    public List<RepInput> population(
            PeriodCode period, com.salesperf.scheme.control.Population rule) throws SQLException {
        return aggregate(period, null, null, rule).stream().map(AggregatedRep::input).toList();
    }

    /** One rep's input, or none when the rep was not in the period's population. */
    public List<RepInput> rep(PeriodCode period, long employeeId) throws SQLException {
        return aggregate(period, employeeId).stream().map(AggregatedRep::input).toList();
    }

    /**
     * @param employeeId only this rep, or null for the whole population
     */
    public List<AggregatedRep> aggregate(PeriodCode period, Long employeeId) throws SQLException {
        return aggregate(period, employeeId, null);
    }

    /**
     * @param employeeId only this rep, or null for the whole population
     * @param wanted the measures the caller keeps ({@code prev…} names for the previous period), or
     *     null for all. Fact tables none of them comes from are not read, for either period, and
     *     only the wanted measures are kept, with exactly the values of a full aggregation.
     */
    public List<AggregatedRep> aggregate(PeriodCode period, Long employeeId, Set<String> wanted)
            throws SQLException {
        return aggregate(
                period, employeeId, wanted, com.salesperf.scheme.control.Population.everyone());
    }

    /**
     * @param employeeId only this rep, or null for the whole population
     * @param wanted as above
     * @param rule the scheme's population rule, applied to this and the previous period
     */
    public List<AggregatedRep> aggregate(
            PeriodCode period,
            Long employeeId,
            Set<String> wanted,
            com.salesperf.scheme.control.Population rule)
            throws SQLException {
        Map<Long, RepContext> reps = Population.of(connection, period, employeeId, rule);
        PeriodCode previous = period.previous();
        Map<Long, RepContext> previousReps = Population.of(connection, previous, employeeId, rule);
        MeasureValues current =
                PeriodMeasures.of(connection, period, employeeId, reps.keySet(), wanted);
        Set<String> wantedBefore = wanted == null ? null : unprefixed(wanted, "prev");
        MeasureValues before =
                wantedBefore != null && wantedBefore.isEmpty()
                        ? new MeasureValues()
                        : PeriodMeasures.of(
                                connection,
                                previous,
                                employeeId,
                                previousReps.keySet(),
                                wantedBefore);
        List<AggregatedRep> inputs = new ArrayList<>(reps.size());
        for (RepContext rep : reps.values()) {
            Map<String, BigDecimal> measures = new TreeMap<>();
            copy(current.take(rep.employeeId()), "", wanted, measures);
            Map<String, BigDecimal> previousValues = before.take(rep.employeeId());
            if (previousReps.containsKey(rep.employeeId())) {
                copy(previousValues, "prev", wanted, measures);
            }
            inputs.add(
                    new AggregatedRep(
                            rep.employeeId(),
                            new RepInput(
                                    rep.employeeNo(),
                                    rep.name(),
                                    rep.regionCode(),
                                    rep.teamCode(),
                                    rep.baseBonus(),
                                    measures)));
        }
        return inputs;
    }

    // Helper sums (named "_…") stay inside the aggregation.
    private static void copy(
            Map<String, BigDecimal> from,
            String prefix,
            Set<String> wanted,
            Map<String, BigDecimal> to) {
        from.forEach(
                (name, value) -> {
                    if (!name.startsWith("_")) {
                        String as = prefixed(prefix, name);
                        if (wanted == null || wanted.contains(as)) {
                            to.put(as, value);
                        }
                    }
                });
    }

    /** The names that carry {@code prefix} (as {@link #prefixed} makes them), without it. */
    private static Set<String> unprefixed(Set<String> names, String prefix) {
        Set<String> out = new TreeSet<>();
        for (String name : names) {
            if (name.length() > prefix.length()
                    && name.startsWith(prefix)
                    && Character.isUpperCase(name.charAt(prefix.length()))) {
                String rest = name.substring(prefix.length());
                out.add(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
            }
        }
        return out;
    }

    private static String prefixed(String prefix, String name) {
        return prefix.isEmpty()
                ? name
                : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
