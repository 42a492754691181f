package com.salesperf.demo.control;

import java.util.List;
import java.util.SplittableRandom;

/** Visits, calls and demos; most with a customer of the rep, some prospecting without one. */
final class ActivityWriter {

    private static final List<String> KINDS = List.of("VISIT", "CALL", "DEMO");
    private static final double[] KIND_SHARES = {0.40, 0.45, 0.15};
    private static final double PROSPECTING_SHARE = 0.15;

    private final RowBuffers batches;
    private final ImportBatches imports;

    ActivityWriter(RowBuffers batches, ImportBatches imports) {
        this.batches = batches;
        this.imports = imports;
    }

    void write(Rep rep, List<RepQuarterPlan> plans, RepSales sales, SplittableRandom random) {
        for (RepQuarterPlan plan : plans) {
            List<Long> customers = sales.payersIn(plan.quarter());
            for (int i = 0; i < plan.activities(); i++) {
                long id = batches.nextId(DemoTables.ACTIVITY);
                Long customer =
                        Draws.chance(random, PROSPECTING_SHARE)
                                ? null
                                : Draws.pick(random, customers);
                batches.add(
                        DemoTables.ACTIVITY,
                        id,
                        String.format("ACT%08d", id),
                        rep.id(),
                        Draws.dayBetween(random, plan.quarter().start(), plan.quarter().end()),
                        KINDS.get(Draws.weighted(random, KIND_SHARES)),
                        customer,
                        imports.idOf("activities"));
            }
        }
    }
}
