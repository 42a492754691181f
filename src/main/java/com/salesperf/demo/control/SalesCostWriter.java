package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Sales cost per team and quarter as a share of the team's sales. The share falls in 2023 enough
 * that absolute cost drops about 5 % while sales grow about 10 %, the company goal of the source.
 */
final class SalesCostWriter {

    private static final double COST_SHARE_2022 = 0.14;
    private static final double COST_SHARE_CHANGE = 0.95 / 1.10;

    private final RowBuffers batches;
    private final ImportBatches imports;
    private final DemoSize size;
    private final Organisation organisation;
    private final Map<Long, Map<Quarter, Long>> salesByTeam = new LinkedHashMap<>();

    SalesCostWriter(
            RowBuffers batches, ImportBatches imports, DemoSize size, Organisation organisation) {
        this.batches = batches;
        this.imports = imports;
        this.size = size;
        this.organisation = organisation;
    }

    void addRep(Rep rep, RepSales sales) {
        sales.amountByQuarter()
                .forEach(
                        (quarter, amount) ->
                                salesByTeam
                                        .computeIfAbsent(
                                                rep.teamAt(quarter.start()).id(),
                                                team -> new LinkedHashMap<>())
                                        .merge(quarter, amount, Long::sum));
    }

    void write(SplittableRandom random) {
        for (Team team : organisation.teams()) {
            Map<Quarter, Long> sales = salesByTeam.getOrDefault(team.id(), Map.of());
            for (Quarter quarter : size.quarters()) {
                double share =
                        COST_SHARE_2022
                                * Math.pow(COST_SHARE_CHANGE, quarter.year() - 2022)
                                * Draws.between(random, 0.93, 1.07);
                long amount = Math.round(sales.getOrDefault(quarter, 0L) * share);
                batches.add(
                        DemoTables.SALES_COST,
                        batches.nextId(DemoTables.SALES_COST),
                        team.id(),
                        quarter.code(),
                        BigDecimal.valueOf(amount).setScale(2),
                        imports.idOf("sales-costs"));
            }
        }
    }
}
