package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Writes the org tree, its people and their dated assignments. A rep's row names the current unit
 * and manager; the assignment history says where the rep was before a move.
 */
final class OrganisationWriter {

    private final RowBuffers batches;

    OrganisationWriter(RowBuffers batches) {
        this.batches = batches;
    }

    void write(Organisation organisation) {
        writeUnits(organisation);
        for (Manager manager : organisation.managers()) {
            employee(
                    manager.id(),
                    manager.employeeNo(),
                    manager.name(),
                    "SALES_MANAGER",
                    manager.orgUnitId(),
                    manager.managerId(),
                    "SENIOR",
                    manager.hireDate(),
                    true,
                    manager.quarterBonus());
            assignment(manager.id(), manager.orgUnitId(), manager.hireDate(), null);
        }
        for (Rep rep : organisation.reps()) {
            employee(
                    rep.id(),
                    rep.employeeNo(),
                    rep.name(),
                    "SALES_REP",
                    rep.team().id(),
                    rep.team().managerId(),
                    rep.level(),
                    rep.hireDate(),
                    rep.active(),
                    rep.quarterBonus());
            writeAssignments(rep);
        }
    }

    private void writeUnits(Organisation organisation) {
        batches.add(
                DemoTables.ORG_UNIT,
                organisation.companyId(),
                "HQ",
                "总公司",
                "Headquarters",
                null,
                "COMPANY",
                null,
                null);
        for (Region region : organisation.regions()) {
            RegionProfile profile = region.profile();
            batches.add(
                    DemoTables.ORG_UNIT,
                    region.id(),
                    profile.code(),
                    profile.nameZh(),
                    profile.nameEn(),
                    organisation.companyId(),
                    "REGION",
                    profile.market(),
                    null);
        }
        for (Team team : organisation.teams()) {
            RegionProfile profile = team.region().profile();
            String number = team.code().substring(team.code().lastIndexOf('-') + 1);
            batches.add(
                    DemoTables.ORG_UNIT,
                    team.id(),
                    team.code(),
                    profile.nameZh() + "销售" + chineseOrdinal(Integer.parseInt(number)) + "组",
                    profile.nameEn() + " Team " + number,
                    team.region().id(),
                    "TEAM",
                    profile.market(),
                    team.stage());
        }
    }

    private void writeAssignments(Rep rep) {
        if (rep.formerTeam() != null) {
            assignment(rep.id(), rep.formerTeam().id(), rep.hireDate(), rep.movedOn());
            assignment(rep.id(), rep.team().id(), rep.movedOn(), rep.leftOn());
        } else {
            assignment(rep.id(), rep.team().id(), rep.hireDate(), rep.leftOn());
        }
    }

    private void employee(
            long id,
            String number,
            String name,
            String position,
            long unitId,
            Long managerId,
            String level,
            LocalDate hired,
            boolean active,
            BigDecimal quarterBonus) {
        BigDecimal month =
                quarterBonus
                        .divide(BigDecimal.valueOf(30), 0, RoundingMode.HALF_UP)
                        .multiply(BigDecimal.TEN)
                        .setScale(2);
        batches.add(
                DemoTables.EMPLOYEE,
                id,
                number,
                name,
                position,
                unitId,
                managerId,
                level,
                hired,
                active,
                month,
                quarterBonus,
                quarterBonus.multiply(BigDecimal.valueOf(2)),
                quarterBonus.multiply(BigDecimal.valueOf(4)));
    }

    private void assignment(long employeeId, long unitId, LocalDate from, LocalDate to) {
        batches.add(
                DemoTables.ASSIGNMENT,
                batches.nextId(DemoTables.ASSIGNMENT),
                employeeId,
                unitId,
                from,
                to);
    }

    /** 一 … 十 for the demo's small regions; plain digits beyond (benchmark sizes). */
    private static String chineseOrdinal(int number) {
        String digits = "一二三四五六七八九十";
        return number <= digits.length()
                ? String.valueOf(digits.charAt(number - 1))
                : " " + number + " ";
    }
}
