package com.salesperf.data.entity;

import com.salesperf.organization.entity.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A sales opportunity and the funnel stage it has reached. */
@Entity
@Table(name = "opportunity")
public class Opportunity {

    @Id
    @SequenceGenerator(
            name = "opportunity_seq",
            sequenceName = "opportunity_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opportunity_seq")
    private Long id;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false)
    private OpportunityStage stage;

    @Column(name = "created_date", nullable = false)
    private LocalDate createdDate;

    @Column(name = "stage_date", nullable = false)
    private LocalDate stageDate;

    @Column(name = "lost_reason")
    private String lostReason;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    protected Opportunity() {}

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

    public OpportunityStage getStage() {
        return stage;
    }

    public LocalDate getCreatedDate() {
        return createdDate;
    }

    public LocalDate getStageDate() {
        return stageDate;
    }

    public String getLostReason() {
        return lostReason;
    }

    public Long getImportBatchId() {
        return importBatchId;
    }
}
