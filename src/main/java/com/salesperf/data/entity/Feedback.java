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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer survey answer about a rep: satisfaction 1–5, NPS 0–10, renewal intention 0–10. */
@Entity
@Table(name = "feedback")
public class Feedback {

    @Id
    @SequenceGenerator(name = "feedback_seq", sequenceName = "feedback_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_seq")
    private Long id;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "feedback_date", nullable = false)
    private LocalDate feedbackDate;

    @Column(name = "satisfaction", nullable = false)
    private BigDecimal satisfaction;

    @Column(name = "nps")
    private Integer nps;

    @Column(name = "renewal_intention")
    private Integer renewalIntention;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    protected Feedback() {}

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

    public LocalDate getFeedbackDate() {
        return feedbackDate;
    }

    public BigDecimal getSatisfaction() {
        return satisfaction;
    }

    public Integer getNps() {
        return nps;
    }

    public Integer getRenewalIntention() {
        return renewalIntention;
    }

    public Long getImportBatchId() {
        return importBatchId;
    }
}
