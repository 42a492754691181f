package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes customer feedback whose satisfaction scores (whole points 1–5) add up to the planned mean
 * times the number of answers, so a showcase rep's mean is exact; NPS and renewal intention follow
 * the satisfaction of the same answer.
 */
final class FeedbackWriter {

    private final RowBuffers batches;
    private final ImportBatches imports;

    FeedbackWriter(RowBuffers batches, ImportBatches imports) {
        this.batches = batches;
        this.imports = imports;
    }

    void write(Rep rep, List<RepQuarterPlan> plans, RepSales sales, SplittableRandom random) {
        for (RepQuarterPlan plan : plans) {
            int[] scores = scores(plan.satisfaction(), plan.feedbackCount(), random);
            List<Long> customers = sales.payersIn(plan.quarter());
            for (int score : scores) {
                long id = batches.nextId(DemoTables.FEEDBACK);
                batches.add(
                        DemoTables.FEEDBACK,
                        id,
                        String.format("FB%08d", id),
                        rep.id(),
                        Draws.pick(random, customers),
                        Draws.dayBetween(random, plan.quarter().start(), plan.quarter().end()),
                        BigDecimal.valueOf(score).setScale(1),
                        recommendation(score, random),
                        Math.min(
                                10,
                                recommendation(score, random) + Draws.between(random, -1, 1) + 1),
                        imports.idOf("feedback"));
            }
        }
    }

    /** Whole scores summing to mean × count, spread a little so not every answer is alike. */
    static int[] scores(BigDecimal mean, int count, SplittableRandom random) {
        int total =
                mean.multiply(BigDecimal.valueOf(count))
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValueExact();
        int[] scores = new int[count];
        for (int i = 0; i < count; i++) {
            scores[i] = total / count + (i < total % count ? 1 : 0);
        }
        for (int move = 0; move < count / 3; move++) {
            int down = random.nextInt(count);
            int up = random.nextInt(count);
            if (down != up && scores[down] > 1 && scores[up] < 5) {
                scores[down]--;
                scores[up]++;
            }
        }
        return scores;
    }

    /** 0–10, higher for happier customers. */
    private static int recommendation(int satisfaction, SplittableRandom random) {
        int low = Math.max(0, satisfaction * 2 - 2);
        return Math.min(10, Draws.between(random, low, low + 2));
    }
}
