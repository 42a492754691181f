package com.salesperf.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void formulaStartsBecomeLiteralText() {
        assertThat(SpreadsheetCells.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SpreadsheetCells.text("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.text("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCells.text("\rx")).isEqualTo("'\rx");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(SpreadsheetCells.text("张伟")).isEqualTo("张伟");
        assertThat(SpreadsheetCells.text("S001")).isEqualTo("S001");
        assertThat(SpreadsheetCells.text("")).isEmpty();
        assertThat(SpreadsheetCells.text(null)).isNull();
    }

    @Test
    void csvFieldsAreNeutralisedThenQuoted() {
        assertThat(SpreadsheetCells.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(SpreadsheetCells.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SpreadsheetCells.csv("=1,2")).isEqualTo("\"'=1,2\"");
        assertThat(SpreadsheetCells.csv(null)).isEmpty();
    }
}
