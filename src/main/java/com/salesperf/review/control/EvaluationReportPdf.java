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
import com.salesperf.platform.control.PdfTexts;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evaluation report of one team or region as PDF (SPEC §11) in the reader's language: the
 * results after adjustments, the distribution and total bonus, and the prepared by / reviewed by /
 * approved by / date block. Chinese names need a CJK font: the report uses the portal's PDF font
 * rule ({@link PdfFonts}). Grade and tier codes are printed as the scheme names them.
 */
public final class EvaluationReportPdf {

    private final PdfTexts texts;
    private final Font title = PdfFonts.font(14, Font.BOLD);
    private final Font body = PdfFonts.font(9, Font.NORMAL);

    private EvaluationReportPdf(PdfTexts texts) {
        this.texts = texts;
    }

    public static byte[] of(SubmissionView view, PdfTexts texts) {
        return new EvaluationReportPdf(texts).write(view);
    }

    private byte[] write(SubmissionView view) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, bytes);
            PackageSummary pack = view.pack();
            String heading =
                    texts.get(
                            "review.report.title",
                            pack.unitCode(),
                            pack.periodCode(),
                            // a string, so the run id is not grouped like an amount ("1,024")
                            String.valueOf(pack.runId()));
            document.addTitle(heading);
            document.open();
            document.add(new Paragraph(heading, title));
            document.add(new Paragraph(texts.get("review.report.status", status(pack)), body));
            document.add(new Paragraph(" ", body));
            document.add(results(view));
            document.add(new Paragraph(" ", body));
            document.add(new Paragraph(summary(view), body));
            document.add(new Paragraph(" ", body));
            document.add(signatures(pack));
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the report", e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    private String status(PackageSummary pack) {
        String code = pack.status().name();
        return texts.getOr("review.status." + code, code);
    }

    private PdfPTable results(SubmissionView view) {
        List<String> header =
                List.of(
                        "review.employeeNo",
                        "review.name",
                        "review.team",
                        "review.score",
                        "review.grade",
                        "review.tier",
                        "review.bonus",
                        "review.report.adjusted");
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header.forEach(key -> table.addCell(new Phrase(texts.get(key), body)));
        List<Long> adjusted = view.adjustments().stream().map(AdjustmentRow::employeeId).toList();
        String yes = texts.get("review.report.yes");
        for (RepFigures r : view.results()) {
            table.addCell(new Phrase(PdfTexts.text(r.employeeNo()), body));
            table.addCell(new Phrase(PdfTexts.text(r.name()), body));
            table.addCell(new Phrase(PdfTexts.text(r.teamCode()), body));
            table.addCell(right(PdfTexts.number(r.totalScore())));
            table.addCell(new Phrase(PdfTexts.text(r.grade()), body));
            table.addCell(new Phrase(PdfTexts.text(r.tierCode()), body));
            table.addCell(right(PdfTexts.amount(r.bonus())));
            table.addCell(new Phrase(adjusted.contains(r.employeeId()) ? yes : "", body));
        }
        return table;
    }

    private String summary(SubmissionView view) {
        SubmissionSummary s = view.summary();
        StringBuilder text = new StringBuilder();
        text.append(
                texts.get(
                        "review.report.distribution",
                        String.valueOf(s.reps()),
                        counts(s.byGrade()),
                        counts(s.byTier())));
        text.append('\n')
                .append(
                        texts.get(
                                "review.report.totalBonus",
                                PdfTexts.amount(s.totalBonus()),
                                view.currency()));
        if (s.budget() != null) {
            text.append("   ")
                    .append(texts.get("review.report.budget", PdfTexts.amount(s.budget())));
            text.append(s.overBudget() ? " " + texts.get("review.report.overBudget") : "");
        }
        text.append("   ")
                .append(texts.get("review.report.adjustedReps", String.valueOf(s.adjustedReps())));
        return text.toString();
    }

    /** "A=3 B=5": sorted, because the summary's maps have no order of their own. */
    private static String counts(Map<String, Long> counts) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(counts).forEach((k, v) -> text.append(k).append('=').append(v).append(' '));
        return text.toString().strip();
    }

    private PdfPTable signatures(PackageSummary pack) {
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(100);
        table.addCell(new Phrase(texts.get("review.preparedBy"), body));
        table.addCell(new Phrase(texts.get("review.reviewedBy"), body));
        table.addCell(new Phrase(texts.get("review.approvedBy"), body));
        table.addCell(signedBy(pack.preparedBy(), PdfTexts.when(pack.submittedAt())));
        table.addCell(signedBy(pack.reviewedBy(), ""));
        table.addCell(signedBy(pack.approvedBy(), PdfTexts.when(pack.approvedAt())));
        for (int i = 0; i < 3; i++) {
            PdfPCell sign = new PdfPCell(new Phrase(texts.get("review.report.signature"), body));
            sign.setFixedHeight(40);
            table.addCell(sign);
        }
        return table;
    }

    private Phrase signedBy(String who, String when) {
        return new Phrase(PdfTexts.text(who) + "  " + when, body);
    }

    private PdfPCell right(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, body));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
