package com.salesperf.demo.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One import record per kind of fact, as if each had been imported from a CSV file, so every fact
 * row can name the batch it came from. Row counts are known only at the end and filled in then.
 */
final class ImportBatches {

    static final String IMPORTED_BY = "demo-generator";

    /** Import kind → the fact table it fills. */
    private static final Map<String, String> TABLES_BY_KIND = kinds();

    private final Map<String, Long> idsByKind = new LinkedHashMap<>();

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("customers", DemoTables.CUSTOMER);
        kinds.put("sales", DemoTables.SALE);
        kinds.put("collections", DemoTables.RECEIVABLE);
        kinds.put("activities", DemoTables.ACTIVITY);
        kinds.put("opportunities", DemoTables.OPPORTUNITY);
        kinds.put("feedback", DemoTables.FEEDBACK);
        kinds.put("ratings", DemoTables.RATING);
        kinds.put("plan-submissions", DemoTables.PLAN_SUBMISSION);
        kinds.put("training", DemoTables.TRAINING);
        kinds.put("compliance", DemoTables.COMPLIANCE_INCIDENT);
        kinds.put("sales-costs", DemoTables.SALES_COST);
        kinds.put("targets", DemoTables.TARGET);
        return kinds;
    }

    void write(RowBuffers batches, DemoSize size, LocalDateTime importedAt) {
        for (String kind : TABLES_BY_KIND.keySet()) {
            long id = batches.nextId(DemoTables.IMPORT_BATCH);
            String fileName = "demo-" + kind + ".csv";
            batches.add(
                    DemoTables.IMPORT_BATCH,
                    id,
                    kind,
                    fileName,
                    sha256("demo-generator/" + size.name() + "/" + fileName),
                    "DEMO",
                    IMPORTED_BY,
                    importedAt,
                    0,
                    0,
                    0);
            idsByKind.put(kind, id);
        }
    }

    long idOf(String kind) {
        Long id = idsByKind.get(kind);
        if (id == null) {
            throw new IllegalArgumentException("no import batch of kind " + kind);
        }
        return id;
    }

    /** Fills in the row counts once every fact row is written. */
    void recordCounts(Connection connection, Map<String, Long> rowCounts) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement(
                        "UPDATE import_batch SET row_count = ?, inserted_count = ? WHERE id = ?")) {
            for (Map.Entry<String, String> kind : TABLES_BY_KIND.entrySet()) {
                long rows = rowCounts.getOrDefault(kind.getValue(), 0L);
                update.setLong(1, rows);
                update.setLong(2, rows);
                update.setLong(3, idOf(kind.getKey()));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
