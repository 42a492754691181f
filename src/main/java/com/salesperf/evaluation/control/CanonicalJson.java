package com.salesperf.evaluation.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        return new String(utf8(value, 64), StandardCharsets.UTF_8);
    }

    /**
     * The canonical text as UTF-8, the form it is hashed and stored in: written as bytes from the
     * start, a text with a single character beyond Latin-1 (a rep's Chinese name) is never held as
     * UTF-16 and never encoded again.
     *
     * @param expectedLength about how many bytes the text will take: a large text written often (a
     *     rep's result, some 9 KB) is then not copied again and again as it grows
     */
    public static byte[] utf8(Object value, int expectedLength) {
        Utf8Buffer out = new Utf8Buffer(expectedLength);
        append(out, value);
        return out.toByteArray();
    }

    private static void append(Utf8Buffer out, Object value) {
        if (value == null) {
            out.ascii("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof BigDecimal number) {
            out.ascii(Decimals.plain(number));
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof BigInteger
                || value instanceof Boolean) {
            out.ascii(value.toString());
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

    private static void object(Utf8Buffer out, Map<?, ?> map) {
        out.ascii('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : inKeyOrder(map).entrySet()) {
            if (!first) {
                out.ascii(',');
            }
            string(out, requireStringKey(entry.getKey()));
            out.ascii(':');
            append(out, entry.getValue());
            first = false;
        }
        out.ascii('}');
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

    private static void array(Utf8Buffer out, List<?> list) {
        out.ascii('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.ascii(',');
            }
            append(out, list.get(i));
        }
        out.ascii(']');
    }

    private static void string(Utf8Buffer out, String text) {
        out.ascii('"');
        int i = out.plainAscii(text, 0);
        while (i < text.length()) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.ascii("\\\"");
                case '\\' -> out.ascii("\\\\");
                case '\b' -> out.ascii("\\b");
                case '\f' -> out.ascii("\\f");
                case '\n' -> out.ascii("\\n");
                case '\r' -> out.ascii("\\r");
                case '\t' -> out.ascii("\\t");
                default -> i = nonAscii(out, text, i, c);
            }
            i = out.plainAscii(text, i + 1);
        }
        out.ascii('"');
    }

    /**
     * Control characters and lone surrogates as {@code \\uXXXX}, a surrogate pair as its code
     * point, anything else as its character.
     *
     * @return the index of the last char used (the low surrogate of a pair)
     */
    private static int nonAscii(Utf8Buffer out, String text, int i, char c) {
        if (Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.codePoint(Character.toCodePoint(c, text.charAt(i + 1)));
            return i + 1;
        }
        if (c < 0x20 || Character.isSurrogate(c)) {
            out.ascii(String.format("\\u%04x", (int) c));
        } else {
            out.codePoint(c);
        }
        return i;
    }

    /** A growing byte array that characters are written to in UTF-8. */
    private static final class Utf8Buffer {
        private byte[] bytes;
        private int length;

        Utf8Buffer(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        void ascii(char c) {
            room(1);
            bytes[length++] = (byte) c;
        }

        /** Text known to be ASCII: numbers, literals, escapes. */
        void ascii(String text) {
            int n = text.length();
            room(n);
            for (int i = 0; i < n; i++) {
                bytes[length++] = (byte) text.charAt(i);
            }
        }

        /**
         * Copies the text from {@code from} up to the first character that is not printable ASCII
         * or needs escaping (most keys and values are all of it).
         *
         * @return the index of that character, or the text's length
         */
        int plainAscii(String text, int from) {
            int n = text.length();
            room(n - from);
            byte[] out = bytes;
            int at = length;
            int i = from;
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                    break;
                }
                out[at++] = (byte) c;
            }
            length = at;
            return i;
        }

        void codePoint(int c) {
            room(4);
            if (c < 0x800) {
                bytes[length++] = (byte) (0xC0 | (c >> 6));
            } else if (c < 0x10000) {
                bytes[length++] = (byte) (0xE0 | (c >> 12));
                bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            } else {
                bytes[length++] = (byte) (0xF0 | (c >> 18));
                bytes[length++] = (byte) (0x80 | ((c >> 12) & 0x3F));
                bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            }
            bytes[length++] = (byte) (0x80 | (c & 0x3F));
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
