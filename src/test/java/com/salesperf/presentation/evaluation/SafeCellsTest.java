package com.salesperf.presentation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeCellsTest {

    @Test
    void formulaLikeTextIsNeutralised() {
        assertThat(SafeCells.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SafeCells.text("+1")).isEqualTo("'+1");
        assertThat(SafeCells.text("-1")).isEqualTo("'-1");
        assertThat(SafeCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCells.text("\tx")).isEqualTo("'\tx");
        assertThat(SafeCells.text("张伟")).isEqualTo("张伟");
        assertThat(SafeCells.text(null)).isEmpty();
    }

    @Test
    void csvFieldsAreQuotedWhenNeeded() {
        assertThat(SafeCells.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(SafeCells.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SafeCells.csv("=1,2")).isEqualTo("\"'=1,2\"");
    }
}
