package com.salesperf.platform.control;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The one font rule of every PDF the portal writes: names, reasons and labels are often Chinese, so
 * the text font must have CJK glyphs, and it is embedded (as a subset of the characters used) so
 * the reader needs no font of their own.
 *
 * <p>Where the font comes from, first match wins:
 *
 * <ol>
 *   <li>the system property {@value #LOCATION_PROPERTY} or the environment variable {@value
 *       #LOCATION_ENV}: a TrueType/OpenType file, for a collection (.ttc) with the face index after
 *       a comma, e.g. {@code /opt/fonts/NotoSansCJK-Regular.ttc,2};
 *   <li>well-known system locations ({@link #SYSTEM_FONTS}), first of all the Debian package
 *       fonts-noto-cjk that the CI script installs;
 *   <li>otherwise Helvetica: Latin text and numbers still print, Chinese characters stay blank, and
 *       a warning is logged once.
 * </ol>
 *
 * The war carries no font of its own (a CJK font is 15–30 MB); servers install one.
 */
public final class PdfFonts {

    public static final String LOCATION_PROPERTY = "portal.pdf.font";
    public static final String LOCATION_ENV = "PORTAL_PDF_FONT";

    /** Face 2 of the Noto CJK collections is Simplified Chinese (0 Japanese, 1 Korean). */
    static final List<String> SYSTEM_FONTS =
            List.of(
                    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
                    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2",
                    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc,2",
                    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
                    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
                    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
                    "/usr/share/fonts/truetype/arphic/uming.ttc,0",
                    "C:/Windows/Fonts/msyh.ttc,0",
                    "C:/Windows/Fonts/simsun.ttc,0");

    private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());

    /** A loaded font and where it came from; {@code base} is null for the Helvetica fallback. */
    public record Choice(BaseFont base, String source) {

        public boolean cjk() {
            return base != null;
        }

        public Font font(float size, int style) {
            return base == null
                    ? new Font(Font.HELVETICA, size, style)
                    : new Font(base, size, style);
        }
    }

    private PdfFonts() {}

    /** A font of the shared choice. */
    public static Font font(float size, int style) {
        return choice().font(size, style);
    }

    public static Choice choice() {
        return Shared.CHOICE;
    }

    /**
     * The first candidate that loads and has Chinese glyphs, else the Helvetica fallback (with one
     * warning). Candidates that are missing are skipped quietly; one that exists but fails to load
     * or lacks CJK glyphs is named in the log.
     */
    public static Choice choose(List<String> candidates) {
        for (String candidate : candidates) {
            if (candidate == null || candidate.isBlank() || !Files.isRegularFile(file(candidate))) {
                continue;
            }
            try {
                BaseFont base =
                        BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                if (base.charExists('中') && base.charExists('张')) {
                    return new Choice(base, candidate);
                }
                LOG.warning(() -> "PDF font " + candidate + " has no Chinese glyphs; skipped");
            } catch (Exception | LinkageError e) {
                LOG.warning(() -> "PDF font " + candidate + " could not be loaded: " + e);
            }
        }
        LOG.warning(
                () ->
                        "No CJK font found for PDFs (tried "
                                + candidates
                                + "): Chinese text will be blank. Install fonts-noto-cjk or set "
                                + LOCATION_PROPERTY
                                + " / "
                                + LOCATION_ENV
                                + " to a font file with Chinese glyphs.");
        return new Choice(null, "Helvetica");
    }

    /** The configured location (if any) first, then the system locations. */
    static List<String> candidates(String configured) {
        List<String> all = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            all.add(configured.strip());
        }
        all.addAll(SYSTEM_FONTS);
        return all;
    }

    private static Path file(String candidate) {
        int comma = candidate.lastIndexOf(',');
        String path =
                comma > 0 && candidate.substring(comma + 1).strip().matches("\\d+")
                        ? candidate.substring(0, comma)
                        : candidate;
        return Path.of(path);
    }

    /** Loaded on first use, once per server: parsing a CJK collection takes a moment. */
    private static final class Shared {
        static final Choice CHOICE = load();

        private static Choice load() {
            String configured = System.getProperty(LOCATION_PROPERTY, System.getenv(LOCATION_ENV));
            Choice choice = choose(candidates(configured));
            LOG.info(() -> "PDF text font: " + choice.source());
            return choice;
        }
    }
}
