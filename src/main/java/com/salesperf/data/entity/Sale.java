package com.salesperf.data.entity;

import com.salesperf.organization.entity.Employee;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A signed order 订单. It stays stored when excluded from evaluation as an outlier. */
@Entity
@Table(name = "sale")
@NamedQuery(
        name = "Sale.findByExternalId",
        query = "SELECT s FROM Sale s WHERE s.externalId = :externalId")
public class Sale {

    @Id
    @SequenceGenerator(name = "sale_seq", sequenceName = "sale_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sale_seq")
    private Long id;

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

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Column(name = "excluded", nullable = false)
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

    public Sale(
            String externalId,
            Employee employee,
            Customer customer,
            String productLine,
            LocalDate signedDate,
            BigDecimal amount,
            String currency) {
        this.externalId = externalId;
        this.employee = employee;
        this.customer = customer;
        this.productLine = productLine;
        this.signedDate = signedDate;
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Leaves the order out of every evaluation (e.g. a one-off outlier); it stays stored and
     * visible.
     */
    public void exclude(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("excluding an order needs a reason");
        }
        this.excluded = true;
        this.exclusionReason = reason;
        this.excludedBy = by;
        this.excludedAt = at;
    }

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
