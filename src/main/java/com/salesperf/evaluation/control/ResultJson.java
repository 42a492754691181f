package com.salesperf.evaluation.control;

import java.util.List;
import java.util.Map;

/** A rep's result as a JSON tree: every figure at full precision, and the trace. */
public final class ResultJson {

    private ResultJson() {}

    public static Map<String, Object> of(RepEvaluation result) {
        ScoreCard card = result.score();
        RepInput rep = card.rep();
        return Json.object(
                "employeeNo",
                rep.employeeNo(),
                "repName",
                rep.repName(),
                "regionCode",
                rep.regionCode(),
                "teamCode",
                rep.teamCode(),
                "baseBonus",
                rep.baseBonus(),
                "measures",
                rep.measures(),
                "scheme",
                definition(result.scheme()),
                "plan",
                definition(result.plan()),
                "evaluable",
                card.evaluable(),
                "notEvaluableReason",
                card.notEvaluableReason(),
                "completionRate",
                card.completionRate(),
                "totalScore",
                card.totalScore(),
                "displayTotal",
                card.displayTotal(),
                "grade",
                card.grade(),
                "indicators",
                card.indicators().stream().map(ResultJson::indicator).toList(),
                "ranks",
                ranks(result.ranks()),
                "incentive",
                incentive(result.incentive()),
                "trace",
                trace(result.trace()));
    }

    private static Map<String, Object> definition(DefinitionRef ref) {
        return ref == null
                ? null
                : Json.object(
                        "code",
                        ref.code(),
                        "version",
                        ref.version(),
                        "contentHash",
                        ref.contentHash());
    }

    private static Map<String, Object> indicator(IndicatorScore score) {
        return Json.object(
                "indicatorCode",
                score.indicatorCode(),
                "category",
                score.category(),
                "kind",
                score.kind(),
                "formula",
                score.formula(),
                "measures",
                score.measures(),
                "value",
                score.value(),
                "band",
                DefinitionJson.band(score.band()),
                "score",
                score.score(),
                "weight",
                score.weight(),
                "effectiveWeight",
                score.effectiveWeight(),
                "contribution",
                score.contribution(),
                "outcome",
                score.outcome(),
                "distanceToNextBand",
                distance(score.distanceToNextBand()));
    }

    private static Map<String, Object> distance(DistanceToNextBand distance) {
        if (distance == null) {
            return null;
        }
        return Json.object(
                "direction",
                distance.direction(),
                "boundary",
                distance.boundary(),
                "boundaryIncluded",
                distance.boundaryIncluded(),
                "distance",
                distance.distance(),
                "nextScore",
                distance.nextScore());
    }

    private static Map<String, Object> ranks(RepRanks ranks) {
        if (ranks == null) {
            return null;
        }
        return Json.object(
                "company",
                group(ranks.company()),
                "region",
                group(ranks.region()),
                "team",
                group(ranks.team()));
    }

    private static Map<String, Object> group(GroupRank rank) {
        return rank == null ? null : Json.object("rank", rank.rank(), "size", rank.size());
    }

    private static Map<String, Object> incentive(Incentive incentive) {
        if (incentive == null) {
            return null;
        }
        return Json.object(
                "completionRate",
                incentive.completionRate(),
                "previousCompletionRate",
                incentive.previousCompletionRate(),
                "tier",
                incentive.tierCode(),
                "coefficient",
                incentive.coefficient(),
                "modifierFactor",
                incentive.modifierFactor(),
                "tierPart",
                incentive.tierPart(),
                "commission",
                incentive.commission(),
                "bonus",
                incentive.bonus(),
                "currency",
                incentive.currency(),
                "requiresImprovementPlan",
                incentive.requiresImprovementPlan());
    }

    private static List<Map<String, Object>> trace(Trace trace) {
        return trace.entries().stream()
                .map(e -> Json.object("code", e.code(), "params", e.params()))
                .toList();
    }
}
