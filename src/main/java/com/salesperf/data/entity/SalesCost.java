package com.salesperf.data.entity;

import com.salesperf.organization.entity.OrgUnit;
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

/** The sales cost of an org unit in a period, for the cost-change goal. */
@Entity
@Table(name = "sales_cost")
public class SalesCost {

    @Id
    @SequenceGenerator(
            name = "sales_cost_seq",
            sequenceName = "sales_cost_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_cost_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @Column(name = "period_code", nullable = false)
    private String periodCode;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    protected SalesCost() {}

    public Long getId() {
        return id;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Long getImportBatchId() {
        return importBatchId;
    }
}
