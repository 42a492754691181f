package com.salesperf.demo.control;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One sales plan per rep and month, due on the 25th of the month before at 18:00. Most arrive a few
 * hours to days early; the planned late ones arrive up to three days after the due time and the
 * planned missing ones never.
 */
final class PlanSubmissionWriter {

    private static final int DUE_DAY = 25;
    private static final int DUE_HOUR = 18;

    private final RowBuffers batches;
    private final ImportBatches imports;

    PlanSubmissionWriter(RowBuffers batches, ImportBatches imports) {
        this.batches = batches;
        this.imports = imports;
    }

    void write(Rep rep, List<RepQuarterPlan> plans, SplittableRandom random) {
        for (RepQuarterPlan plan : plans) {
            for (int month = 0; month < 3; month++) {
                YearMonth period = plan.quarter().month(month);
                LocalDateTime due = period.minusMonths(1).atDay(DUE_DAY).atTime(DUE_HOUR, 0);
                LocalDateTime submitted =
                        plan.missingMonths().contains(month)
                                ? null
                                : plan.lateMonths().contains(month)
                                        ? due.plusMinutes(Draws.between(random, 2 * 60, 72 * 60))
                                        : due.minusMinutes(Draws.between(random, 4 * 60, 120 * 60));
                String content =
                        submitted == null
                                ? null
                                : String.format(
                                        "%s 月度销售计划：拜访客户 %d 家，跟进商机 %d 个，销售目标 %,d 元。",
                                        period,
                                        Draws.between(random, 8, 25),
                                        Draws.between(random, 3, 12),
                                        plan.monthTargets()[month]);
                batches.add(
                        DemoTables.PLAN_SUBMISSION,
                        batches.nextId(DemoTables.PLAN_SUBMISSION),
                        rep.id(),
                        period.toString(),
                        due,
                        submitted,
                        content,
                        imports.idOf("plan-submissions"));
            }
        }
    }
}
