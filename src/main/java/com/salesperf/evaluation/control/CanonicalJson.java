package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tiny deterministic JSON writer: the same value always gives the same characters, so a hash of
 * the text identifies the content.
 *
 * <ul>
 *   <li>Objects ({@link Map} with String keys): keys sorted by {@link String#compareTo} (UTF-16
 *       code units, as in RFC 8785); no whitespace anywhere.
 *   <li>Lists: in their given order. Sets are refused: their order is not defined.
 *   <li>{@link BigDecimal}: {@code stripTrailingZeros().toPlainString()} written as a JSON number,
 *       so 80, 80.0 and 8E+1 are all {@code 80} (equal values must hash alike) and there is never
 *       an exponent. Readers must parse these as decimals (e.g. JSON-P {@code
 *       JsonNumber.bigDecimalValue()}), not as doubles.
 *   <li>Integer, Long, BigInteger, Boolean, null; enums as their name.
 *   <li>Strings escaped per RFC 8259: quote, backslash and control characters; lone surrogates as
 *       \\uXXXX so the output is always valid UTF-8; everything else as is.
 *   <li>Double and Float are refused: binary floating point has no place in money or scores.
 * </ul>
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    public static String write(Object value) {
        return write(value, 64);
    }

    /**
     * @param expectedLength about how long the text will be: a large text written often (a rep's
     *     result, some 9 KB) is then not copied again and again as it grows
     */
    public static String write(Object value, int expectedLength) {
        StringBuilder out = new StringBuilder(expectedLength);
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof BigDecimal number) {
            out.append(Decimals.plain(number));
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof BigInteger
                || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Enum<?> constant) {
            string(out, constant.name());
        } else if (value instanceof Map<?, ?> map) {
            object(out, map);
        } else if (value instanceof List<?> list) {
            array(out, list);
        } else {
            throw new IllegalArgumentException(
                    "no canonical JSON for " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : inKeyOrder(map).entrySet()) {
            out.append(first ? "" : ",");
            string(out, requireStringKey(entry.getKey()));
            out.append(':');
            append(out, entry.getValue());
            first = false;
        }
        out.append('}');
    }

    /** A tree map in natural order (String keys compare by UTF-16 code units) is used as it is. */
    private static Map<?, ?> inKeyOrder(Map<?, ?> map) {
        if (map instanceof TreeMap<?, ?> tree && tree.comparator() == null) {
            return map;
        }
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> sorted.put(requireStringKey(key), value));
        return sorted;
    }

    private static String requireStringKey(Object key) {
        if (key instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("JSON object keys must be strings, not " + key);
    }

    private static void array(StringBuilder out, List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "" : ",");
            append(out, list.get(i));
        }
        out.append(']');
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        int plain = plainPrefix(text);
        if (plain == text.length()) {
            // Appending a whole String copies arrays; a range of a CharSequence goes char by char.
            out.append(text).append('"');
            return;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> character(out, text, i, c);
            }
        }
        out.append('"');
    }

    /**
     * The length of the leading part that needs no escaping (most keys and values are all of it),
     * so it can be copied in one go; surrogates end it, as they need a look at their neighbours.
     */
    private static int plainPrefix(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return i;
            }
        }
        return text.length();
    }

    private static void character(StringBuilder out, String text, int i, char c) {
        if (c < 0x20 || isLoneSurrogate(text, i, c)) {
            out.append(String.format("\\u%04x", (int) c));
        } else {
            out.append(c);
        }
    }

    private static boolean isLoneSurrogate(String text, int i, char c) {
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c)
                && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
