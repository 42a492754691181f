package com.salesperf.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    @Test
    void chineseTextComesBackOutOfThePdf() {
        PdfText.assumeCjkFont();
        byte[] pdf = write(PdfFonts.choice(), "目标责任书 张伟 Sales 1234.50");

        String text = PdfText.of(pdf);
        assertThat(text).contains("目标责任书").contains("张伟").contains("1234.50");
        assertThat(PdfText.fontsOfFirstPage(pdf))
                .anyMatch(f -> f.contains("CJK") || f.contains("+"));
        assertThat(pdf.length).as("the font is embedded as a subset").isLessThan(2_000_000);
    }

    @Test
    void theConfiguredLocationComesFirst() {
        assertThat(PdfFonts.candidates("/opt/fonts/x.ttc,2"))
                .first()
                .isEqualTo("/opt/fonts/x.ttc,2");
        assertThat(PdfFonts.candidates(" ")).isEqualTo(PdfFonts.SYSTEM_FONTS);
    }

    @Test
    void withoutACjkFontLatinTextStillPrints() {
        PdfFonts.Choice fallback = PdfFonts.choose(List.of("/no/such/font.ttc,2"));
        assertThat(fallback.cjk()).isFalse();
        assertThat(fallback.source()).isEqualTo("Helvetica");

        String text = PdfText.of(write(fallback, "Target letter S001 1234.50 张伟"));
        assertThat(text).contains("Target letter S001 1234.50").doesNotContain("张伟");
    }

    @Test
    void aFontWithoutChineseGlyphsIsSkipped() {
        String latinOnly = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        PdfFonts.Choice choice =
                PdfFonts.choose(
                        List.of(
                                latinOnly,
                                "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2"));
        assertThat(choice.source()).isNotEqualTo(latinOnly);
    }

    private static byte[] write(PdfFonts.Choice choice, String line) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, bytes);
        document.open();
        document.add(new Paragraph(line, choice.font(12, Font.NORMAL)));
        document.close();
        return bytes.toByteArray();
    }
}
