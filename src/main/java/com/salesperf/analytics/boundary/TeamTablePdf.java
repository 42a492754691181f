package com.salesperf.analytics.boundary;

import com.salesperf.analytics.control.Performance;
import com.salesperf.platform.control.PdfTexts;
import com.salesperf.platform.control.TablePdf;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The manager's team table as PDF: the same rows, columns and order as the page and its xlsx/csv
 * exports, with the period, the filters and, when the table is longer than a PDF holds, a note
 * pointing to the spreadsheet exports.
 */
final class TeamTablePdf {

    private static final float[] WIDTHS = {1.2f, 1.4f, 2f, 1.6f, 1.6f, 1.6f, 1.1f, 1.5f};

    private TeamTablePdf() {}

    /**
     * @param filters the applied filters in words, empty without any
     * @param total how many rows the filter matches; more than {@code rows} means truncated
     */
    static byte[] of(
            List<TeamRow> rows,
            long total,
            String periodCode,
            List<String> filters,
            PdfTexts texts,
            String generatedBy,
            Instant generatedAt) {
        boolean chinese = "zh".equals(texts.locale().getLanguage());
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("analytics.period") + ": " + periodCode);
        if (!filters.isEmpty()) {
            lines.add(texts.get("team.pdf.filter", String.join(", ", filters)));
        }
        if (total > rows.size()) {
            lines.add(
                    texts.get(
                            "team.pdf.truncated",
                            String.valueOf(rows.size()),
                            String.valueOf(total)));
        }
        List<String> headers =
                List.of(
                        texts.get("employee.employeeNo"),
                        texts.get("employee.name"),
                        texts.get("team.team"),
                        texts.get("team.region"),
                        texts.get("analytics.target"),
                        texts.get("analytics.actual"),
                        texts.get("analytics.completion"),
                        texts.get("team.gap"));
        List<List<String>> cells = rows.stream().map(r -> cells(r, chinese)).toList();
        return TablePdf.of(
                new TablePdf.Table(
                        texts.get("team.pdf.title"),
                        lines,
                        headers,
                        WIDTHS,
                        Set.of(4, 5, 6, 7),
                        cells),
                texts,
                generatedBy,
                generatedAt);
    }

    private static List<String> cells(TeamRow row, boolean chinese) {
        Performance figures = row.figures();
        return List.of(
                PdfTexts.text(figures.code()),
                PdfTexts.text(figures.nameZh()),
                PdfTexts.text(row.team(chinese)),
                PdfTexts.text(row.region(chinese)),
                PdfTexts.amount(figures.target()),
                PdfTexts.amount(figures.actual()),
                percent(figures.completion()),
                PdfTexts.amount(figures.gap()));
    }

    private static String percent(BigDecimal value) {
        return value == null ? "" : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
