package com.salesperf.presentation.evaluation;

import com.salesperf.evaluation.entity.EvaluationResult;
import com.salesperf.platform.control.SpreadsheetCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A run's results as CSV (UTF-8 with BOM) or xlsx, every text cell neutralised. */
final class ResultExport {

    private record Column(String header, Function<EvaluationResult, Object> value) {}

    private static final List<Column> COLUMNS =
            List.of(
                    new Column("employee_no", EvaluationResult::getEmployeeNo),
                    new Column("name", EvaluationResult::getRepName),
                    new Column("region", EvaluationResult::getRegionCode),
                    new Column("team", EvaluationResult::getTeamCode),
                    new Column("evaluable", r -> String.valueOf(r.isEvaluable())),
                    new Column("not_evaluable_reason", EvaluationResult::getNotEvaluableReason),
                    new Column("completion_rate", EvaluationResult::getCompletionRate),
                    new Column("total_score", EvaluationResult::getDisplayTotal),
                    new Column("grade", EvaluationResult::getGrade),
                    new Column("company_rank", EvaluationResult::getCompanyRank),
                    new Column("region_rank", EvaluationResult::getRegionRank),
                    new Column("team_rank", EvaluationResult::getTeamRank),
                    new Column("tier", EvaluationResult::getTierCode),
                    new Column("coefficient", EvaluationResult::getCoefficient),
                    new Column("modifier", EvaluationResult::getModifierFactor),
                    new Column("commission", EvaluationResult::getCommission),
                    new Column("bonus", EvaluationResult::getBonus),
                    new Column("currency", EvaluationResult::getCurrency),
                    new Column("flags", EvaluationResult::getFlags),
                    new Column("sha256", EvaluationResult::getResultHash));

    private ResultExport() {}

    static byte[] csv(List<EvaluationResult> results) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", COLUMNS.stream().map(Column::header).toList())).append("\r\n");
        for (EvaluationResult result : results) {
            out.append(
                            String.join(
                                    ",",
                                    COLUMNS.stream()
                                            .map(c -> c.value().apply(result))
                                            .map(ResultExport::csvCell)
                                            .toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Integer) {
            return value.toString();
        }
        return SpreadsheetCells.csv(value.toString());
    }

    static byte[] xlsx(List<EvaluationResult> results) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("results");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).header());
            }
            int r = 1;
            for (EvaluationResult result : results) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Object value = COLUMNS.get(c).value().apply(result);
                    if (value instanceof BigDecimal number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(SpreadsheetCells.text(value.toString()));
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
