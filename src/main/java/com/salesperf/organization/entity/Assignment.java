package com.salesperf.organization.entity;

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
import java.time.LocalDate;

/**
 * A dated membership of a person in an org unit, so a past period is always evaluated in the unit
 * the rep belonged to then. {@code validTo} is exclusive; null means the membership is current.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @SequenceGenerator(
            name = "assignment_seq",
            sequenceName = "assignment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Assignment() {}

    public Assignment(Employee employee, OrgUnit orgUnit, LocalDate validFrom) {
        this.employee = employee;
        this.orgUnit = orgUnit;
        this.validFrom = validFrom;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    public void endOn(LocalDate day) {
        this.validTo = day;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
