package com.salesperf.evaluation.boundary;

import com.salesperf.evaluation.control.CanonicalJson;
import com.salesperf.evaluation.entity.EvaluationResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REST form of results: the headline figures, then the stored canonical JSON unchanged (so a
 * client can recompute the SHA-256 of exactly that text).
 */
final class ResultsJson {

    private ResultsJson() {}

    static String of(List<EvaluationResult> results) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            EvaluationResult result = results.get(i);
            String head = CanonicalJson.write(headline(result));
            out.append(head, 0, head.length() - 1)
                    .append(",\"result\":")
                    .append(result.getResultJson())
                    .append('}');
        }
        return out.append(']').toString();
    }

    private static Map<String, Object> headline(EvaluationResult r) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("employeeNo", r.getEmployeeNo());
        head.put("repName", r.getRepName());
        head.put("evaluable", r.isEvaluable());
        head.put("notEvaluableReason", r.getNotEvaluableReason());
        head.put("totalScore", r.getTotalScore());
        head.put(
                "displayTotal",
                r.getDisplayTotal() == null ? null : r.getDisplayTotal().toPlainString());
        head.put("grade", r.getGrade());
        head.put("companyRank", r.getCompanyRank());
        head.put("regionRank", r.getRegionRank());
        head.put("teamRank", r.getTeamRank());
        head.put("tier", r.getTierCode());
        head.put("bonus", r.getBonus() == null ? null : r.getBonus().toPlainString());
        head.put("currency", r.getCurrency());
        head.put("flags", r.getFlagList());
        head.put("hash", r.getResultHash());
        return head;
    }
}
