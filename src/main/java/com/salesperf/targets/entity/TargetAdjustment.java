package com.salesperf.targets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A mid-period change of a target, kept so results can show that the target moved and why. */
@Entity
@Table(name = "target_adjustment")
public class TargetAdjustment {

    @Id
    @SequenceGenerator(
            name = "target_adjustment_seq",
            sequenceName = "target_adjustment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_adjustment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id")
    private Target target;

    @Column(name = "old_value", nullable = false)
    private BigDecimal oldValue;

    @Column(name = "new_value", nullable = false)
    private BigDecimal newValue;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "adjusted_by", nullable = false)
    private String adjustedBy;

    @Column(name = "adjusted_at", nullable = false)
    private Instant adjustedAt;

    protected TargetAdjustment() {}

    TargetAdjustment(
            Target target,
            BigDecimal oldValue,
            BigDecimal newValue,
            String reason,
            String by,
            Instant at) {
        this.target = target;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
        this.adjustedBy = by;
        this.adjustedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Target getTarget() {
        return target;
    }

    public BigDecimal getOldValue() {
        return oldValue;
    }

    public BigDecimal getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }

    public String getAdjustedBy() {
        return adjustedBy;
    }

    public Instant getAdjustedAt() {
        return adjustedAt;
    }
}
