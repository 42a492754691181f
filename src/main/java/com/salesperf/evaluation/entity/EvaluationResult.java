package com.salesperf.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One rep's immutable result 考核结果 in a run, written by the job in JDBC batches and only read here
 * (no setters). {@link #getResultJson()} is the canonical JSON whose SHA-256 is {@link
 * #getResultHash()}; the other fields are copies for lists.
 */
@Entity
@Table(name = "evaluation_result")
@IdClass(EvaluationResult.Key.class)
public class EvaluationResult {

    /** Position of the result in its run. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long runId;
        private int seq;

        public Key() {}

        public Key(long runId, int seq) {
            this.runId = runId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.runId == runId && key.seq == seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, seq);
        }
    }

    @Id
    @Column(name = "run_id")
    private long runId;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "employee_id", insertable = false, updatable = false)
    private long employeeId;

    @Column(name = "employee_no", insertable = false, updatable = false)
    private String employeeNo;

    @Column(name = "rep_name", insertable = false, updatable = false)
    private String repName;

    @Column(name = "region_code", insertable = false, updatable = false)
    private String regionCode;

    @Column(name = "team_code", insertable = false, updatable = false)
    private String teamCode;

    @Column(name = "evaluable", insertable = false, updatable = false)
    private boolean evaluable;

    @Column(name = "not_evaluable_reason", insertable = false, updatable = false)
    private String notEvaluableReason;

    @Column(name = "completion_rate", insertable = false, updatable = false)
    private BigDecimal completionRate;

    @Column(name = "total_score", insertable = false, updatable = false)
    private BigDecimal totalScore;

    @Column(name = "grade", insertable = false, updatable = false)
    private String grade;

    @Column(name = "company_rank", insertable = false, updatable = false)
    private Integer companyRank;

    @Column(name = "company_size", insertable = false, updatable = false)
    private Integer companySize;

    @Column(name = "region_rank", insertable = false, updatable = false)
    private Integer regionRank;

    @Column(name = "team_rank", insertable = false, updatable = false)
    private Integer teamRank;

    @Column(name = "tier_code", insertable = false, updatable = false)
    private String tierCode;

    @Column(name = "coefficient", insertable = false, updatable = false)
    private BigDecimal coefficient;

    @Column(name = "modifier_factor", insertable = false, updatable = false)
    private BigDecimal modifierFactor;

    @Column(name = "commission", insertable = false, updatable = false)
    private BigDecimal commission;

    @Column(name = "bonus", insertable = false, updatable = false)
    private BigDecimal bonus;

    @Column(name = "currency", insertable = false, updatable = false)
    private String currency;

    @Column(name = "flags", insertable = false, updatable = false)
    private String flags;

    @Lob
    @Column(name = "result_json", insertable = false, updatable = false)
    private String resultJson;

    @Column(name = "result_hash", insertable = false, updatable = false)
    private String resultHash;

    protected EvaluationResult() {}

    public long getRunId() {
        return runId;
    }

    public int getSeq() {
        return seq;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getRepName() {
        return repName;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public boolean isEvaluable() {
        return evaluable;
    }

    public String getNotEvaluableReason() {
        return notEvaluableReason;
    }

    public BigDecimal getCompletionRate() {
        return completionRate;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    /** The total as people see it: one decimal. */
    public BigDecimal getDisplayTotal() {
        return totalScore == null ? null : totalScore.setScale(1, java.math.RoundingMode.HALF_UP);
    }

    public String getGrade() {
        return grade;
    }

    public Integer getCompanyRank() {
        return companyRank;
    }

    public Integer getCompanySize() {
        return companySize;
    }

    public Integer getRegionRank() {
        return regionRank;
    }

    public Integer getTeamRank() {
        return teamRank;
    }

    public String getTierCode() {
        return tierCode;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public BigDecimal getModifierFactor() {
        return modifierFactor;
    }

    public BigDecimal getCommission() {
        return commission;
    }

    public BigDecimal getBonus() {
        return bonus;
    }

    public String getCurrency() {
        return currency;
    }

    public List<String> getFlagList() {
        return flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split(","));
    }

    public String getFlags() {
        return flags;
    }

    public String getResultJson() {
        return resultJson;
    }

    public String getResultHash() {
        return resultHash;
    }
}
