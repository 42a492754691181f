package com.salesperf.presentation.shell;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A generated PDF as a page download. */
public final class PdfDownload {

    private PdfDownload() {}

    public static StreamedContent of(byte[] pdf, String fileName) {
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }
}
