package com.salesperf.data.entity;

import com.salesperf.period.entity.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Finance's confirmation 财务确认 of a period's sales and collections totals, as they were when
 * confirmed. It counts only while the current figures still match ({@link #matches}).
 */
@Entity
@Table(name = "period_confirmation")
@NamedQuery(
        name = "PeriodConfirmation.findByPeriodNewestFirst",
        query =
                "SELECT c FROM PeriodConfirmation c WHERE c.period.code = :code ORDER BY c.confirmedAt DESC, c.id DESC")
public class PeriodConfirmation {

    @Id
    @SequenceGenerator(
            name = "period_confirmation_seq",
            sequenceName = "period_confirmation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "period_confirmation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private Period period;

    @Column(name = "sales_total", nullable = false)
    private BigDecimal salesTotal;

    @Column(name = "sales_count", nullable = false)
    private long salesCount;

    @Column(name = "collections_total", nullable = false)
    private BigDecimal collectionsTotal;

    @Column(name = "collections_count", nullable = false)
    private long collectionsCount;

    @Column(name = "confirmed_by", nullable = false)
    private String confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Version private long version;

    protected PeriodConfirmation() {}

    public PeriodConfirmation(Period period, PeriodTotals totals, String by, Instant at) {
        this.period = period;
        this.salesTotal = totals.salesTotal();
        this.salesCount = totals.salesCount();
        this.collectionsTotal = totals.collectionsTotal();
        this.collectionsCount = totals.collectionsCount();
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    /** True while the figures are exactly those confirmed (amounts compared by value). */
    public boolean matches(PeriodTotals current) {
        return confirmedTotals().equals(current);
    }

    public PeriodTotals confirmedTotals() {
        return new PeriodTotals(salesTotal, salesCount, collectionsTotal, collectionsCount);
    }

    public void supersede(Instant at) {
        if (supersededAt == null) {
            supersededAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Period getPeriod() {
        return period;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }
}
