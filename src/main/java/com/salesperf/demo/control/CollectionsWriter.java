package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a receivable for each sale on credit (every sale of the demo company), due 30–60 days
 * after signing, and decides how each is paid so that the amount due in a planned quarter is
 * collected on time and by quarter end at exactly the planned rates (to the cent): the shortfall is
 * taken from the latest receivables, whole ones first and the rest as one short payment; late
 * payments inside the quarter come next.
 */
final class CollectionsWriter {

    private static final int[] PAYMENT_TERMS = {30, 45, 60};
    private static final double[] TERM_SHARES = {0.40, 0.35, 0.25};

    private final RowBuffers batches;
    private final ImportBatches imports;
    private final DemoSize size;
    private final LocalDate asOf;

    CollectionsWriter(RowBuffers batches, ImportBatches imports, DemoSize size, LocalDate asOf) {
        this.batches = batches;
        this.imports = imports;
        this.size = size;
        this.asOf = asOf;
    }

    /** A receivable whose payment is decided before it is written. */
    private static final class Receivable {
        final SaleFact sale;
        final LocalDate due;
        long collectedCents;
        LocalDate collectedDate;

        Receivable(SaleFact sale, LocalDate due) {
            this.sale = sale;
            this.due = due;
        }

        long dueCents() {
            return sale.amountYuan() * 100;
        }

        void pay(long cents, LocalDate on) {
            collectedCents = cents;
            collectedDate = cents == 0 ? null : on;
        }
    }

    void write(Rep rep, List<SaleFact> sales, List<RepQuarterPlan> plans, SplittableRandom random) {
        Map<Quarter, RepQuarterPlan> plansByQuarter = new LinkedHashMap<>();
        plans.forEach(plan -> plansByQuarter.put(plan.quarter(), plan));
        List<Receivable> receivables = new ArrayList<>(sales.size());
        Map<Quarter, List<Receivable>> byDueQuarter = new LinkedHashMap<>();
        boolean everySale = rep.showcase() || size.creditSaleShare() >= 1.0;
        for (SaleFact sale : sales) {
            if (!everySale && !Draws.chance(random, size.creditSaleShare())) {
                continue;
            }
            int term = PAYMENT_TERMS[Draws.weighted(random, TERM_SHARES)];
            Receivable receivable = new Receivable(sale, sale.signedDate().plusDays(term));
            receivables.add(receivable);
            byDueQuarter
                    .computeIfAbsent(Quarter.of(receivable.due), q -> new ArrayList<>())
                    .add(receivable);
        }
        byDueQuarter.forEach(
                (quarter, due) -> {
                    RepQuarterPlan plan = plansByQuarter.get(quarter);
                    if (plan == null) {
                        payOutsidePlannedQuarters(due, random);
                    } else {
                        payAsPlanned(plan, due, random);
                    }
                });
        receivables.forEach(receivable -> insert(rep, receivable));
    }

    private void payAsPlanned(RepQuarterPlan plan, List<Receivable> due, SplittableRandom random) {
        long dueCents = due.stream().mapToLong(Receivable::dueCents).sum();
        int collectedPercent = percent(plan.collectedRate());
        due.forEach(
                receivable -> receivable.pay(receivable.dueCents(), onTimeDay(receivable, random)));
        List<Receivable> latestFirst = new ArrayList<>(due);
        latestFirst.sort(
                Comparator.comparing((Receivable r) -> r.due)
                        .thenComparing(r -> r.sale.id())
                        .reversed());
        leaveUnpaid(latestFirst, dueCents * (100 - collectedPercent) / 100, plan.quarter(), random);
        List<Receivable> earliestFirst = new ArrayList<>(latestFirst);
        Collections.reverse(earliestFirst);
        payLateWithinQuarter(
                earliestFirst,
                dueCents * (collectedPercent - percent(plan.onTimeRate())) / 100,
                plan.quarter(),
                random);
    }

    /**
     * Takes the shortfall from the latest receivables: whole ones while they fit, the rest as one
     * short payment, so the amount not collected by quarter end is exact to the cent.
     */
    private void leaveUnpaid(
            List<Receivable> latestFirst,
            long shortfallCents,
            Quarter quarter,
            SplittableRandom random) {
        for (Receivable receivable : latestFirst) {
            if (shortfallCents == 0) {
                return;
            }
            long unpaid = Math.min(shortfallCents, receivable.dueCents());
            receivable.collectedCents -= unpaid;
            shortfallCents -= unpaid;
            if (receivable.collectedCents == 0) {
                payAfterQuarter(receivable, quarter, random);
            }
        }
    }

    /** Whole receivables, earliest first, paid after their due date but before quarter end. */
    private static void payLateWithinQuarter(
            List<Receivable> earliestFirst,
            long lateCents,
            Quarter quarter,
            SplittableRandom random) {
        LocalDate quarterEnd = quarter.end();
        for (Receivable receivable : earliestFirst) {
            boolean whollyPaid = receivable.collectedCents == receivable.dueCents();
            if (lateCents > 0
                    && whollyPaid
                    && receivable.due.isBefore(quarterEnd)
                    && receivable.dueCents() <= lateCents) {
                int daysLeft = (int) ChronoUnit.DAYS.between(receivable.due, quarterEnd);
                receivable.collectedDate =
                        receivable.due.plusDays(Draws.between(random, 1, Math.min(30, daysLeft)));
                lateCents -= receivable.dueCents();
            }
        }
    }

    /** Some unpaid receivables are paid late, after the quarter they were due in. */
    private void payAfterQuarter(Receivable receivable, Quarter quarter, SplittableRandom random) {
        LocalDate paid = quarter.end().plusDays(Draws.between(random, 5, 45));
        if (Draws.chance(random, 0.5) && !paid.isAfter(asOf)) {
            receivable.pay(receivable.dueCents(), paid);
        } else {
            receivable.pay(0, null);
        }
    }

    /** Before the generated quarters everything was settled; after them most is paid on time. */
    private void payOutsidePlannedQuarters(List<Receivable> due, SplittableRandom random) {
        for (Receivable receivable : due) {
            boolean settled =
                    receivable.due.isBefore(size.firstQuarter().start())
                            || (!receivable.due.isAfter(asOf) && Draws.chance(random, 0.9));
            receivable.pay(settled ? receivable.dueCents() : 0, onTimeDay(receivable, random));
        }
    }

    private static LocalDate onTimeDay(Receivable receivable, SplittableRandom random) {
        LocalDate paid = receivable.due.minusDays(Draws.between(random, 0, 20));
        return paid.isBefore(receivable.sale.signedDate()) ? receivable.sale.signedDate() : paid;
    }

    private void insert(Rep rep, Receivable receivable) {
        long id = batches.nextId(DemoTables.RECEIVABLE);
        batches.add(
                DemoTables.RECEIVABLE,
                id,
                String.format("AR%08d", id),
                receivable.sale.id(),
                rep.id(),
                BigDecimal.valueOf(receivable.dueCents(), 2),
                receivable.due,
                BigDecimal.valueOf(receivable.collectedCents, 2),
                receivable.collectedDate,
                imports.idOf("collections"));
    }

    private static int percent(BigDecimal rate) {
        return rate.movePointRight(2).intValueExact();
    }
}
