package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.control.CanonicalJson;
import com.salesperf.evaluation.control.RepEvaluation;
import com.salesperf.evaluation.control.ResultJson;
import com.salesperf.evaluation.control.Sha256;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A result as stored: the canonical JSON (the engine's result, the flags and the run's trace
 * context) in UTF-8, its SHA-256, and the figures copied out for lists.
 *
 * @param json the canonical text's UTF-8 bytes: the form it is hashed in and sent to the database
 *     in, so a text with a Chinese name in it is never held (or encoded) as UTF-16
 */
public record ResultRow(
        int seq,
        long employeeId,
        RepEvaluation evaluation,
        List<String> flags,
        byte[] json,
        String hash) {

    /** About the UTF-8 length of a result's text (some 9 KB with the default scheme), plus room. */
    private static final int EXPECTED_TEXT_LENGTH = 12_288;

    /**
     * @param context what the run adds to every result's trace: period, version ids, import
     *     batches, engine version
     */
    public static ResultRow of(
            int seq,
            long employeeId,
            RepEvaluation evaluation,
            List<String> flags,
            Map<String, Object> context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("result", ResultJson.of(evaluation));
        json.put("flags", flags);
        json.put("run", context);
        byte[] text = CanonicalJson.utf8(json, EXPECTED_TEXT_LENGTH);
        return new ResultRow(seq, employeeId, evaluation, flags, text, Sha256.hex(text));
    }

    public String flagText() {
        return String.join(",", flags);
    }
}
