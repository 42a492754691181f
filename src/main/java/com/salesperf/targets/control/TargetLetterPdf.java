package com.salesperf.targets.control;

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
import com.salesperf.platform.control.PdfFonts;
import com.salesperf.platform.control.PdfFooter;
import com.salesperf.platform.control.PdfTexts;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The target responsibility letter 目标责任书 as a printable A4 PDF in the reader's language: the
 * parties, the period, each target and its adjustments with reasons, the rep's acknowledgement time
 * (or that it is still missing) and signature lines for the rep and the manager.
 */
public final class TargetLetterPdf {

    private final PdfTexts texts;
    private final Font title = PdfFonts.font(16, Font.BOLD);
    private final Font heading = PdfFonts.font(11, Font.BOLD);
    private final Font body = PdfFonts.font(10, Font.NORMAL);
    private final Font small = PdfFonts.font(8, Font.NORMAL);

    private TargetLetterPdf(PdfTexts texts) {
        this.texts = texts;
    }

    /**
     * @param generatedBy the user who downloads the letter, printed in the footer
     */
    public static byte[] of(
            TargetLetter letter, PdfTexts texts, String generatedBy, Instant generatedAt) {
        return new TargetLetterPdf(texts).write(letter, generatedBy, generatedAt);
    }

    private byte[] write(TargetLetter letter, String generatedBy, Instant generatedAt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            writer.setPageEvent(
                    new PdfFooter(
                            texts.get("pdf.generated", generatedBy, PdfTexts.when(generatedAt)),
                            texts.get("pdf.page"),
                            small));
            document.addTitle(texts.get("letter.title") + " " + letter.periodCode());
            document.open();
            Paragraph head = new Paragraph(texts.get("letter.title"), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(12);
            document.add(head);
            document.add(parties(letter));
            document.add(paragraph(texts.get("letter.intro"), body, 10));
            document.add(paragraph(texts.get("letter.targets"), heading, 4));
            document.add(targets(letter));
            document.add(paragraph(texts.get("letter.adjustments"), heading, 4));
            document.add(adjustments(letter));
            document.add(paragraph(texts.get("letter.acknowledgement"), heading, 4));
            document.add(paragraph(acknowledgement(letter), body, 16));
            document.add(signatures(letter));
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the target letter", e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    private PdfPTable parties(TargetLetter letter) {
        PdfPTable table = new PdfPTable(new float[] {1.2f, 2.4f, 1.2f, 2.4f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        label(table, "letter.company");
        value(table, letter.company(), 3);
        label(table, "letter.rep");
        value(table, letter.repName(), 1);
        label(table, "employee.employeeNo");
        value(table, letter.employeeNo(), 1);
        label(table, "team.team");
        value(table, letter.team(), 1);
        label(table, "team.region");
        value(table, letter.region(), 1);
        label(table, "target.period");
        value(
                table,
                texts.get(
                        "letter.periodRange",
                        letter.periodCode(),
                        texts.get("periodType." + letter.periodType()),
                        String.valueOf(letter.start()),
                        String.valueOf(letter.end())),
                1);
        label(table, "letter.manager");
        value(table, letter.manager(), 1);
        return table;
    }

    private PdfPTable targets(TargetLetter letter) {
        PdfPTable table = new PdfPTable(new float[] {2.5f, 2f, 2f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        header(table, "target.measure", "target.value", "letter.acknowledgedAt");
        for (TargetLetter.Line line : letter.lines()) {
            table.addCell(cell(measure(line.measure()), Element.ALIGN_LEFT));
            table.addCell(cell(value(line.measure(), line.value()), Element.ALIGN_RIGHT));
            table.addCell(
                    cell(
                            line.acknowledgedAt() == null
                                    ? texts.get("letter.notAcknowledged")
                                    : PdfTexts.when(line.acknowledgedAt()),
                            Element.ALIGN_LEFT));
        }
        return table;
    }

    private Element adjustments(TargetLetter letter) {
        List<TargetLetter.Line> changed =
                letter.lines().stream().filter(l -> !l.changes().isEmpty()).toList();
        if (changed.isEmpty()) {
            return paragraph(texts.get("letter.noAdjustments"), body, 10);
        }
        PdfPTable table = new PdfPTable(new float[] {1.6f, 1.4f, 1.4f, 3f, 1.2f, 1.6f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        header(
                table,
                "target.measure",
                "letter.oldValue",
                "letter.newValue",
                "letter.reason",
                "letter.adjustedBy",
                "letter.adjustedAt");
        for (TargetLetter.Line line : changed) {
            for (TargetLetter.Change change : line.changes()) {
                table.addCell(cell(measure(line.measure()), Element.ALIGN_LEFT));
                table.addCell(cell(value(line.measure(), change.oldValue()), Element.ALIGN_RIGHT));
                table.addCell(cell(value(line.measure(), change.newValue()), Element.ALIGN_RIGHT));
                table.addCell(cell(change.reason(), Element.ALIGN_LEFT));
                table.addCell(cell(change.by(), Element.ALIGN_LEFT));
                table.addCell(cell(PdfTexts.when(change.at()), Element.ALIGN_LEFT));
            }
        }
        return table;
    }

    private String acknowledgement(TargetLetter letter) {
        Instant at = letter.acknowledgedAt();
        return at == null
                ? texts.get("letter.notAcknowledged")
                : texts.get("letter.acknowledgedAll", PdfTexts.when(at));
    }

    private PdfPTable signatures(TargetLetter letter) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.addCell(cell(texts.get("letter.signatureRep"), Element.ALIGN_LEFT));
        table.addCell(cell(texts.get("letter.signatureManager"), Element.ALIGN_LEFT));
        for (String name : new String[] {letter.repName(), letter.manager()}) {
            PdfPCell sign = new PdfPCell(new Phrase(PdfTexts.text(name), body));
            sign.setFixedHeight(56);
            sign.setVerticalAlignment(Element.ALIGN_BOTTOM);
            table.addCell(sign);
        }
        return table;
    }

    private String measure(String code) {
        return texts.getOr("measure." + code, code);
    }

    /** Money measures with two decimals, counts as they are. */
    private static String value(String measure, BigDecimal value) {
        return "sales".equals(measure) || "collections".equals(measure)
                ? PdfTexts.amount(value)
                : PdfTexts.number(value);
    }

    private void label(PdfPTable table, String key) {
        PdfPCell cell = new PdfPCell(new Phrase(texts.get(key), heading));
        cell.setPadding(4);
        table.addCell(cell);
    }

    private void value(PdfPTable table, String text, int span) {
        PdfPCell cell = new PdfPCell(new Phrase(PdfTexts.text(text), body));
        cell.setColspan(span);
        cell.setPadding(4);
        table.addCell(cell);
    }

    private void header(PdfPTable table, String... keys) {
        for (String key : keys) {
            PdfPCell cell = new PdfPCell(new Phrase(texts.get(key), heading));
            cell.setGrayFill(0.9f);
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(PdfTexts.text(text), body));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static Paragraph paragraph(String text, Font font, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }
}
