package com.salesperf.data.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record of one accepted import: who, when, which file (name and hash) and row counts. */
@Entity
@Table(name = "import_batch")
public class ImportBatch {

    @Id
    @SequenceGenerator(
            name = "import_batch_seq",
            sequenceName = "import_batch_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_batch_seq")
    private Long id;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportSource source;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "inserted_count", nullable = false)
    private int insertedCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    protected ImportBatch() {}

    /** {@code kind} is the code of the file kind, as in the import URL: sales, collections, … */
    public ImportBatch(
            String kind,
            String fileName,
            String fileSha256,
            ImportSource source,
            String importedBy,
            Instant importedAt) {
        this.kind = kind;
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.source = source;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public void countRows(int rows, int inserted, int updated) {
        this.rowCount = rows;
        this.insertedCount = inserted;
        this.updatedCount = updated;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public ImportSource getSource() {
        return source;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public int getRowCount() {
        return rowCount;
    }

    public int getInsertedCount() {
        return insertedCount;
    }

    public int getUpdatedCount() {
        return updatedCount;
    }
}
