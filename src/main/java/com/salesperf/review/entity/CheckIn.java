package com.salesperf.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A check-in note on a running improvement plan. */
@Entity
@Table(name = "improvement_checkin")
@NamedQuery(
        name = "CheckIn.findByPlan",
        query = "SELECT c FROM CheckIn c WHERE c.planId = :plan ORDER BY c.checkedAt, c.id")
public class CheckIn {

    @Id
    @SequenceGenerator(
            name = "improvement_checkin_seq",
            sequenceName = "improvement_checkin_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_checkin_seq")
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    @Column(name = "checked_by", nullable = false, updatable = false)
    private String checkedBy;

    @Column(nullable = false, updatable = false)
    private String note;

    protected CheckIn() {}

    public CheckIn(long planId, String by, Instant at, String note) {
        this.planId = planId;
        this.checkedBy = by;
        this.checkedAt = at;
        this.note = note.strip();
    }

    public Long getId() {
        return id;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public String getNote() {
        return note;
    }
}
