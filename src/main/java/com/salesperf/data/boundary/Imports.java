package com.salesperf.data.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.data.control.FileImport;
import com.salesperf.data.control.ImportBatchRow;
import com.salesperf.data.control.ImportKind;
import com.salesperf.data.control.ImportOutcome;
import com.salesperf.data.control.ImportRefusedException;
import com.salesperf.data.control.RawTable;
import com.salesperf.data.control.UploadInspector;
import com.salesperf.evaluation.control.Sha256;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.SecurityLog;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Data imports: one file, one transaction. The file is checked (size, type, encoding), every row
 * validated, and either all rows are stored with their import batch and an audit entry, or nothing
 * is and the caller gets every problem. ADMIN imports every kind, FINANCE its own figures.
 */
@Stateless
public class Imports {

    private static final Logger LOG = Logger.getLogger(Imports.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";

    @Resource(lookup = "jdbc/app")
    DataSource dataSource;

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    @Inject Event<DataImported> imported;

    @Inject
    @ConfigProperty(name = "portal.import.max-bytes", defaultValue = "20971520")
    long maxBytes;

    public ImportOutcome importFile(
            Caller caller,
            String kindSlug,
            String fileName,
            byte[] content,
            FileImport.Source source) {
        ImportKind kind = requireKind(caller, kindSlug);
        RawTable table = UploadInspector.read(fileName, content, maxBytes);
        FileImport.Received file =
                new FileImport.Received(kind, fileName, Sha256.hex(content), source);
        long started = System.nanoTime();
        ImportOutcome outcome = store(caller, file, table);
        LOG.info(
                () ->
                        "Import batch "
                                + outcome.batchId()
                                + " ("
                                + kind.slug()
                                + ", "
                                + outcome.rows()
                                + " rows) by "
                                + caller.username()
                                + " in "
                                + (System.nanoTime() - started) / 1_000_000
                                + " ms");
        auditTrail.record(
                AuditEvent.of(caller.username(), "DATA_IMPORTED", "ImportBatch", outcome.batchId())
                        .after(
                                JsonbBuilder.create()
                                        .toJson(
                                                Map.of(
                                                        "kind", kind.slug(),
                                                        "fileName",
                                                                file.fileName() == null
                                                                        ? ""
                                                                        : file.fileName(),
                                                        "sha256", file.sha256(),
                                                        "source", source.name(),
                                                        "rows", outcome.rows(),
                                                        "inserted", outcome.inserted(),
                                                        "updated", outcome.updated()))));
        imported.fire(new DataImported(outcome.batchId(), kind.name()));
        return outcome;
    }

    /** The kinds this caller may import (for the upload page's choice). */
    public List<ImportKind> importableKinds(Caller caller) {
        return java.util.Arrays.stream(ImportKind.values())
                .filter(k -> k.mayBeImportedBy(caller))
                .toList();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public List<ImportBatchRow> history(Caller caller, PageRequest page) {
        requireReader(caller);
        return em.createQuery(
                        "SELECT NEW com.salesperf.data.control.ImportBatchRow(b.id, b.kind, b.fileName,"
                                + " b.fileSha256, b.source, b.importedBy, b.importedAt, b.rowCount,"
                                + " b.insertedCount, b.updatedCount) FROM ImportBatch b"
                                + " ORDER BY b.importedAt DESC, b.id DESC",
                        ImportBatchRow.class)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long historyCount(Caller caller) {
        requireReader(caller);
        return em.createQuery("SELECT COUNT(b) FROM ImportBatch b", Long.class).getSingleResult();
    }

    private ImportOutcome store(Caller caller, FileImport.Received file, RawTable table) {
        try (Connection connection = dataSource.getConnection()) {
            return FileImport.run(connection, file, table, caller.username(), LocalDateTime.now());
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw ImportRefusedException.ofFile(409, "import.error.concurrent");
            }
            throw new IllegalStateException("import failed in the database", e);
        }
    }

    private static ImportKind requireKind(Caller caller, String slug) {
        ImportKind kind =
                ImportKind.bySlug(slug)
                        .orElseThrow(() -> new NotFoundException("import kind " + slug));
        if (!kind.mayBeImportedBy(caller)) {
            SecurityLog.accessRefused(caller.username(), "import/" + slug, "-");
            throw new AccessDeniedException("import " + slug);
        }
        return kind;
    }

    /** Import records are for the people who import and for auditors. */
    private static void requireReader(Caller caller) {
        if (!caller.hasAny(Role.ADMIN, Role.FINANCE, Role.AUDITOR)) {
            throw new AccessDeniedException("import history");
        }
    }
}
