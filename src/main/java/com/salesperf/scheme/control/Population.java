package com.salesperf.scheme.control;

import java.util.List;

/**
 * Who a scheme applies to: reps of the listed levels, in org units of the listed markets and team
 * stages. An empty list means no restriction on that attribute, so {@link #everyone()} is three
 * empty lists. This is the one place the rule is decided; the evaluation run and the what-if
 * preview both ask {@link #includes}.
 */
public record Population(List<String> levels, List<String> markets, List<String> stages) {

    public Population {
        levels = List.copyOf(levels);
        markets = List.copyOf(markets);
        stages = List.copyOf(stages);
    }

    public static Population everyone() {
        return new Population(List.of(), List.of(), List.of());
    }

    public static Population of(List<String> levels, List<String> markets, List<String> stages) {
        return new Population(levels, markets, stages);
    }

    /** Whether the rule restricts nothing. */
    public boolean isEveryone() {
        return levels.isEmpty() && markets.isEmpty() && stages.isEmpty();
    }

    /**
     * Whether a rep with this level, in a unit of this market and stage, is evaluated. A missing
     * value (a unit without a stage, say) passes only where the rule does not restrict it.
     */
    public boolean includes(String level, String market, String stage) {
        return admits(levels, level) && admits(markets, market) && admits(stages, stage);
    }

    public String levelsText() {
        return text(levels);
    }

    public String marketsText() {
        return text(markets);
    }

    public String stagesText() {
        return text(stages);
    }

    private static boolean admits(List<String> allowed, String value) {
        // List.copyOf lists refuse contains(null)
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }

    private static String text(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }
}
