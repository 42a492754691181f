package com.salesperf.evaluation.control;

import static com.salesperf.evaluation.control.TraceCode.RANKED;

import java.util.List;
import java.util.Objects;

/**
 * Everything computed for one rep in a run: score, ranks, incentive, and which definitions were
 * used. For a rep that is not evaluable, ranks and incentive are null.
 *
 * @param plan null when no plan was applied (scoring only)
 */
public record RepEvaluation(
        ScoreCard score,
        RepRanks ranks,
        Incentive incentive,
        DefinitionRef scheme,
        DefinitionRef plan) {

    public RepEvaluation {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(scheme, "scheme");
    }

    public String employeeNo() {
        return score.employeeNo();
    }

    public boolean evaluable() {
        return score.evaluable();
    }

    /** The whole explanation in order: scoring, ranking, then tier and bonus. */
    public Trace trace() {
        Trace trace = score.trace();
        if (ranks != null) {
            trace = trace.then(new Trace(List.of(rankedEntry())));
        }
        return incentive == null ? trace : trace.then(incentive.trace());
    }

    /** The canonical JSON of this result; byte-identical for identical inputs. */
    public String canonicalJson() {
        return CanonicalJson.write(ResultJson.of(this));
    }

    /** SHA-256 of {@link #canonicalJson()}: store it to detect any later change to the result. */
    public String sha256() {
        return Sha256.hex(canonicalJson());
    }

    private TraceEntry rankedEntry() {
        GroupRank region = ranks.region();
        GroupRank team = ranks.team();
        return TraceEntry.of(
                RANKED,
                "companyRank",
                ranks.company().rank(),
                "companySize",
                ranks.company().size(),
                "regionRank",
                region == null ? null : region.rank(),
                "regionSize",
                region == null ? null : region.size(),
                "teamRank",
                team == null ? null : team.rank(),
                "teamSize",
                team == null ? null : team.size());
    }
}
