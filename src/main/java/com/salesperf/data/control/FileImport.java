package com.salesperf.data.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * One file through the whole pipeline on one connection of the caller's transaction: validate every
 * row (references looked up in bulk), record the import batch, write the rows, fill in the counts.
 * Throws {@link ImportRefusedException} with every problem when anything is invalid.
 */
public final class FileImport {

    /** Where a file came from: the upload page or the REST API. */
    public enum Source {
        UPLOAD,
        API
    }

    /** The file as received: its kind, name, content hash and source. */
    public record Received(ImportKind kind, String fileName, String sha256, Source source) {}

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(FileImport.class.getName());

    private FileImport() {}

    public static ImportOutcome run(
            Connection connection, Received file, RawTable table, String username, LocalDateTime at)
            throws SQLException {
        KindSpec spec = KindSpecs.of(file.kind());
        long started = System.nanoTime();
        FileValidator.Valid valid =
                new FileValidator(spec, needs -> lookup(connection, needs)).validate(table);
        long checked = System.nanoTime();
        long batchId = IdAllocator.reserve(connection, "import_batch_seq", 1).next();
        insertBatch(connection, batchId, file, username, at, valid.rows().size());
        FactWriter.Counts counts =
                new FactWriter(connection, spec)
                        .write(
                                valid.rows(),
                                valid.refs(),
                                new ImportContext(username, at, batchId));
        updateCounts(connection, batchId, counts);
        long written = System.nanoTime();
        LOG.info(
                () ->
                        String.format(
                                "Import batch %d: %d %s rows checked in %d ms, written in %d ms",
                                batchId,
                                valid.rows().size(),
                                file.kind().slug(),
                                (checked - started) / 1_000_000,
                                (written - checked) / 1_000_000));
        return new ImportOutcome(
                batchId,
                file.kind().slug(),
                valid.rows().size(),
                counts.inserted(),
                counts.updated());
    }

    private static Refs lookup(
            Connection connection, java.util.Map<RefKind, java.util.Set<String>> needs) {
        try {
            return ReferenceLookup.load(connection, needs);
        } catch (SQLException e) {
            throw new IllegalStateException("reference lookup failed", e);
        }
    }

    private static void insertBatch(
            Connection connection,
            long id,
            Received file,
            String username,
            LocalDateTime at,
            int rows)
            throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "INSERT INTO import_batch (id, kind, file_name, file_sha256, source, imported_by,"
                                + " imported_at, row_count, inserted_count, updated_count)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, file.kind().slug());
            insert.setString(3, truncate(file.fileName(), 255));
            insert.setString(4, file.sha256());
            insert.setString(5, file.source().name());
            insert.setString(6, username);
            insert.setObject(7, at);
            insert.setInt(8, rows);
            insert.executeUpdate();
        }
    }

    private static void updateCounts(Connection connection, long id, FactWriter.Counts counts)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement(
                        "UPDATE import_batch SET inserted_count = ?, updated_count = ? WHERE id = ?")) {
            update.setInt(1, counts.inserted());
            update.setInt(2, counts.updated());
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    private static String truncate(String text, int max) {
        String value = text == null || text.isBlank() ? "-" : text.strip();
        return value.length() <= max ? value : value.substring(0, max);
    }
}
