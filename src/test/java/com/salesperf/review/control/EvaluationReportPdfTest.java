package com.salesperf.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.platform.control.PdfText;
import com.salesperf.platform.control.PdfTexts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EvaluationReportPdfTest {

    /** Every fixed English label the report printed before it spoke the reader's language. */
    private static final List<String> ENGLISH_LABELS =
            List.of(
                    "Evaluation report",
                    "Employee no.",
                    "Total score",
                    "Adjusted",
                    "Reps:",
                    "Grades:",
                    "Tiers:",
                    "Total bonus:",
                    "Budget:",
                    "(over budget)",
                    "Prepared by",
                    "Reviewed by",
                    "Approved by",
                    "Signature / date:",
                    "Status:");

    @Test
    void writesAPdfWithChineseNamesAndTheSignatureBlock() {
        byte[] pdf = EvaluationReportPdf.of(view(), PdfTexts.of(Locale.SIMPLIFIED_CHINESE));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1000);
        PdfText.assumeCjkFont();
        assertThat(PdfText.of(pdf)).contains("张伟").contains("S001").contains("24,000.00");
    }

    @Test
    void theChineseReportHasNoEnglishLabel() {
        byte[] pdf = EvaluationReportPdf.of(view(), PdfTexts.of(Locale.SIMPLIFIED_CHINESE));

        // the title is readable even without a CJK font
        assertThat(PdfText.title(pdf)).isEqualTo("考核报告 · EAST-1 · 2023Q3 · 计算 #1024");
        String text = PdfText.of(pdf);
        for (String label : ENGLISH_LABELS) {
            assertThat(text).as("Chinese report").doesNotContain(label);
        }
    }

    @Test
    void theChineseReportPrintsChineseLabels() {
        PdfText.assumeCjkFont();
        byte[] pdf = EvaluationReportPdf.of(view(), PdfTexts.of(Locale.SIMPLIFIED_CHINESE));

        assertThat(PdfText.of(pdf))
                .contains("考核报告 · EAST-1 · 2023Q3 · 计算 #1024")
                .contains("状态：已批准")
                .contains("工号")
                .contains("姓名")
                .contains("团队")
                .contains("总分")
                .contains("等级")
                .contains("档位")
                .contains("奖金")
                .contains("已调整")
                .contains("是")
                .contains("人数：2")
                .contains("等级：A=1 C=1")
                .contains("档位：-=1 EXCELLENCE=1")
                .contains("奖金总额：24,000.00 CNY")
                .contains("预算：20,000.00")
                .contains("（超出预算）")
                .contains("有调整的销售人员：1")
                .contains("编制人")
                .contains("审核人")
                .contains("批准人")
                .contains("签字 / 日期：")
                .contains("2023-10-09 10:00");
    }

    @Test
    void theEnglishReportPrintsEnglishLabelsAndFormattedAmounts() {
        byte[] pdf = EvaluationReportPdf.of(view(), PdfTexts.of(Locale.ENGLISH));

        assertThat(PdfText.title(pdf)).isEqualTo("Evaluation report · EAST-1 · 2023Q3 · run #1024");
        String text = PdfText.of(pdf);
        assertThat(text).contains(ENGLISH_LABELS);
        assertThat(text)
                .contains("Status: Approved")
                .contains("Name")
                .contains("Team")
                .contains("Grade")
                .contains("Tier")
                .contains("Bonus")
                .contains("yes")
                .contains("91.2")
                .contains("24,000.00")
                .contains("Reps: 2")
                .contains("Grades: A=1 C=1")
                .contains("Tiers: -=1 EXCELLENCE=1")
                .contains("Total bonus: 24,000.00 CNY")
                .contains("Budget: 20,000.00 (over budget)")
                .contains("Adjusted reps: 1")
                .contains("2023-10-10 10:00");
    }

    /** An approved package of two reps, one adjusted, over its budget. */
    private static SubmissionView view() {
        RepFigures rep = rep(1, "S001", "张伟", new BigDecimal("91.2"), "A", "EXCELLENCE", "24000");
        RepFigures other = rep(2, "S002", "李娜", new BigDecimal("55"), "C", null, "0");
        PackageSummary pack =
                new PackageSummary(
                        9,
                        1024,
                        "2023Q3",
                        3,
                        "EAST-1",
                        "East 1",
                        ReviewStatus.APPROVED,
                        "mgr.east",
                        Instant.parse("2023-10-09T02:00:00Z"),
                        "hr",
                        "hr",
                        Instant.parse("2023-10-10T02:00:00Z"),
                        null,
                        null,
                        null,
                        "hr",
                        3,
                        List.of(),
                        null);
        AdjustmentRow adjustment =
                new AdjustmentRow(
                        5,
                        1024,
                        1,
                        AdjustableFigure.QUALITATIVE_SCORE,
                        "80",
                        "90",
                        "客户表扬",
                        "mgr.east",
                        Instant.parse("2023-10-08T02:00:00Z"),
                        2,
                        null,
                        null);
        List<RepFigures> results = List.of(rep, other);
        return new SubmissionView(
                pack,
                SubmissionSummary.of(results, List.of(), new BigDecimal("20000"), 1),
                results,
                List.of(adjustment),
                "CNY",
                null);
    }

    private static RepFigures rep(
            long id,
            String employeeNo,
            String name,
            BigDecimal score,
            String grade,
            String tier,
            String bonus) {
        return new RepFigures(
                id,
                employeeNo,
                name,
                "EAST",
                "EAST-1",
                true,
                null,
                score,
                grade,
                tier,
                new BigDecimal(bonus),
                "CNY",
                List.of(),
                "h" + id);
    }
}
