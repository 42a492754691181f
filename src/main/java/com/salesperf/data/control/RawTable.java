package com.salesperf.data.control;

import java.util.List;

/**
 * A file as read, before any interpretation: the header cells and the data rows with their
 * spreadsheet row numbers. Cells are text exactly as written; nothing is evaluated.
 */
public record RawTable(List<String> header, List<Row> rows) {

    /** One data row; {@code number} is the row as the user sees it (header = row 1). */
    public record Row(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
