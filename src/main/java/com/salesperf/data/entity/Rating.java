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
import java.math.BigDecimal;

/**
 * A 0–10 rating of a rep on one dimension by themselves, their supervisor, a peer or a customer.
 */
@Entity
@Table(name = "rating")
public class Rating {

    @Id
    @SequenceGenerator(name = "rating_seq", sequenceName = "rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_seq")
    private Long id;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rater_employee_id")
    private Employee rater;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_role", nullable = false)
    private RaterRole raterRole;

    @Column(name = "period_code", nullable = false)
    private String periodCode;

    @Column(name = "dimension", nullable = false)
    private String dimension;

    @Column(name = "score", nullable = false)
    private BigDecimal score;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    protected Rating() {}

    /** A rep's own score on a dimension for a period, entered in the portal (no import batch). */
    public static Rating selfAssessment(
            String externalId,
            Employee rep,
            String periodCode,
            String dimension,
            BigDecimal score) {
        Rating rating = new Rating();
        rating.externalId = externalId;
        rating.employee = rep;
        rating.rater = rep;
        rating.raterRole = RaterRole.SELF;
        rating.periodCode = periodCode;
        rating.dimension = dimension;
        rating.score = score;
        return rating;
    }

    public void rescore(BigDecimal newScore) {
        this.score = newScore;
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

    public Employee getRater() {
        return rater;
    }

    public RaterRole getRaterRole() {
        return raterRole;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public String getDimension() {
        return dimension;
    }

    public BigDecimal getScore() {
        return score;
    }

    public Long getImportBatchId() {
        return importBatchId;
    }
}
