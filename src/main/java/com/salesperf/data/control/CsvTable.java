package com.salesperf.data.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads comma-separated text (RFC 4180 quoting) into a {@link RawTable}. A cell such as {@code
 * =SUM(A1)} stays the text it is; nothing is ever evaluated.
 */
public final class CsvTable {

    private CsvTable() {}

    public static RawTable read(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<RawTable.Row> rows = new ArrayList<>();
            int line = 0;
            for (CSVRecord record : parser) {
                line++;
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                } else if (!blank(cells)) {
                    rows.add(new RawTable.Row(line, cells));
                }
            }
            return new RawTable(header == null ? List.of() : header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw ImportRefusedException.ofFile(422, "import.error.csvSyntax", e.getMessage());
        }
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
