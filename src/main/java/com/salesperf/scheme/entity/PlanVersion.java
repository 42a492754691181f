package com.salesperf.scheme.entity;

import com.salesperf.evaluation.control.Sha256;
import com.salesperf.scheme.control.PlanDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One version of an incentive plan. The definition is stored as canonical JSON and never changes
 * after the row is written: an edit is a new version, so a run's results always point at the
 * content they were computed with.
 */
@Entity
@Table(name = "plan_version")
@NamedQuery(
        name = "PlanVersion.byCode",
        query = "SELECT s FROM PlanVersion s WHERE s.code = :code ORDER BY s.version DESC")
@NamedQuery(
        name = "PlanVersion.all",
        query = "SELECT s FROM PlanVersion s ORDER BY s.code, s.version DESC")
@NamedQuery(name = "PlanVersion.count", query = "SELECT COUNT(s) FROM PlanVersion s")
public class PlanVersion {

    @Id
    @SequenceGenerator(
            name = "plan_version_seq",
            sequenceName = "plan_version_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_version_seq")
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "name_zh", nullable = false, updatable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false, updatable = false)
    private String nameEn;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Lob
    @Column(name = "definition_json", nullable = false, updatable = false)
    private String definitionJson;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @Column(nullable = false)
    private boolean frozen;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "change_reason", updatable = false)
    private String changeReason;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected PlanVersion() {}

    public PlanVersion(
            PlanDefinition definition, String createdBy, String changeReason, Instant createdAt) {
        this.code = definition.code();
        this.version = definition.version();
        this.nameZh = definition.nameZh();
        this.nameEn = definition.nameEn();
        this.currency = definition.currency();
        this.definitionJson = DefinitionDocument.write(definition);
        this.contentHash = Sha256.hex(definitionJson);
        this.createdBy = createdBy;
        this.changeReason = changeReason;
        this.createdAt = createdAt;
    }

    public PlanDefinition definition() {
        return DefinitionDocument.readPlan(definitionJson);
    }

    /** A run used this version: from now on an edit must create a new one. */
    public void freeze() {
        this.frozen = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getCurrency() {
        return currency;
    }

    public String getDefinitionJson() {
        return definitionJson;
    }

    public String getContentHash() {
        return contentHash;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getChangeReason() {
        return changeReason;
    }
}
