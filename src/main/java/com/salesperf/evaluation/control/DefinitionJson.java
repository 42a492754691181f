package com.salesperf.evaluation.control;

import com.salesperf.scheme.control.Accelerator;
import com.salesperf.scheme.control.Band;
import com.salesperf.scheme.control.CommissionRule;
import com.salesperf.scheme.control.GradeBand;
import com.salesperf.scheme.control.IndicatorDefinition;
import com.salesperf.scheme.control.PayoutModifier;
import com.salesperf.scheme.control.PlanDefinition;
import com.salesperf.scheme.control.SchemeDefinition;
import com.salesperf.scheme.control.TierDefinition;
import java.util.List;
import java.util.Map;

/** Schemes and plans as JSON trees, every field included, for canonical text and content hashes. */
public final class DefinitionJson {

    private DefinitionJson() {}

    public static Map<String, Object> of(SchemeDefinition scheme) {
        return Json.object(
                "code",
                scheme.code(),
                "version",
                scheme.version(),
                "nameZh",
                scheme.nameZh(),
                "nameEn",
                scheme.nameEn(),
                "periodType",
                scheme.periodType(),
                "indicators",
                scheme.indicators().stream().map(DefinitionJson::indicator).toList(),
                "gradeBands",
                scheme.gradeBands().stream().map(DefinitionJson::grade).toList());
    }

    public static Map<String, Object> of(PlanDefinition plan) {
        return Json.object(
                "code",
                plan.code(),
                "version",
                plan.version(),
                "nameZh",
                plan.nameZh(),
                "nameEn",
                plan.nameEn(),
                "currency",
                plan.currency(),
                "tiers",
                plan.tiers().stream().map(DefinitionJson::tier).toList(),
                "modifiers",
                plan.modifiers().stream().map(DefinitionJson::modifier).toList(),
                "commission",
                commission(plan.commission()),
                "bonusBudget",
                plan.bonusBudget());
    }

    static Map<String, Object> band(Band band) {
        if (band == null) {
            return null;
        }
        return Json.object(
                "lower",
                band.lower(),
                "lowerInclusive",
                band.lowerInclusive(),
                "upper",
                band.upper(),
                "upperInclusive",
                band.upperInclusive(),
                "score",
                band.score(),
                "adminChoice",
                band.adminChoice(),
                "note",
                band.note());
    }

    private static Map<String, Object> indicator(IndicatorDefinition indicator) {
        return Json.object(
                "code",
                indicator.code(),
                "nameZh",
                indicator.nameZh(),
                "nameEn",
                indicator.nameEn(),
                "category",
                indicator.category(),
                "kind",
                indicator.kind(),
                "definition",
                indicator.definition(),
                "formula",
                indicator.formula(),
                "unit",
                indicator.unit(),
                "weight",
                indicator.weight(),
                "bands",
                indicator.bands().stream().map(DefinitionJson::band).toList(),
                "divisionByZeroRule",
                indicator.divisionByZeroRule(),
                "noDataRule",
                Json.object(
                        "action",
                        indicator.noDataRule().action(),
                        "fixedScore",
                        indicator.noDataRule().fixedScore()));
    }

    private static Map<String, Object> grade(GradeBand grade) {
        return Json.object("grade", grade.grade(), "minInclusive", grade.minInclusive());
    }

    private static Map<String, Object> tier(TierDefinition tier) {
        return Json.object(
                "code",
                tier.code(),
                "nameZh",
                tier.nameZh(),
                "nameEn",
                tier.nameEn(),
                "rank",
                tier.rank(),
                "completionFrom",
                tier.completionFrom(),
                "completionTo",
                tier.completionTo(),
                "minImprovementPoints",
                tier.minImprovementPoints(),
                "regionTopPercent",
                tier.regionTopPercent(),
                "coefficient",
                tier.coefficient(),
                "awardZh",
                tier.awardZh(),
                "awardEn",
                tier.awardEn(),
                "requiresImprovementPlan",
                tier.requiresImprovementPlan(),
                "adminChoice",
                tier.adminChoice());
    }

    private static Map<String, Object> modifier(PayoutModifier modifier) {
        return Json.object(
                "measure",
                modifier.measure(),
                "comparison",
                modifier.comparison(),
                "threshold",
                modifier.threshold(),
                "factor",
                modifier.factor());
    }

    private static Map<String, Object> commission(CommissionRule rule) {
        List<Map<String, Object>> accelerators =
                rule.accelerators().stream().map(DefinitionJson::accelerator).toList();
        return Json.object("rate", rule.rate(), "accelerators", accelerators);
    }

    private static Map<String, Object> accelerator(Accelerator accelerator) {
        return Json.object(
                "completionFrom",
                accelerator.completionFrom(),
                "rateMultiplier",
                accelerator.rateMultiplier());
    }
}
