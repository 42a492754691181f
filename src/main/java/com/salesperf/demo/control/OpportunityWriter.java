package com.salesperf.demo.control;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The sales funnel. A row holds only the current stage, so a lead that was never qualified stays
 * {@code LEAD} and {@code LOST} means lost after qualification; lead→opportunity conversion is then
 * the share of rows not in {@code LEAD}: about 35 % overall, below 30 % in NORTH (see {@link
 * RegionProfile#leadConversion}). Won deals close in 12–45 days.
 */
final class OpportunityWriter {

    private static final List<String> QUALIFIED_STAGES =
            List.of("WON", "LOST", "NEGOTIATION", "OPPORTUNITY");
    private static final double[] QUALIFIED_SHARES = {0.50, 0.30, 0.12, 0.08};
    private static final int[][] DAYS_TO_STAGE = {{12, 45}, {10, 60}, {10, 30}, {3, 15}};
    private static final List<String> LOST_REASONS =
            List.of("PRICE", "COMPETITOR", "NO_BUDGET", "TIMING", "REQUIREMENTS_CHANGED");

    private final RowBuffers batches;
    private final ImportBatches imports;
    private final LocalDate asOf;

    OpportunityWriter(RowBuffers batches, ImportBatches imports, LocalDate asOf) {
        this.batches = batches;
        this.imports = imports;
        this.asOf = asOf;
    }

    void write(Rep rep, List<RepQuarterPlan> plans, RepSales sales, SplittableRandom random) {
        double conversion = rep.team().region().profile().leadConversion();
        for (RepQuarterPlan plan : plans) {
            List<Long> customers = sales.payersIn(plan.quarter());
            for (int i = 0; i < plan.leads(); i++) {
                LocalDate created =
                        Draws.dayBetween(random, plan.quarter().start(), plan.quarter().end());
                if (Draws.chance(random, conversion)) {
                    int stage = Draws.weighted(random, QUALIFIED_SHARES);
                    LocalDate reached =
                            created.plusDays(
                                    Draws.between(
                                            random,
                                            DAYS_TO_STAGE[stage][0],
                                            DAYS_TO_STAGE[stage][1]));
                    String stageName = QUALIFIED_STAGES.get(stage);
                    insert(
                            rep,
                            Draws.pick(random, customers),
                            stageName,
                            created,
                            reached.isAfter(asOf) ? asOf : reached,
                            "LOST".equals(stageName) ? Draws.pick(random, LOST_REASONS) : null);
                } else {
                    insert(rep, null, "LEAD", created, created, null);
                }
            }
        }
    }

    private void insert(
            Rep rep,
            Long customer,
            String stage,
            LocalDate created,
            LocalDate stageDate,
            String lostReason) {
        long id = batches.nextId(DemoTables.OPPORTUNITY);
        batches.add(
                DemoTables.OPPORTUNITY,
                id,
                String.format("OPP%08d", id),
                rep.id(),
                customer,
                stage,
                created,
                stageDate,
                lostReason,
                imports.idOf("opportunities"));
    }
}
