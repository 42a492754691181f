package com.salesperf.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void prefixesEveryFormulaTrigger() {
        assertThat(SpreadsheetText.neutral("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SpreadsheetText.neutral("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetText.neutral("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.neutral("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutral("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetText.neutral("\rx")).isEqualTo("'\rx");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(SpreadsheetText.neutral("张伟")).isEqualTo("张伟");
        assertThat(SpreadsheetText.neutral("S001")).isEqualTo("S001");
        assertThat(SpreadsheetText.neutral("")).isEmpty();
        assertThat(SpreadsheetText.neutral(null)).isNull();
    }
}
