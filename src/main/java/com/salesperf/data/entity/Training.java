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

/** A completed training course with the test scores before and after. */
@Entity
@Table(name = "training")
public class Training {

    @Id
    @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
    private Long id;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "course", nullable = false)
    private String course;

    @Column(name = "completion_date", nullable = false)
    private LocalDate completionDate;

    @Column(name = "pre_score")
    private BigDecimal preScore;

    @Column(name = "post_score")
    private BigDecimal postScore;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    protected Training() {}

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getCourse() {
        return course;
    }

    public LocalDate getCompletionDate() {
        return completionDate;
    }

    public BigDecimal getPreScore() {
        return preScore;
    }

    public BigDecimal getPostScore() {
        return postScore;
    }

    public Long getImportBatchId() {
        return importBatchId;
    }
}
