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
import java.time.LocalDate;

/** An amount due on an order and what was collected of it 回款, and when. */
@Entity
@Table(name = "receivable")
@NamedQuery(
        name = "Receivable.findByExternalId",
        query = "SELECT r FROM Receivable r WHERE r.externalId = :externalId")
public class Receivable {

    @Id
    @SequenceGenerator(
            name = "receivable_seq",
            sequenceName = "receivable_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "receivable_seq")
    private Long id;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sale_id")
    private Sale sale;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "amount_due", nullable = false)
    private BigDecimal amountDue;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "amount_collected", nullable = false)
    private BigDecimal amountCollected;

    @Column(name = "collected_date")
    private LocalDate collectedDate;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    protected Receivable() {}

    public Receivable(String externalId, Sale sale, BigDecimal amountDue, LocalDate dueDate) {
        this.externalId = externalId;
        this.sale = sale;
        this.employee = sale.getEmployee();
        this.amountDue = amountDue;
        this.dueDate = dueDate;
        this.amountCollected = BigDecimal.ZERO;
    }

    public void collect(BigDecimal amount, LocalDate on) {
        this.amountCollected = amount;
        this.collectedDate = on;
    }

    /** Collected in full or in part on or before the due date. */
    public boolean isCollectedOnTime() {
        return collectedDate != null && !collectedDate.isAfter(dueDate);
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public Sale getSale() {
        return sale;
    }

    public Employee getEmployee() {
        return employee;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getAmountCollected() {
        return amountCollected;
    }

    public LocalDate getCollectedDate() {
        return collectedDate;
    }

    public Long getImportBatchId() {
        return importBatchId;
    }
}
