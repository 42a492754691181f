package com.salesperf.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesperf.evaluation.control.Sha256;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class PackageArchiveTest {

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void theManifestListsTheHashOfEveryOtherFileAndVerifies() throws IOException {
        byte[] zip =
                new PackageArchive()
                        .add("results.csv", "a,b\r\n1,2\r\n")
                        .add("schemes/Q-v1.json", "{\"x\":1}")
                        .zip();
        Map<String, byte[]> files = unzip(zip);
        assertThat(files.keySet())
                .containsExactly("results.csv", "schemes/Q-v1.json", "SHA256SUMS");
        String manifest = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8);
        for (String line : manifest.strip().split("\n")) {
            String[] parts = line.split("  ", 2);
            assertThat(Sha256.hex(files.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        assertThat(manifest.lines()).hasSize(2);
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        assertThat(new PackageArchive().add("a.txt", "x").zip())
                .isEqualTo(new PackageArchive().add("a.txt", "x").zip());
    }
}
