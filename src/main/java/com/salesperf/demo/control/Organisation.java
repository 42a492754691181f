package com.salesperf.demo.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The generated org tree and its people, as the fact generators need them. */
record Organisation(
        long companyId,
        List<Region> regions,
        List<Team> teams,
        List<Manager> managers,
        List<Rep> reps,
        Map<Integer, List<Rep>> repsByTeamIndex) {

    static Organisation of(
            long companyId,
            List<Region> regions,
            List<Team> teams,
            List<Manager> managers,
            List<Rep> reps) {
        Map<Integer, List<Rep>> byTeam = new java.util.LinkedHashMap<>();
        for (Rep rep : reps) {
            byTeam.computeIfAbsent(rep.team().index(), index -> new ArrayList<>()).add(rep);
        }
        return new Organisation(companyId, regions, teams, managers, reps, byTeam);
    }

    /** Current members of a team (rating peers come from here). */
    List<Rep> membersOf(Team team) {
        return repsByTeamIndex.getOrDefault(team.index(), List.of());
    }
}
