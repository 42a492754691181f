package com.salesperf.review.control;

import com.salesperf.platform.control.SpreadsheetCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Results as CSV (UTF-8 with BOM, for Excel) and as an xlsx sheet. Every text cell passes through
 * {@link SpreadsheetCells} (formula injection); numbers are written as numbers.
 */
public final class ResultSheets {

    static final List<String> HEADER =
            List.of(
                    "run_id",
                    "employee_no",
                    "name",
                    "region",
                    "team",
                    "evaluable",
                    "completion_rate",
                    "total_score",
                    "grade",
                    "tier",
                    "bonus",
                    "currency",
                    "flags",
                    "adjusted",
                    "result_hash");

    private ResultSheets() {}

    /** One line of a result; {@code adjusted} names the reps with manual adjustments. */
    static List<Object> cells(long runId, RepFigures r, Set<Long> adjusted) {
        List<Object> cells = new ArrayList<>();
        cells.add(runId);
        cells.add(r.employeeNo());
        cells.add(r.name());
        cells.add(r.regionCode());
        cells.add(r.teamCode());
        cells.add(r.evaluable());
        cells.add(r.completionRate());
        cells.add(r.totalScore());
        cells.add(r.grade());
        cells.add(r.tierCode());
        cells.add(r.bonus());
        cells.add(r.currency());
        cells.add(String.join(",", r.flags()));
        cells.add(adjusted.contains(r.employeeId()));
        cells.add(r.resultHash());
        return cells;
    }

    /** A run's results after adjustments. */
    public record RunRows(long runId, List<RepFigures> results, Set<Long> adjusted) {}

    public static byte[] csv(List<RunRows> runs) {
        List<List<Object>> rows = new ArrayList<>();
        for (RunRows run : runs) {
            run.results().forEach(r -> rows.add(cells(run.runId(), r, run.adjusted())));
        }
        return csv(HEADER, rows);
    }

    /** Any table as CSV with neutralised text cells. */
    public static byte[] csv(List<String> header, List<List<Object>> rows) {
        StringBuilder text = new StringBuilder("\uFEFF");
        try (CSVPrinter printer =
                new CSVPrinter(
                        text, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(ResultSheets::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Object csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value instanceof String s ? SpreadsheetCells.text(s) : value;
    }

    public static byte[] xlsx(List<RunRows> runs) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("results");
            Row head = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                head.createCell(c).setCellValue(HEADER.get(c));
            }
            int r = 1;
            for (RunRows run : runs) {
                for (RepFigures result : run.results()) {
                    write(sheet.createRow(r++), cells(run.runId(), result, run.adjusted()));
                }
            }
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<Object> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof BigDecimal d) {
                row.createCell(c).setCellValue(d.doubleValue());
            } else if (value instanceof Long n) {
                row.createCell(c).setCellValue(n);
            } else if (value instanceof Boolean b) {
                row.createCell(c).setCellValue(b);
            } else if (value != null) {
                row.createCell(c).setCellValue(SpreadsheetCells.text(value.toString()));
            }
        }
    }
}
