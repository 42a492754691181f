package com.salesperf.platform.control;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Reads PDFs back in tests: the text of every page and the fonts the pages use. */
public final class PdfText {

    private PdfText() {}

    /** The text of all pages, page after page. */
    public static String of(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                }
                return text.toString();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document title of the PDF's metadata. It is stored as Unicode, so Chinese can be checked
     * here even on a machine without a CJK font.
     */
    public static String title(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                return reader.getInfo().get("Title");
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                return reader.getNumberOfPages();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base font names used on the first page, e.g. "AAAAAB+NotoSansCJKsc-Regular". */
    public static List<String> fontsOfFirstPage(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfDictionary resources =
                        reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
                List<String> names = new ArrayList<>();
                for (PdfName key : resources.getKeys()) {
                    PdfDictionary font = resources.getAsDict(key);
                    names.add(PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString()));
                }
                return names;
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Skips the calling test only when this machine has no CJK font file at any known location
     * (then Chinese cannot be checked). With a font file present, the portal's font rule must have
     * loaded it, and a test that then finds Chinese missing fails.
     */
    public static void assumeCjkFont() {
        boolean present =
                PdfFonts.candidates(
                                System.getProperty(
                                        PdfFonts.LOCATION_PROPERTY,
                                        System.getenv(PdfFonts.LOCATION_ENV)))
                        .stream()
                        .map(c -> c.replaceAll(",\\d+$", ""))
                        .anyMatch(
                                path ->
                                        java.nio.file.Files.isRegularFile(
                                                java.nio.file.Path.of(path)));
        Assumptions.assumeTrue(
                present, "no CJK font on this machine: install fonts-noto-cjk (CI does)");
        org.assertj.core.api.Assertions.assertThat(PdfFonts.choice().cjk())
                .as("a CJK font file exists but the PDF font rule did not load it")
                .isTrue();
    }
}
