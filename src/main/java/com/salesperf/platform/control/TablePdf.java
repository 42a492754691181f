package com.salesperf.platform.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A table export as a landscape A4 PDF: a title, lines saying what the table shows (period,
 * filters), the table with its header repeated on every page, and a footer with who generated it,
 * when, and the page number.
 */
public final class TablePdf {

    /**
     * @param numeric the indexes of columns aligned to the right
     */
    public record Table(
            String title,
            List<String> lines,
            List<String> headers,
            float[] widths,
            Set<Integer> numeric,
            List<List<String>> rows) {

        public Table {
            lines = List.copyOf(lines);
            headers = List.copyOf(headers);
            numeric = Set.copyOf(numeric);
            rows = List.copyOf(rows);
            if (widths.length != headers.size()) {
                throw new IllegalArgumentException("a width per column");
            }
        }
    }

    private TablePdf() {}

    public static byte[] of(Table table, PdfTexts texts, String generatedBy, Instant generatedAt) {
        Font title = PdfFonts.font(14, Font.BOLD);
        Font head = PdfFonts.font(9, Font.BOLD);
        Font body = PdfFonts.font(9, Font.NORMAL);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            writer.setPageEvent(
                    new PdfFooter(
                            texts.get("pdf.generated", generatedBy, PdfTexts.when(generatedAt)),
                            texts.get("pdf.page"),
                            PdfFonts.font(8, Font.NORMAL)));
            document.addTitle(table.title());
            document.open();
            document.add(new Paragraph(table.title(), title));
            for (String line : table.lines()) {
                document.add(new Paragraph(line, body));
            }
            document.add(new Paragraph(" ", body));
            if (table.rows().isEmpty()) {
                document.add(new Paragraph(texts.get("table.empty"), body));
            } else if (!table.headers().isEmpty()) {
                // Without a column (the user hid them all) there is no grid; the lines say why.
                document.add(grid(table, head, body));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the table", e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    private static PdfPTable grid(Table table, Font head, Font body) throws DocumentException {
        PdfPTable grid = new PdfPTable(table.widths());
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1);
        for (int c = 0; c < table.headers().size(); c++) {
            PdfPCell cell = cell(table.headers().get(c), head, table.numeric().contains(c));
            cell.setGrayFill(0.9f);
            grid.addCell(cell);
        }
        for (List<String> row : table.rows()) {
            for (int c = 0; c < table.headers().size(); c++) {
                String value = c < row.size() ? row.get(c) : "";
                grid.addCell(cell(value, body, table.numeric().contains(c)));
            }
        }
        return grid;
    }

    private static PdfPCell cell(String text, Font font, boolean right) {
        PdfPCell cell = new PdfPCell(new Phrase(PdfTexts.text(text), font));
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(3);
        return cell;
    }
}
