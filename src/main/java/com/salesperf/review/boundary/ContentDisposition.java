package com.salesperf.review.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A download header that survives non-ASCII file names and cannot be used to inject headers. */
final class ContentDisposition {

    private ContentDisposition() {}

    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
