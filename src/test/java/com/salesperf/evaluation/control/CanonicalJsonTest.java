package com.salesperf.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAndThereIsNoWhitespace() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", List.of(true, false));
        map.put("B", null);
        map.put("aa", Map.of("z", "y", "x", "w"));
        assertThat(CanonicalJson.write(map))
                .isEqualTo(
                        "{\"B\":null,\"a\":[true,false],\"aa\":{\"x\":\"w\",\"z\":\"y\"},\"b\":1}");
    }

    @Test
    void keysSortByUtf16CodeUnits() {
        Map<String, Object> map = new HashMap<>();
        map.put("é", 1);
        map.put("z", 2);
        map.put("Z", 3);
        map.put("\uD83D\uDE00", 4);
        map.put("\uFF21", 5);
        assertThat(CanonicalJson.write(map))
                .isEqualTo("{\"Z\":3,\"z\":2,\"é\":1,\"\uD83D\uDE00\":4,\"\uFF21\":5}");
    }

    @Test
    void decimalsArePlainWithoutTrailingZeros() {
        List<BigDecimal> numbers =
                Arrays.asList(
                        new BigDecimal("80.00"),
                        new BigDecimal("8E+1"),
                        new BigDecimal("0.000"),
                        new BigDecimal("-0.50"),
                        new BigDecimal("1E-7"),
                        new BigDecimal("123456789012345678901234567890.123"),
                        new BigDecimal("1.5E+3"));
        assertThat(CanonicalJson.write(numbers))
                .isEqualTo("[80,80,0,-0.5,0.0000001,123456789012345678901234567890.123,1500]");
    }

    @Test
    void integersBooleansEnumsAndNull() {
        assertThat(
                        CanonicalJson.write(
                                Arrays.asList(1, 2L, BigInteger.TEN, true, null, TraceCode.BONUS)))
                .isEqualTo("[1,2,10,true,null,\"BONUS\"]");
    }

    @Test
    void stringsAreEscapedPerRfc8259() {
        String text =
                "quote\" backslash\\ slash/ newline\n tab\t cr\r bs\b ff\f nul\u0000 unit\u001f del\u007f 中文 \uD83D\uDE00";
        assertThat(CanonicalJson.write(text))
                .isEqualTo(
                        "\"quote\\\" backslash\\\\ slash/ newline\\n tab\\t cr\\r bs\\b ff\\f nul\\u0000 unit\\u001f del\u007f 中文 \uD83D\uDE00\"");
    }

    @Test
    void loneSurrogatesAreEscapedSoTheOutputIsValidUtf8() {
        assertThat(CanonicalJson.write("a\uD83Db")).isEqualTo("\"a\\ud83db\"");
        assertThat(CanonicalJson.write("\uDE00x")).isEqualTo("\"\\ude00x\"");
        assertThat(CanonicalJson.write("x\uD83D")).isEqualTo("\"x\\ud83d\"");
    }

    @Test
    void theUtf8FormIsTheTextEncodedWhateverTheCharacters() {
        char[] alphabet = {
            'a', ' ', '"', '\\', '\n', '\u0001', '\u007f', '\u0080', 'é', '中', '\uD83D', '\uDE00',
            '\uFF21'
        };
        Random random = new Random(42);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String value = text.toString();
            // a tiny initial buffer, so growing it is exercised too
            assertThat(CanonicalJson.utf8(value, 1))
                    .as("%s", value)
                    .isEqualTo(escapedByTheRfc(value).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** RFC 8259 escaping written out char by char, as the reference for the writer. */
    private static String escapedByTheRfc(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairStart =
                    Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1));
            boolean pairEnd =
                    Character.isLowSurrogate(c)
                            && i > 0
                            && Character.isHighSurrogate(text.charAt(i - 1));
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || (Character.isSurrogate(c) && !pairStart && !pairEnd)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Test
    void binaryFloatingPointIsRefused() {
        assertThatThrownBy(() -> CanonicalJson.write(0.1d))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(List.of(1.5f)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unorderedCollectionsAndNonStringKeysAreRefused() {
        assertThatThrownBy(() -> CanonicalJson.write(Set.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Map.of(1, "a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyContainers() {
        assertThat(CanonicalJson.write(Map.of())).isEqualTo("{}");
        assertThat(CanonicalJson.write(List.of())).isEqualTo("[]");
        assertThat(CanonicalJson.write("")).isEqualTo("\"\"");
    }

    @Test
    void sha256OfKnownVectors() {
        assertThat(Sha256.hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256.hex("中"))
                .isEqualTo(Sha256.hex("中".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
