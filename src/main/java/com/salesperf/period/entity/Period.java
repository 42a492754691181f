package com.salesperf.period.entity;

import com.salesperf.period.control.PeriodCode;
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
import java.time.Instant;
import java.time.LocalDate;

/** An evaluation period with its canonical code (2023-07, 2023Q3, 2023H2, 2023). */
@Entity
@Table(name = "period")
@NamedQuery(name = "Period.findByCode", query = "SELECT p FROM Period p WHERE p.code = :code")
@NamedQuery(
        name = "Period.findByTypeOrdered",
        query = "SELECT p FROM Period p WHERE p.type = :type ORDER BY p.startDate DESC")
@NamedQuery(
        name = "Period.findAllOrdered",
        query = "SELECT p FROM Period p ORDER BY p.startDate DESC, p.type")
public class Period {

    @Id
    @SequenceGenerator(name = "period_seq", sequenceName = "period_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "period_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 10)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeriodType type;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeriodStatus status;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version private long version;

    protected Period() {}

    public Period(PeriodCode code) {
        this.code = code.toString();
        this.type = code.type();
        this.startDate = code.start();
        this.endDate = code.end();
        this.status = PeriodStatus.OPEN;
    }

    public PeriodCode periodCode() {
        return PeriodCode.parse(code);
    }

    /** True once the last day of the period has passed. */
    public boolean isOverOn(LocalDate today) {
        return today.isAfter(endDate);
    }

    public void startClosing() {
        this.status = PeriodStatus.CLOSING;
    }

    public void close(Instant when) {
        this.status = PeriodStatus.CLOSED;
        this.closedAt = when;
    }

    public void reopen() {
        this.status = PeriodStatus.CLOSING;
        this.closedAt = null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public PeriodType getType() {
        return type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public PeriodStatus getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
