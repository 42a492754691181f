package com.salesperf.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * One evaluation run 考核计算 of a period under one scheme and plan version. Its row is also the claim:
 * the unique key (period, scheme version, trigger) lets the database decide that a scheduled close
 * happens once.
 */
@Entity
@Table(name = "evaluation_run")
@NamedQuery(
        name = "EvaluationRun.findAllNewestFirst",
        query = "SELECT r FROM EvaluationRun r ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(
        name = "EvaluationRun.findDraftsOfPeriodAndScheme",
        query =
                "SELECT r FROM EvaluationRun r WHERE r.periodCode = :period AND r.schemeCode = :scheme"
                        + " AND r.status = com.salesperf.evaluation.entity.RunStatus.COMPLETED"
                        + " AND r.preview = FALSE AND r.id <> :run")
@NamedQuery(
        name = "EvaluationRun.findByClaim",
        query =
                "SELECT r FROM EvaluationRun r WHERE r.periodCode = :period"
                        + " AND r.schemeVersionId = :scheme AND r.triggerKey = :trigger")
@NamedQuery(
        name = "EvaluationRun.findUnfinished",
        query =
                "SELECT r FROM EvaluationRun r WHERE r.status IN"
                        + " (com.salesperf.evaluation.entity.RunStatus.CLAIMED,"
                        + " com.salesperf.evaluation.entity.RunStatus.RUNNING)")
public class EvaluationRun {

    public static final String ENGINE_VERSION = "1.0";

    @Id
    @SequenceGenerator(
            name = "evaluation_run_seq",
            sequenceName = "evaluation_run_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_run_seq")
    private Long id;

    @Column(name = "period_code", nullable = false)
    private String periodCode;

    @Column(name = "period_type", nullable = false)
    private String periodType;

    @Column(name = "scheme_version_id", nullable = false)
    private long schemeVersionId;

    @Column(name = "scheme_code", nullable = false)
    private String schemeCode;

    @Column(name = "scheme_version", nullable = false)
    private int schemeVersion;

    @Column(name = "scheme_hash", nullable = false)
    private String schemeHash;

    @Column(name = "plan_version_id", nullable = false)
    private long planVersionId;

    @Column(name = "plan_code", nullable = false)
    private String planCode;

    @Column(name = "plan_version", nullable = false)
    private int planVersion;

    @Column(name = "plan_hash", nullable = false)
    private String planHash;

    @Column(name = "trigger_key", nullable = false)
    private String triggerKey;

    @Column(name = "preview", nullable = false)
    private boolean preview;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RunStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    private RunPhase phase;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "total_items", nullable = false)
    private int totalItems;

    @Column(name = "scored_items", nullable = false)
    private int scoredItems;

    @Column(name = "written_items", nullable = false)
    private int writtenItems;

    @Column(name = "evaluable_count")
    private Integer evaluableCount;

    @Column(name = "not_evaluable_count")
    private Integer notEvaluableCount;

    @Column(name = "total_bonus")
    private BigDecimal totalBonus;

    @Column(name = "currency")
    private String currency;

    @Column(name = "run_hash")
    private String runHash;

    @Column(name = "import_batches")
    private String importBatches;

    @Column(name = "engine_version", nullable = false)
    private String engineVersion;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "progress_at")
    private Instant progressAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Version private long version;

    protected EvaluationRun() {}

    public EvaluationRun(RunRequest request, String requestedBy, Instant now) {
        this.periodCode = request.periodCode();
        this.periodType = request.periodType();
        this.schemeVersionId = request.schemeVersionId();
        this.schemeCode = request.schemeCode();
        this.schemeVersion = request.schemeVersion();
        this.schemeHash = request.schemeHash();
        this.planVersionId = request.planVersionId();
        this.planCode = request.planCode();
        this.planVersion = request.planVersion();
        this.planHash = request.planHash();
        this.triggerKey = request.triggerKey();
        this.preview = request.preview();
        this.status = RunStatus.CLAIMED;
        this.phase = RunPhase.CLAIMED;
        this.engineVersion = ENGINE_VERSION;
        this.requestedBy = requestedBy;
        this.createdAt = now;
    }

    /** A new execution of the job works on this run. */
    public void started(long executionId, Instant now) {
        this.executionId = executionId;
        this.attempts++;
        this.status = RunStatus.RUNNING;
        this.failureReason = null;
        this.finishedAt = null;
        if (startedAt == null) {
            startedAt = now;
        }
        this.progressAt = now;
    }

    /** Waits for its next execution: no longer failed, not running yet. */
    public void requeued() {
        // The old execution may still report its end: it is no longer this run's.
        this.executionId = null;
        this.status = RunStatus.CLAIMED;
        this.failureReason = null;
        this.finishedAt = null;
    }

    public void failed(String reason, Instant now) {
        this.status = RunStatus.FAILED;
        this.failureReason = reason == null ? "unknown failure" : truncate(reason, 1000);
        this.finishedAt = now;
    }

    public void completed(
            String runHash,
            int evaluable,
            int notEvaluable,
            BigDecimal totalBonus,
            String currency,
            Instant now) {
        this.status = RunStatus.COMPLETED;
        this.phase = RunPhase.DONE;
        this.runHash = runHash;
        this.evaluableCount = evaluable;
        this.notEvaluableCount = notEvaluable;
        this.totalBonus = totalBonus;
        this.currency = currency;
        this.finishedAt = now;
        this.progressAt = now;
    }

    public void supersededBy(long laterRun, Instant now) {
        this.status = RunStatus.SUPERSEDED;
        this.supersededBy = laterRun;
        this.supersededAt = now;
    }

    /** Whether the page may offer a restart. */
    public boolean restartable() {
        return status == RunStatus.FAILED;
    }

    /** Share of the work done, 0–100, over the two chunked steps (scoring and writing). */
    public int percentDone() {
        if (phase == RunPhase.DONE) {
            return 100;
        }
        if (totalItems == 0) {
            return 0;
        }
        return (int) Math.min(99, (50L * scoredItems + 50L * writtenItems) / totalItems);
    }

    /** How long the run took or has taken so far. */
    public Duration elapsed(Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        return Duration.between(startedAt, finishedAt == null ? now : finishedAt);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public String getPeriodType() {
        return periodType;
    }

    public long getSchemeVersionId() {
        return schemeVersionId;
    }

    public String getSchemeCode() {
        return schemeCode;
    }

    public int getSchemeVersion() {
        return schemeVersion;
    }

    public String getSchemeHash() {
        return schemeHash;
    }

    public long getPlanVersionId() {
        return planVersionId;
    }

    public String getPlanCode() {
        return planCode;
    }

    public int getPlanVersion() {
        return planVersion;
    }

    public String getPlanHash() {
        return planHash;
    }

    public String getTriggerKey() {
        return triggerKey;
    }

    public boolean isPreview() {
        return preview;
    }

    public RunStatus getStatus() {
        return status;
    }

    public RunPhase getPhase() {
        return phase;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getTotalItems() {
        return totalItems;
    }

    public int getScoredItems() {
        return scoredItems;
    }

    public int getWrittenItems() {
        return writtenItems;
    }

    public Integer getEvaluableCount() {
        return evaluableCount;
    }

    public Integer getNotEvaluableCount() {
        return notEvaluableCount;
    }

    public BigDecimal getTotalBonus() {
        return totalBonus;
    }

    public String getCurrency() {
        return currency;
    }

    public String getRunHash() {
        return runHash;
    }

    public String getImportBatches() {
        return importBatches;
    }

    public String getEngineVersion() {
        return engineVersion;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getProgressAt() {
        return progressAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public Long getSupersededBy() {
        return supersededBy;
    }
}
