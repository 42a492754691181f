package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.control.RepInput;
import com.salesperf.scheme.control.IndicatorDefinition;
import com.salesperf.scheme.control.PayoutModifier;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.SchemeDefinition;
import com.salesperf.scheme.formula.Formula;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The measures a run keeps for each rep: those the scheme's formulas and the plan's modifiers name,
 * plus what completion, tiers, commission and the service-star flag need. A result then stores the
 * measures it used, not the whole catalogue.
 */
public final class UsedMeasures {

    private static final Set<String> ALWAYS =
            Set.of(
                    "actualSales",
                    "targetSales",
                    "completionRate",
                    "prevActualSales",
                    "prevTargetSales",
                    "prevCompletionRate",
                    "satisfaction");

    private final Set<String> names;

    private UsedMeasures(Set<String> names) {
        this.names = names;
    }

    public static UsedMeasures of(SchemeDefinition scheme, PlanDefinition plan) {
        Set<String> names = new TreeSet<>(ALWAYS);
        for (IndicatorDefinition indicator : scheme.indicators()) {
            names.addAll(Formula.parse(indicator.formula()).referencedMeasures());
        }
        for (PayoutModifier modifier : plan.modifiers()) {
            names.add(modifier.measure());
        }
        return new UsedMeasures(names);
    }

    public Set<String> names() {
        return names;
    }

    public RepInput keepUsed(RepInput rep) {
        Map<String, BigDecimal> kept = new TreeMap<>();
        rep.measures()
                .forEach(
                        (name, value) -> {
                            if (names.contains(name)) {
                                kept.put(name, value);
                            }
                        });
        return new RepInput(
                rep.employeeNo(),
                rep.repName(),
                rep.regionCode(),
                rep.teamCode(),
                rep.baseBonus(),
                kept);
    }
}
