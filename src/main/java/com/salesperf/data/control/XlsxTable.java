package com.salesperf.data.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx workbook into a {@link RawTable} with POI's streaming (SAX)
 * reader, so a large sheet never sits in memory as a workbook. Dates become ISO text, numbers plain
 * decimals without exponent or grouping; for a formula the value Excel last calculated is read (POI
 * never evaluates anything).
 */
public final class XlsxTable {

    private XlsxTable() {}

    public static RawTable read(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes);
                OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return new RawTable(List.of(), List.of());
            }
            Collector collector = new Collector();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(
                                styles, null, strings, collector, new IsoFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return collector.table();
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | RuntimeException e) {
            throw ImportRefusedException.ofFile(415, "import.error.xlsxBroken");
        }
    }

    /** Collects rows; cells missing in the XML (empty cells) become empty strings. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private List<String> header;
        private final List<RawTable.Row> rows = new ArrayList<>();
        private List<String> current;

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                header = current;
            } else if (!CsvTable.blank(current)) {
                rows.add(new RawTable.Row(rowNum + 1, current));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }

        RawTable table() {
            return new RawTable(header == null ? List.of() : header, rows);
        }
    }

    /** Formats numbers as the importer reads them rather than as Excel displays them. */
    private static final class IsoFormatter extends DataFormatter {
        private static final DateTimeFormatter MINUTES =
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value);
                return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        ? time.toLocalDate().toString()
                        : time.format(MINUTES);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
