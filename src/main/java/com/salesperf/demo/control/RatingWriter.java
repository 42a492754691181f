package com.salesperf.demo.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the quarter's TEAMWORK ratings: a self-assessment, the team manager's and two peers'.
 * Supervisor and peer scores are chosen around the planned teamwork value so that their mean is
 * exactly that value (three scores with one decimal summing to three times it).
 */
final class RatingWriter {

    static final String DIMENSION = "TEAMWORK";
    private static final BigDecimal TEN = BigDecimal.TEN;

    private final RowBuffers batches;
    private final ImportBatches imports;
    private final Organisation organisation;

    RatingWriter(RowBuffers batches, ImportBatches imports, Organisation organisation) {
        this.batches = batches;
        this.imports = imports;
        this.organisation = organisation;
    }

    void write(Rep rep, List<RepQuarterPlan> plans, SplittableRandom random) {
        for (RepQuarterPlan plan : plans) {
            Team team = rep.teamAt(plan.quarter().start());
            List<Rep> peers = peers(rep, team, random);
            BigDecimal teamwork = plan.teamwork();
            String period = plan.quarter().code();
            rating(rep, rep.id(), "SELF", period, clamp(teamwork.add(tenths(random, -5, 10))));
            if (peers.size() < 2) {
                rating(rep, team.managerId(), "SUPERVISOR", period, teamwork);
                continue;
            }
            BigDecimal supervisor = teamwork.add(tenths(random, -5, 5));
            BigDecimal firstPeer = teamwork.add(tenths(random, -5, 5));
            BigDecimal secondPeer =
                    teamwork.multiply(BigDecimal.valueOf(3))
                            .subtract(supervisor)
                            .subtract(firstPeer);
            if (!within(supervisor) || !within(firstPeer) || !within(secondPeer)) {
                supervisor = teamwork;
                firstPeer = teamwork;
                secondPeer = teamwork;
            }
            rating(rep, team.managerId(), "SUPERVISOR", period, supervisor);
            rating(rep, peers.get(0).id(), "PEER", period, firstPeer);
            rating(rep, peers.get(1).id(), "PEER", period, secondPeer);
        }
    }

    private List<Rep> peers(Rep rep, Team team, SplittableRandom random) {
        List<Rep> teammates = new ArrayList<>(organisation.membersOf(team));
        teammates.removeIf(teammate -> teammate.id() == rep.id());
        Draws.shuffle(random, teammates);
        return teammates.subList(0, Math.min(2, teammates.size()));
    }

    private void rating(Rep rated, long raterId, String role, String period, BigDecimal score) {
        long id = batches.nextId(DemoTables.RATING);
        batches.add(
                DemoTables.RATING,
                id,
                String.format("RT%08d", id),
                rated.id(),
                raterId,
                role,
                period,
                DIMENSION,
                score.setScale(2),
                imports.idOf("ratings"));
    }

    private static BigDecimal tenths(SplittableRandom random, int min, int max) {
        return BigDecimal.valueOf(Draws.between(random, min, max), 1);
    }

    private static boolean within(BigDecimal score) {
        return score.signum() >= 0 && score.compareTo(TEN) <= 0;
    }

    private static BigDecimal clamp(BigDecimal score) {
        return score.max(BigDecimal.ZERO).min(TEN);
    }
}
