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
import java.time.LocalDate;

/** A compliance incident: unauthorised discount, false promise or data falsification. */
@Entity
@Table(name = "compliance_incident")
public class ComplianceIncident {

    @Id
    @SequenceGenerator(
            name = "compliance_incident_seq",
            sequenceName = "compliance_incident_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compliance_incident_seq")
    private Long id;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "incident_date", nullable = false)
    private LocalDate incidentDate;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "severity", nullable = false)
    private String severity;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    protected ComplianceIncident() {}

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public Employee getEmployee() {
        return employee;
    }

    public LocalDate getIncidentDate() {
        return incidentDate;
    }

    public String getKind() {
        return kind;
    }

    public String getSeverity() {
        return severity;
    }

    public Long getImportBatchId() {
        return importBatchId;
    }
}
