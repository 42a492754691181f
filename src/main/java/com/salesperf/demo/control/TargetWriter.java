package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sales targets per month, quarter and year and new-customer targets per quarter, for every rep
 * and, as sums of their reps, for every team, region and the company. A quarter is the sum of its
 * months and a year the sum of its quarters; a rep counts towards the team it was in when the
 * period started. Annual targets exist only for years whose four quarters are generated.
 */
final class TargetWriter {

    static final String SALES = "sales";
    static final String NEW_CUSTOMERS = "newCustomers";

    private final RowBuffers batches;
    private final ImportBatches imports;
    private final Map<String, Long> periodIds;
    private final DemoSize size;
    private final Organisation organisation;
    private final Map<String, UnitTarget> unitTargets = new LinkedHashMap<>();

    /** A team, region or company target being summed up from its reps. */
    private static final class UnitTarget {
        final String scope;
        final String code;
        final long unitId;
        final String period;
        final String measure;
        long value;

        UnitTarget(String scope, String code, long unitId, String period, String measure) {
            this.scope = scope;
            this.code = code;
            this.unitId = unitId;
            this.period = period;
            this.measure = measure;
        }
    }

    TargetWriter(
            RowBuffers batches,
            ImportBatches imports,
            Map<String, Long> periodIds,
            DemoSize size,
            Organisation organisation) {
        this.batches = batches;
        this.imports = imports;
        this.periodIds = periodIds;
        this.size = size;
        this.organisation = organisation;
    }

    void writeRep(Rep rep, List<RepQuarterPlan> plans) {
        Map<Integer, Long> years = new LinkedHashMap<>();
        for (RepQuarterPlan plan : plans) {
            Quarter quarter = plan.quarter();
            Team team = rep.teamAt(quarter.start());
            for (int month = 0; month < 3; month++) {
                repTarget(
                        rep,
                        quarter.month(month).toString(),
                        SALES,
                        plan.monthTargets()[month],
                        team);
            }
            repTarget(rep, quarter.code(), SALES, plan.quarterTarget(), team);
            repTarget(rep, quarter.code(), NEW_CUSTOMERS, plan.newCustomerTarget(), team);
            if (fullYearGenerated(quarter.year())) {
                years.merge(quarter.year(), plan.quarterTarget(), Long::sum);
                addToUnits(team, String.valueOf(quarter.year()), SALES, plan.quarterTarget());
            }
        }
        years.forEach(
                (year, value) ->
                        insert(
                                String.valueOf(year),
                                "REP",
                                rep.employeeNo(),
                                rep.id(),
                                null,
                                SALES,
                                value,
                                true));
    }

    /** Writes the summed team, region and company targets once every rep is written. */
    void writeUnits() {
        for (UnitTarget target : unitTargets.values()) {
            insert(
                    target.period,
                    target.scope,
                    target.code,
                    null,
                    target.unitId,
                    target.measure,
                    target.value,
                    false);
        }
    }

    private void repTarget(Rep rep, String period, String measure, long value, Team team) {
        insert(period, "REP", rep.employeeNo(), rep.id(), null, measure, value, true);
        addToUnits(team, period, measure, value);
    }

    private void addToUnits(Team team, String period, String measure, long value) {
        Region region = team.region();
        add("TEAM", team.code(), team.id(), period, measure, value);
        add("REGION", region.profile().code(), region.id(), period, measure, value);
        add("COMPANY", "HQ", organisation.companyId(), period, measure, value);
    }

    private void add(
            String scope, String code, long unitId, String period, String measure, long value) {
        unitTargets.computeIfAbsent(
                                scope + '|' + code + '|' + period + '|' + measure,
                                key -> new UnitTarget(scope, code, unitId, period, measure))
                        .value +=
                value;
    }

    private boolean fullYearGenerated(int year) {
        return size.quarters().containsAll(new Quarter(year, 1).andFollowing(4));
    }

    private void insert(
            String period,
            String scope,
            String code,
            Long employeeId,
            Long unitId,
            String measure,
            long value,
            boolean acknowledged) {
        LocalDateTime updated = periodStart(period).minusDays(15).atTime(10, 0);
        batches.add(
                DemoTables.TARGET,
                batches.nextId(DemoTables.TARGET),
                periodIds.get(period),
                scope,
                code,
                employeeId,
                unitId,
                measure,
                BigDecimal.valueOf(value).setScale(4),
                acknowledged ? updated.plusDays(2).withHour(9).withMinute(30) : null,
                updated,
                ImportBatches.IMPORTED_BY,
                imports.idOf("targets"));
    }

    private static LocalDate periodStart(String code) {
        if (code.length() == 4) {
            return LocalDate.of(Integer.parseInt(code), 1, 1);
        }
        return code.charAt(4) == 'Q' ? Quarter.parse(code).start() : YearMonth.parse(code).atDay(1);
    }
}
