package com.salesperf.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ResultSheetsTest {

    private static final RepFigures EVIL =
            new RepFigures(
                    7,
                    "S007",
                    "=HYPERLINK(\"http://x\",\"click\")",
                    "EAST",
                    "@EAST-1",
                    true,
                    new BigDecimal("1.0500"),
                    new BigDecimal("88.5000"),
                    "B",
                    "TARGET_MET",
                    new BigDecimal("12345.67"),
                    "CNY",
                    List.of("SERVICE_STAR"),
                    "abc");

    private static final List<ResultSheets.RunRows> RUNS =
            List.of(new ResultSheets.RunRows(50, List.of(EVIL), Set.of(7L)));

    @Test
    void csvNeutralisesFormulasAndKeepsExactNumbers() {
        String csv = new String(ResultSheets.csv(RUNS), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFrun_id,");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"");
        assertThat(csv).contains("'@EAST-1").contains("12345.67").contains(",true,");
    }

    @Test
    void xlsxWritesNumbersAsNumbersAndFormulasAsPlainText() throws Exception {
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(ResultSheets.xlsx(RUNS)))) {
            Row row = book.getSheet("results").getRow(1);
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getStringCellValue()).startsWith("'=");
            assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(12345.67);
        }
    }
}
