package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lays out the org tree and its people in memory, with ids taken from the table writers so the rows
 * can be written afterwards in one pass. Reps are dealt round-robin over the regions and then over
 * the teams of a region, which puts S001–S003 into EAST-1, NORTH-1 and SOUTH-1.
 */
final class OrganisationBuilder {

    /** Mid-2023 reorganisation: a few reps change team, two leave. */
    static final LocalDate REORGANISATION_DAY = LocalDate.of(2023, 7, 1);

    private static final int REPS_PER_TEAM = 17;
    private static final int MIN_TEAMS_PER_REGION = 3;
    private static final int[] MOVING_REPS = {9, 49, 119};
    private static final int LEAVING_REPS = 2;
    private static final LocalDate FIRST_HIRE = LocalDate.of(2012, 1, 1);
    private static final LocalDate LAST_VETERAN_HIRE = LocalDate.of(2021, 12, 31);
    private static final LocalDate LAST_HIRE = LocalDate.of(2023, 8, 31);

    private final RowBuffers batches;
    private final SplittableRandom random;
    private final ChineseNames names = new ChineseNames();
    private final List<Manager> managers = new ArrayList<>();

    OrganisationBuilder(RowBuffers batches, SplittableRandom random) {
        this.batches = batches;
        this.random = random;
        ShowcaseReps.all().forEach(showcase -> names.reserve(showcase.name()));
    }

    Organisation build(DemoSize size) {
        long companyId = batches.nextId(DemoTables.ORG_UNIT);
        List<Region> regions = regions();
        int teamsPerRegion =
                Math.max(
                        MIN_TEAMS_PER_REGION,
                        (int)
                                Math.ceil(
                                        size.reps()
                                                / (double)
                                                        (RegionProfile.values().length
                                                                * REPS_PER_TEAM)));
        List<Team> teams = teams(regions, teamsPerRegion);
        List<Rep> reps = new ArrayList<>(size.reps());
        for (int index = 0; index < size.reps(); index++) {
            reps.add(rep(index, size.reps(), teams, teamsPerRegion));
        }
        return Organisation.of(companyId, regions, teams, managers, reps);
    }

    private List<Region> regions() {
        List<Region> regions = new ArrayList<>();
        for (RegionProfile profile : RegionProfile.values()) {
            long unitId = batches.nextId(DemoTables.ORG_UNIT);
            Manager head = manager(unitId, null);
            regions.add(new Region(profile, unitId, head.id()));
        }
        return regions;
    }

    private List<Team> teams(List<Region> regions, int teamsPerRegion) {
        List<Team> teams = new ArrayList<>();
        for (Region region : regions) {
            for (int slot = 0; slot < teamsPerRegion; slot++) {
                long unitId = batches.nextId(DemoTables.ORG_UNIT);
                Manager lead = manager(unitId, region.managerId());
                teams.add(
                        new Team(
                                teams.size(),
                                unitId,
                                region.profile().code() + "-" + (slot + 1),
                                region,
                                region.profile().teamStage(slot),
                                lead.id()));
            }
        }
        return teams;
    }

    private Manager manager(long unitId, Long bossId) {
        Manager manager =
                new Manager(
                        batches.nextId(DemoTables.EMPLOYEE),
                        String.format("M%03d", managers.size() + 1),
                        names.person(random),
                        unitId,
                        bossId,
                        Draws.dayBetween(
                                random, LocalDate.of(2009, 1, 1), LocalDate.of(2016, 12, 31)),
                        BigDecimal.valueOf(Draws.between(random, 30, 40) * 500L).setScale(2));
        managers.add(manager);
        return manager;
    }

    private Rep rep(int index, int repCount, List<Team> teams, int teamsPerRegion) {
        int regionCount = RegionProfile.values().length;
        int regionIndex = index % regionCount;
        Team team =
                teams.get(regionIndex * teamsPerRegion + (index / regionCount) % teamsPerRegion);
        long id = batches.nextId(DemoTables.EMPLOYEE);
        if (index < Rep.SHOWCASE_REPS) {
            ShowcaseRep showcase = ShowcaseReps.byIndex(index);
            return new Rep(
                    index,
                    id,
                    showcase.employeeNo(),
                    showcase.name(),
                    showcase.level(),
                    showcase.hireDate(),
                    showcase.quarterBonus(),
                    team,
                    null,
                    null,
                    null);
        }
        boolean moves = isMover(index);
        boolean leaves = index >= repCount - LEAVING_REPS;
        boolean veteran = moves || leaves || Draws.chance(random, 0.88);
        LocalDate hired =
                veteran
                        ? Draws.dayBetween(random, FIRST_HIRE, LAST_VETERAN_HIRE)
                        : Draws.dayBetween(random, LAST_VETERAN_HIRE.plusDays(1), LAST_HIRE);
        String level = level(hired);
        Team newTeam = moves ? destination(team, index, teams, teamsPerRegion) : team;
        return new Rep(
                index,
                id,
                String.format("S%03d", index + 1),
                names.person(random),
                level,
                hired,
                quarterBonus(level),
                newTeam,
                moves ? team : null,
                moves ? REORGANISATION_DAY : null,
                leaves ? REORGANISATION_DAY : null);
    }

    private static boolean isMover(int index) {
        for (int mover : MOVING_REPS) {
            if (mover == index) {
                return true;
            }
        }
        return false;
    }

    /** The first movers stay in their region; the last one moves to the next region. */
    private static Team destination(Team from, int index, List<Team> teams, int teamsPerRegion) {
        int regionIndex = from.index() / teamsPerRegion;
        int slot = from.index() % teamsPerRegion;
        boolean crossRegion = index == MOVING_REPS[MOVING_REPS.length - 1];
        int target =
                crossRegion
                        ? ((regionIndex + 1) % RegionProfile.values().length) * teamsPerRegion
                        : regionIndex * teamsPerRegion + (slot + 1) % teamsPerRegion;
        return teams.get(target);
    }

    private String level(LocalDate hired) {
        long years = hired.until(REORGANISATION_DAY).toTotalMonths() / 12;
        double senior = years >= 6 ? 0.7 : years >= 3 ? 0.15 : 0.0;
        double junior = years < 3 ? 0.8 : years < 6 ? 0.15 : 0.0;
        double draw = random.nextDouble();
        return draw < senior ? "SENIOR" : draw < senior + junior ? "JUNIOR" : "INTERMEDIATE";
    }

    /** Quarterly base bonus by level, in steps of 500: 6,000–15,000. */
    private BigDecimal quarterBonus(String level) {
        int[] range =
                switch (level) {
                    case "JUNIOR" -> new int[] {12, 16};
                    case "INTERMEDIATE" -> new int[] {16, 22};
                    default -> new int[] {22, 30};
                };
        return BigDecimal.valueOf(Draws.between(random, range[0], range[1]) * 500L).setScale(2);
    }
}
