package com.salesperf.evaluation.batch;

import com.salesperf.evaluation.control.RepInput;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rep's input as text between the steps of the job: one {@code name=value} a line, measures as
 * {@code m.name=value}, decimals as plain strings so the scorer sees exactly what the aggregation
 * produced. Plain text, not JSON, keeps this free of a JSON-P runtime.
 */
public final class InputText {

    private static final String MEASURE = "m.";

    private InputText() {}

    public static String write(RepInput rep) {
        StringBuilder out = new StringBuilder();
        line(out, "employeeNo", rep.employeeNo());
        line(out, "repName", rep.repName());
        line(out, "regionCode", rep.regionCode());
        line(out, "teamCode", rep.teamCode());
        line(out, "baseBonus", plain(rep.baseBonus()));
        rep.measures().forEach((name, value) -> line(out, MEASURE + name, plain(value)));
        return out.toString();
    }

    public static RepInput read(String text) {
        Map<String, String> fields = new TreeMap<>();
        Map<String, BigDecimal> measures = new TreeMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = line.substring(0, eq);
            String value = unescape(line.substring(eq + 1));
            if (name.startsWith(MEASURE)) {
                measures.put(name.substring(MEASURE.length()), new BigDecimal(value));
            } else {
                fields.put(name, value);
            }
        }
        String bonus = fields.get("baseBonus");
        return new RepInput(
                fields.get("employeeNo"),
                fields.get("repName"),
                fields.get("regionCode"),
                fields.get("teamCode"),
                bonus == null ? null : new BigDecimal(bonus),
                measures);
    }

    // An absent line means null.
    private static void line(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(name).append('=').append(escape(value)).append('\n');
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
