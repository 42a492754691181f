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
import java.util.Locale;

/** A node of the organisation tree: the company, a region (华东区 …) or a team. */
@Entity
@Table(name = "org_unit")
@NamedQuery(
        name = "OrgUnit.findAllOrdered",
        query = "SELECT u FROM OrgUnit u ORDER BY u.kind, u.code")
@NamedQuery(name = "OrgUnit.findByCode", query = "SELECT u FROM OrgUnit u WHERE u.code = :code")
public class OrgUnit {

    @Id
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrgUnitKind kind;

    @Enumerated(EnumType.STRING)
    private Market market;

    @Enumerated(EnumType.STRING)
    private TeamStage stage;

    @Version private long version;

    protected OrgUnit() {}

    public OrgUnit(String code, String nameZh, String nameEn, OrgUnit parent, OrgUnitKind kind) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.parent = parent;
        this.kind = kind;
    }

    /** The unit's name in the reader's language: Chinese for zh, English otherwise. */
    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public void classify(Market market, TeamStage stage) {
        this.market = market;
        this.stage = stage;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public Market getMarket() {
        return market;
    }

    public TeamStage getStage() {
        return stage;
    }

    public long getVersion() {
        return version;
    }
}
