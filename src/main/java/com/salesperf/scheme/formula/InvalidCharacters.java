package com.salesperf.scheme.formula;

import java.util.Map;

/** Helpful explanations for characters people (or attackers) try that the language lacks. */
final class InvalidCharacters {

    private static final String TEMPLATE =
            "expression-language and template syntax is not part of the formula language";

    private static final Map<String, String> REASONS =
            Map.ofEntries(
                    Map.entry(
                            ".",
                            "member access and method calls are not part of the formula language"),
                    Map.entry("\"", "text literals are not part of the formula language"),
                    Map.entry("'", "text literals are not part of the formula language"),
                    Map.entry("$", TEMPLATE),
                    Map.entry("#", TEMPLATE),
                    Map.entry("{", TEMPLATE),
                    Map.entry("}", TEMPLATE),
                    Map.entry("[", "indexing is not part of the formula language"),
                    Map.entry("]", "indexing is not part of the formula language"),
                    Map.entry(";", "a formula is a single expression"),
                    Map.entry("=", "use '==' to compare"),
                    Map.entry("&", "use 'and' or '&&'"),
                    Map.entry("|", "use 'or' or '||'"));

    private InvalidCharacters() {}

    static String reason(String character) {
        return REASONS.getOrDefault(
                character, "this character is not part of the formula language");
    }
}
