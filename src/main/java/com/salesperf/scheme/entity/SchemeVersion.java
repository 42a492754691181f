package com.salesperf.scheme.entity;

import com.salesperf.evaluation.control.Sha256;
import com.salesperf.scheme.control.PeriodType;
import com.salesperf.scheme.control.Population;
import com.salesperf.scheme.control.SchemeDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One version of an evaluation scheme. The definition is stored as canonical JSON and never changes
 * after the row is written: an edit is a new version, so a run's results always point at the
 * content they were computed with.
 */
@Entity
@Table(name = "scheme_version")
@NamedQuery(
        name = "SchemeVersion.byCode",
        query = "SELECT s FROM SchemeVersion s WHERE s.code = :code ORDER BY s.version DESC")
@NamedQuery(
        name = "SchemeVersion.all",
        query = "SELECT s FROM SchemeVersion s ORDER BY s.code, s.version DESC")
@NamedQuery(name = "SchemeVersion.count", query = "SELECT COUNT(s) FROM SchemeVersion s")
public class SchemeVersion {

    @Id
    @SequenceGenerator(
            name = "scheme_version_seq",
            sequenceName = "scheme_version_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheme_version_seq")
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "name_zh", nullable = false, updatable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false, updatable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, updatable = false)
    private PeriodType periodType;

    @Column(name = "plan_code", updatable = false)
    private String planCode;

    @Column(name = "population_levels", updatable = false)
    private String populationLevels;

    @Column(name = "population_markets", updatable = false)
    private String populationMarkets;

    @Column(name = "population_stages", updatable = false)
    private String populationStages;

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

    protected SchemeVersion() {}

    public SchemeVersion(
            SchemeDefinition definition,
            String planCode,
            Population population,
            String createdBy,
            String changeReason,
            Instant createdAt) {
        this.code = definition.code();
        this.version = definition.version();
        this.nameZh = definition.nameZh();
        this.nameEn = definition.nameEn();
        this.periodType = definition.periodType();
        this.planCode = planCode;
        this.populationLevels = population.levelsText();
        this.populationMarkets = population.marketsText();
        this.populationStages = population.stagesText();
        this.definitionJson = DefinitionDocument.write(definition);
        this.contentHash = Sha256.hex(definitionJson);
        this.createdBy = createdBy;
        this.changeReason = changeReason;
        this.createdAt = createdAt;
    }

    public SchemeDefinition definition() {
        return DefinitionDocument.readScheme(definitionJson);
    }

    public Population population() {
        return Population.of(
                split(populationLevels), split(populationMarkets), split(populationStages));
    }

    /** A run used this version: from now on an edit must create a new one. */
    public void freeze() {
        this.frozen = true;
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).toList();
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

    public PeriodType getPeriodType() {
        return periodType;
    }

    public String getPlanCode() {
        return planCode;
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
