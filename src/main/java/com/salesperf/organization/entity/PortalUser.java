package com.salesperf.organization.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A sign-in account. It may belong to a person ({@code employee}) and, for managers and scoped HR,
 * to the org unit whose subtree it may see ({@code scopeOrgUnit}).
 */
@Entity
@Table(name = "portal_user")
@NamedQuery(
        name = "PortalUser.findByUsername",
        query = "SELECT u FROM PortalUser u WHERE u.username = :username")
@NamedQuery(name = "PortalUser.countAll", query = "SELECT COUNT(u) FROM PortalUser u")
public class PortalUser {

    @Id
    @SequenceGenerator(
            name = "portal_user_seq",
            sequenceName = "portal_user_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** PBKDF2 hash in the format of PasswordHasher; null for directory (LDAP) accounts. */
    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scope_org_unit_id")
    private OrgUnit scopeOrgUnit;

    @Column(nullable = false, length = 10)
    private String locale;

    @Column(nullable = false)
    private boolean enabled;

    /** Where copies of portal notifications are mailed, when mail is configured. */
    @Column(length = 200)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version private long version;

    protected PortalUser() {}

    public PortalUser(
            String username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.locale = "zh_CN";
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public void linkTo(Employee employee, OrgUnit scopeOrgUnit) {
        this.employee = employee;
        this.scopeOrgUnit = scopeOrgUnit;
    }

    public void preferLocale(String locale) {
        this.locale = locale;
    }

    public void signedInAt(Instant when) {
        this.lastSignInAt = when;
    }

    public void disable() {
        this.enabled = false;
    }

    public void changeEmail(String email) {
        this.email = email;
    }

    public void changeDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public void enable() {
        this.enabled = true;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Employee getEmployee() {
        return employee;
    }

    public OrgUnit getScopeOrgUnit() {
        return scopeOrgUnit;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }
}
