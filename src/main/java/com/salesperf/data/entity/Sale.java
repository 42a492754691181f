package com.salesperf.data.entity;

import com.salesperf.organization.entity.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A sale / order 订单 as imported. Rows are written by the importer; the only change made here is the
 * exclusion of an outlier from evaluation, which keeps the sale stored and visible.
 */
@Entity
@Table(name = "sale")
public class Sale {

    @Id private Long id;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "product_line", nullable = false)
    private String productLine;

    @Column(name = "signed_date", nullable = false)
    private LocalDate signedDate;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private boolean excluded;

    @Column(name = "exclusion_reason")
    private String exclusionReason;

    @Column(name = "excluded_by")
    private String excludedBy;

    @Column(name = "excluded_at")
    private Instant excludedAt;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    protected Sale() {}

    /** Leaves the sale out of evaluation; the reason is mandatory and kept with who and when. */
    public void exclude(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("excluding a sale needs a reason");
        }
        this.excluded = true;
        this.exclusionReason = reason.strip();
        this.excludedBy = by;
        this.excludedAt = at;
    }

    /** Counts the sale again; the reason for including it is recorded by the audit trail. */
    public void include() {
        this.excluded = false;
        this.exclusionReason = null;
        this.excludedBy = null;
        this.excludedAt = null;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getProductLine() {
        return productLine;
    }

    public LocalDate getSignedDate() {
        return signedDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public boolean isExcluded() {
        return excluded;
    }

    public String getExclusionReason() {
        return exclusionReason;
    }

    public String getExcludedBy() {
        return excludedBy;
    }

    public Instant getExcludedAt() {
        return excludedAt;
    }

    public Long getImportBatchId() {
        return importBatchId;
    }
}
