package com.salesperf.platform.boundary.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * File downloads of the REST API: always an attachment, never shown inline, with a
 * Content-Disposition header that survives non-ASCII file names and cannot be used to inject
 * headers.
 */
public final class Downloads {

    private Downloads() {}

    public static Response attachment(Object content, String mediaType, String fileName) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", contentDisposition(fileName))
                .build();
    }

    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
