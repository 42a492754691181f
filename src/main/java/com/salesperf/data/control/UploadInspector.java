package com.salesperf.data.control;

import java.util.Locale;

/**
 * The checks before any row is read: the size limit, the file type by name and by content (an .xlsx
 * must be a zip with the OOXML parts, a .csv must not be binary), and the text encoding.
 */
public final class UploadInspector {

    /** The default size limit, 20 MB; configurable with {@code portal.import.max-bytes}. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private UploadInspector() {}

    /** Reads the upload into a table or refuses it with 413, 415 or 422. */
    public static RawTable read(String fileName, byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw ImportRefusedException.ofFile(
                    413, "import.error.tooLarge", maxBytes / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
        if (name.endsWith(".xlsx")) {
            if (!isZip(bytes)
                    || !new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .contains("[Content_Types].xml")) {
                throw ImportRefusedException.ofFile(415, "import.error.type", fileName);
            }
            return XlsxTable.read(bytes);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            if (isZip(bytes) || hasNulBytes(bytes)) {
                throw ImportRefusedException.ofFile(415, "import.error.type", fileName);
            }
            return CsvTable.read(TextDecoding.decode(bytes));
        }
        throw ImportRefusedException.ofFile(415, "import.error.type", fileName);
    }

    static boolean isZip(byte[] bytes) {
        if (bytes.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (bytes[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text files never contain NUL; spreadsheets in the old .xls format and images do. */
    private static boolean hasNulBytes(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
