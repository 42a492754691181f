package com.salesperf.review.control;

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
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The evaluation report of one team or region as PDF (SPEC §11): the results after adjustments, the
 * distribution and total bonus, and the prepared by / reviewed by / approved by / date block.
 * Chinese names need a CJK font: the report uses the portal's PDF font rule ({@link PdfFonts}).
 */
public final class EvaluationReportPdf {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private EvaluationReportPdf() {}

    public static byte[] of(SubmissionView view) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, bytes);
            document.open();
            Font title = font(14, Font.BOLD);
            Font body = font(9, Font.NORMAL);
            PackageSummary pack = view.pack();
            document.add(
                    new Paragraph(
                            "Evaluation report · "
                                    + pack.unitCode()
                                    + " · "
                                    + pack.periodCode()
                                    + " · run #"
                                    + pack.runId(),
                            title));
            document.add(new Paragraph("Status: " + pack.status(), body));
            document.add(new Paragraph(" ", body));
            document.add(results(view, body));
            document.add(new Paragraph(" ", body));
            document.add(new Paragraph(summary(view), body));
            document.add(new Paragraph(" ", body));
            document.add(signatures(pack, body));
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the report", e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    private static PdfPTable results(SubmissionView view, Font font) {
        List<String> header =
                List.of(
                        "Employee no.",
                        "Name",
                        "Team",
                        "Score",
                        "Grade",
                        "Tier",
                        "Bonus",
                        "Adjusted");
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        header.forEach(h -> table.addCell(new Phrase(h, font)));
        List<Long> adjusted = view.adjustments().stream().map(AdjustmentRow::employeeId).toList();
        for (RepFigures r : view.results()) {
            table.addCell(new Phrase(text(r.employeeNo()), font));
            table.addCell(new Phrase(text(r.name()), font));
            table.addCell(new Phrase(text(r.teamCode()), font));
            table.addCell(number(r.totalScore(), font));
            table.addCell(new Phrase(text(r.grade()), font));
            table.addCell(new Phrase(text(r.tierCode()), font));
            table.addCell(number(r.bonus(), font));
            table.addCell(new Phrase(adjusted.contains(r.employeeId()) ? "yes" : "", font));
        }
        return table;
    }

    private static String summary(SubmissionView view) {
        SubmissionSummary s = view.summary();
        StringBuilder text = new StringBuilder();
        text.append("Reps: ").append(s.reps()).append("   Grades: ").append(counts(s.byGrade()));
        text.append("   Tiers: ").append(counts(s.byTier()));
        text.append("\nTotal bonus: ")
                .append(s.totalBonus().toPlainString())
                .append(' ')
                .append(view.currency());
        if (s.budget() != null) {
            text.append("   Budget: ").append(s.budget().toPlainString());
            text.append(s.overBudget() ? " (over budget)" : "");
        }
        text.append("   Adjusted reps: ").append(s.adjustedReps());
        return text.toString();
    }

    private static String counts(Map<String, Long> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((k, v) -> text.append(k).append('=').append(v).append(' '));
        return text.toString().strip();
    }

    private static PdfPTable signatures(PackageSummary pack, Font font) {
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(100);
        table.addCell(new Phrase("Prepared by", font));
        table.addCell(new Phrase("Reviewed by", font));
        table.addCell(new Phrase("Approved by", font));
        table.addCell(new Phrase(text(pack.preparedBy()) + "  " + when(pack.submittedAt()), font));
        table.addCell(new Phrase(text(pack.reviewedBy()), font));
        table.addCell(new Phrase(text(pack.approvedBy()) + "  " + when(pack.approvedAt()), font));
        for (int i = 0; i < 3; i++) {
            PdfPCell sign = new PdfPCell(new Phrase("Signature / date:", font));
            sign.setFixedHeight(40);
            table.addCell(sign);
        }
        return table;
    }

    private static PdfPCell number(BigDecimal value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value.toPlainString(), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(ZONE));
    }

    private static Font font(float size, int style) {
        return PdfFonts.font(size, style);
    }
}
