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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The manager's team table as PDF: the same rows, shown columns and order as the page and its
 * xlsx/csv exports, with the period, the filters and, when the table is longer than a PDF holds, a
 * note pointing to the spreadsheet exports.
 */
final class TeamTablePdf {

    private TeamTablePdf() {}

    /**
     * @param columns the columns the page shows, in the order to print them
     * @param filters the applied filters in words, empty without any
     * @param total how many rows the filter matches; more than {@code rows} means truncated
     */
    static byte[] of(
            List<TeamRow> rows,
            List<TeamColumn> columns,
            long total,
            String periodCode,
            List<String> filters,
            PdfTexts texts,
            String generatedBy,
            Instant generatedAt) {
        boolean chinese = "zh".equals(texts.locale().getLanguage());
        List<String> headers = columns.stream().map(c -> texts.get(c.headerKey())).toList();
        List<List<String>> cells =
                rows.stream()
                        .map(r -> columns.stream().map(c -> cell(r, c, chinese)).toList())
                        .toList();
        return TablePdf.of(
                new TablePdf.Table(
                        texts.get("team.pdf.title"),
                        lines(periodCode, filters, rows.size(), total, columns, texts),
                        headers,
                        widths(columns),
                        numeric(columns),
                        cells),
                texts,
                generatedBy,
                generatedAt);
    }

    /** What the table shows: the period, the filters, and whether rows or columns are left out. */
    private static List<String> lines(
            String periodCode,
            List<String> filters,
            int printed,
            long total,
            List<TeamColumn> columns,
            PdfTexts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("analytics.period") + ": " + periodCode);
        if (!filters.isEmpty()) {
            lines.add(texts.get("team.pdf.filter", String.join(", ", filters)));
        }
        if (total > printed) {
            lines.add(
                    texts.get(
                            "team.pdf.truncated", String.valueOf(printed), String.valueOf(total)));
        }
        if (columns.isEmpty()) {
            lines.add(texts.get("team.pdf.noColumns"));
        }
        return lines;
    }

    private static float[] widths(List<TeamColumn> columns) {
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).width();
        }
        return widths;
    }

    /** The positions of the amounts and percentages among the printed columns. */
    private static Set<Integer> numeric(List<TeamColumn> columns) {
        return IntStream.range(0, columns.size())
                .filter(c -> columns.get(c).numeric())
                .boxed()
                .collect(Collectors.toSet());
    }

    private static String cell(TeamRow row, TeamColumn column, boolean chinese) {
        Performance figures = row.figures();
        return switch (column) {
            case EMPLOYEE_NO -> PdfTexts.text(figures.code());
            case NAME -> PdfTexts.text(figures.nameZh());
            case TEAM -> PdfTexts.text(row.team(chinese));
            case REGION -> PdfTexts.text(row.region(chinese));
            case TARGET -> PdfTexts.amount(figures.target());
            case ACTUAL -> PdfTexts.amount(figures.actual());
            case COMPLETION -> percent(figures.completion());
            case GAP -> PdfTexts.amount(figures.gap());
        };
    }

    private static String percent(BigDecimal value) {
        return value == null ? "" : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
