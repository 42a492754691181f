package com.salesperf.data.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer 客户 as imported; maintained only by the customers import. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id private Long id;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String segment;

    protected Customer() {}

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getName() {
        return name;
    }

    public String getSegment() {
        return segment;
    }
}
