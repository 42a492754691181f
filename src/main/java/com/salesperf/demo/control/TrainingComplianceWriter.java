package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Training: most reps complete at least one course a year, with a pre- and post-test score.
 * Compliance: a rare incident (about one in 250 rep-quarters), never for a showcase rep.
 */
final class TrainingComplianceWriter {

    private static final List<String> COURSES =
            List.of(
                    "顾问式销售技巧 / Consultative selling", "大客户管理 / Key account management",
                    "商务谈判 / Negotiation", "产品知识：软件 / Product training: software",
                    "合规与职业道德 / Compliance and ethics", "CRM 系统应用 / Using the CRM");
    private static final List<String> INCIDENT_KINDS =
            List.of("UNAUTHORISED_DISCOUNT", "FALSE_PROMISE", "DATA_FALSIFICATION");
    private static final double[] INCIDENT_SHARES = {0.50, 0.35, 0.15};
    private static final List<String> SEVERITIES = List.of("LOW", "MEDIUM", "HIGH");
    private static final double[] SEVERITY_SHARES = {0.50, 0.35, 0.15};
    private static final double INCIDENT_CHANCE = 0.004;

    private final RowBuffers batches;
    private final ImportBatches imports;

    TrainingComplianceWriter(RowBuffers batches, ImportBatches imports) {
        this.batches = batches;
        this.imports = imports;
    }

    void write(Rep rep, List<RepQuarterPlan> plans, SplittableRandom random) {
        Map<Integer, List<RepQuarterPlan>> byYear = new LinkedHashMap<>();
        plans.forEach(
                plan ->
                        byYear.computeIfAbsent(plan.quarter().year(), y -> new ArrayList<>())
                                .add(plan));
        byYear.values().forEach(yearPlans -> writeTraining(rep, yearPlans, random));
        for (RepQuarterPlan plan : plans) {
            if (!rep.showcase() && Draws.chance(random, INCIDENT_CHANCE)) {
                long id = batches.nextId(DemoTables.COMPLIANCE_INCIDENT);
                batches.add(
                        DemoTables.COMPLIANCE_INCIDENT,
                        id,
                        String.format("CI%06d", id),
                        rep.id(),
                        Draws.dayBetween(random, plan.quarter().start(), plan.quarter().end()),
                        INCIDENT_KINDS.get(Draws.weighted(random, INCIDENT_SHARES)),
                        SEVERITIES.get(Draws.weighted(random, SEVERITY_SHARES)),
                        imports.idOf("compliance"));
            }
        }
    }

    /** A full year almost always brings a course; a short stretch less often. */
    private void writeTraining(Rep rep, List<RepQuarterPlan> yearPlans, SplittableRandom random) {
        double chance = yearPlans.size() >= 3 ? 0.92 : 0.6;
        int courses = !Draws.chance(random, chance) ? 0 : Draws.chance(random, 0.3) ? 2 : 1;
        for (int i = 0; i < courses; i++) {
            Quarter quarter = Draws.pick(random, yearPlans).quarter();
            int pre = Draws.between(random, 45, 75);
            int post = Math.min(100, pre + Draws.between(random, 5, 25));
            long id = batches.nextId(DemoTables.TRAINING);
            batches.add(
                    DemoTables.TRAINING,
                    id,
                    String.format("TR%07d", id),
                    rep.id(),
                    Draws.pick(random, COURSES),
                    Draws.dayBetween(random, quarter.start(), quarter.end()),
                    BigDecimal.valueOf(pre).setScale(2),
                    BigDecimal.valueOf(post).setScale(2),
                    imports.idOf("training"));
        }
    }
}
