package com.salesperf.organization.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A person of the sales organisation (sales rep 销售员 or sales manager 销售经理). The org unit held here
 * is the current one; {@link Assignment} keeps the dated history.
 */
@Entity
@Table(name = "employee")
@NamedQuery(
        name = "Employee.findByEmployeeNo",
        query = "SELECT e FROM Employee e WHERE e.employeeNo = :employeeNo")
public class Employee {

    @Id
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    private Long id;

    @Column(name = "employee_no", nullable = false, unique = true, length = 20)
    private String employeeNo;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Position position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Employee manager;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Level level;

    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "base_bonus_month", nullable = false)
    private BigDecimal baseBonusMonth;

    @Column(name = "base_bonus_quarter", nullable = false)
    private BigDecimal baseBonusQuarter;

    @Column(name = "base_bonus_half_year", nullable = false)
    private BigDecimal baseBonusHalfYear;

    @Column(name = "base_bonus_year", nullable = false)
    private BigDecimal baseBonusYear;

    @Version private long version;

    protected Employee() {}

    public Employee(
            String employeeNo,
            String name,
            Position position,
            OrgUnit orgUnit,
            Level level,
            LocalDate hireDate) {
        this.employeeNo = employeeNo;
        this.name = name;
        this.position = position;
        this.orgUnit = orgUnit;
        this.level = level;
        this.hireDate = hireDate;
        this.active = true;
        this.baseBonusMonth = BigDecimal.ZERO;
        this.baseBonusQuarter = BigDecimal.ZERO;
        this.baseBonusHalfYear = BigDecimal.ZERO;
        this.baseBonusYear = BigDecimal.ZERO;
    }

    /** The unit the person belongs to from now on; the dated history lives in assignments. */
    public void moveTo(OrgUnit unit) {
        this.orgUnit = unit;
    }

    public boolean isSalesRep() {
        return position == Position.SALES_REP;
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getName() {
        return name;
    }

    public Position getPosition() {
        return position;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public Employee getManager() {
        return manager;
    }

    public Level getLevel() {
        return level;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public boolean isActive() {
        return active;
    }

    public BigDecimal getBaseBonusMonth() {
        return baseBonusMonth;
    }

    public BigDecimal getBaseBonusQuarter() {
        return baseBonusQuarter;
    }

    public BigDecimal getBaseBonusHalfYear() {
        return baseBonusHalfYear;
    }

    public BigDecimal getBaseBonusYear() {
        return baseBonusYear;
    }

    public long getVersion() {
        return version;
    }
}
