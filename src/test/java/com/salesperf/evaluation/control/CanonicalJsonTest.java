package com.salesperf.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
