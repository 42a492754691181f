package com.salesperf.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.platform.control.PdfText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationReportPdfTest {

    @Test
    void writesAPdfWithChineseNamesAndTheSignatureBlock() {
        RepFigures rep =
                new RepFigures(
                        1,
                        "S001",
                        "张伟",
                        "EAST",
                        "EAST-1",
                        true,
                        null,
                        new BigDecimal("91.2"),
                        "A",
                        "EXCELLENCE",
                        new BigDecimal("24000.00"),
                        "CNY",
                        List.of(),
                        "h");
        PackageSummary pack =
                new PackageSummary(
                        9,
                        50,
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
        SubmissionView view =
                new SubmissionView(
                        pack,
                        SubmissionSummary.of(List.of(rep), List.of(), null, 0),
                        List.of(rep),
                        List.of(),
                        "CNY",
                        null);
        byte[] pdf = EvaluationReportPdf.of(view);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1000);
        PdfText.assumeCjkFont();
        assertThat(PdfText.of(pdf)).contains("张伟").contains("S001").contains("24000.00");
    }
}
