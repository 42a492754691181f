package com.salesperf.data.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A customer 客户 of the company, identified by the external id of its source system. */
@Entity
@Table(name = "customer")
@NamedQuery(
        name = "Customer.findByExternalId",
        query = "SELECT c FROM Customer c WHERE c.externalId = :externalId")
public class Customer {

    @Id
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    private Long id;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "segment", nullable = false)
    private Segment segment;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    protected Customer() {}

    public Customer(String externalId, String name, Segment segment) {
        this.externalId = externalId;
        this.name = name;
        this.segment = segment;
    }

    public void update(String name, Segment segment, Long importBatchId) {
        this.name = name;
        this.segment = segment;
        this.importBatchId = importBatchId;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getName() {
        return name;
    }

    public Segment getSegment() {
        return segment;
    }

    public Long getImportBatchId() {
        return importBatchId;
    }
}
