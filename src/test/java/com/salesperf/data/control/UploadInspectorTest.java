package com.salesperf.data.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Size, type, encoding and spreadsheet checks before any row is read. */
class UploadInspectorTest {

    private static final String SALES =
            ImportKind.SALES.headerLine() + "\nO1,S001,C1,软件,2023-07-01,100.5\n";

    @Test
    void utf8WithAndWithoutBomIsRead() {
        byte[] plain = SALES.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        for (byte[] bytes : new byte[][] {plain, bom}) {
            RawTable table = UploadInspector.read("sales.csv", bytes, 1_000_000);
            assertThat(table.header()).containsExactlyElementsOf(ImportKind.SALES.columns());
            assertThat(table.rows().get(0).cells()).contains("软件");
        }
    }

    @Test
    void gbkEncodedFilesFromChineseExcelAreDetectedAndRefusedWithAClearMessage() {
        byte[] gbk = SALES.getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> UploadInspector.read("sales.csv", gbk, 1_000_000))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        e -> {
                            assertThat(e.status()).isEqualTo(422);
                            assertThat(e.problems().get(0).code()).isEqualTo("import.error.gbk");
                            assertThat(e.getMessage()).contains("UTF-8");
                        });
    }

    @Test
    void otherBrokenEncodingsAreRefused() {
        byte[] broken = {'a', ',', (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, '\n'};
        assertThatThrownBy(() -> UploadInspector.read("x.csv", broken, 1_000))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        e ->
                                assertThat(e.problems().get(0).code())
                                        .isEqualTo("import.error.encoding"));
    }

    @Test
    void tooLargeFilesAreRefusedWith413() {
        assertThatThrownBy(() -> UploadInspector.read("x.csv", new byte[2_000], 1_000))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    @Test
    void wrongTypesAreRefusedWith415ByNameAndByContent() {
        byte[] text = SALES.getBytes(StandardCharsets.UTF_8);
        assertStatus415(() -> UploadInspector.read("sales.pdf", text, 1_000_000));
        assertStatus415(() -> UploadInspector.read("sales.xlsx", text, 1_000_000));
        assertStatus415(
                () -> UploadInspector.read("sales.csv", new byte[] {'P', 'K', 3, 4, 0}, 1_000));
        assertStatus415(
                () -> UploadInspector.read("sales.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0}, 1_000));
    }

    @Test
    void xlsxCellsAreReadAsTheImporterExpects() throws IOException {
        RawTable table = UploadInspector.read("sales.xlsx", workbook(), 1_000_000);
        assertThat(table.header()).containsExactlyElementsOf(ImportKind.SALES.columns());
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).number()).isEqualTo(2);
        assertThat(table.rows().get(0).cells())
                .containsExactly("1001", "S001", "C1", "=text", "2023-07-01", "12000.5");
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("sales");
            Row header = sheet.createRow(0);
            for (int i = 0; i < ImportKind.SALES.columns().size(); i++) {
                header.createCell(i).setCellValue(ImportKind.SALES.columns().get(i));
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            CellStyle grouped = workbook.createCellStyle();
            grouped.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(1001);
            row.createCell(1).setCellValue("S001");
            row.createCell(2).setCellValue("C1");
            row.createCell(3).setCellValue("=text");
            row.createCell(4).setCellValue(LocalDate.of(2023, 7, 1));
            row.getCell(4).setCellStyle(date);
            row.createCell(5).setCellValue(12000.5);
            row.getCell(5).setCellStyle(grouped);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void assertStatus415(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ImportRefusedException.class, e -> assertThat(e.status()).isEqualTo(415));
    }
}
