package com.salesperf.demo.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A SHA-256 of each generated table's rows in key order, to compare two databases. */
final class TableChecksums {

    private TableChecksums() {}

    static Map<String, String> of(Connection connection) throws SQLException {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String table : tables()) {
            checksums.put(table, checksum(connection, table));
        }
        return checksums;
    }

    static List<String> tables() {
        return List.copyOf(DemoTables.buffers().rowCounts().keySet());
    }

    private static String checksum(Connection connection, String table) throws SQLException {
        MessageDigest digest = sha256();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(rows.getString(column)).append('\u001f');
                }
                digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
