package com.salesperf.review.control;

import com.salesperf.evaluation.control.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip whose last file, {@code SHA256SUMS}, lists the SHA-256 of every other file in the format
 * {@code sha256sum -c} reads, so an auditor can check the package with standard tools. File times
 * are fixed, so the same content always gives the same bytes.
 */
public final class PackageArchive {

    public static final String MANIFEST = "SHA256SUMS";

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public PackageArchive add(String name, byte[] content) {
        if (name.equals(MANIFEST) || files.containsKey(name)) {
            throw new IllegalArgumentException("duplicate file " + name);
        }
        files.put(name, content.clone());
        return this;
    }

    public PackageArchive add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The manifest text: one "hash name" line per file, in the order added. */
    public String manifest() {
        StringBuilder text = new StringBuilder();
        files.forEach(
                (name, content) ->
                        text.append(Sha256.hex(content)).append("  ").append(name).append('\n'));
        return text.toString();
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
            put(zip, MANIFEST, manifest().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0L);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
