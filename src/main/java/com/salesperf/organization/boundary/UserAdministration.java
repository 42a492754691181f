package com.salesperf.organization.boundary;

import com.salesperf.audit.boundary.AuditTrail;
import com.salesperf.audit.control.AuditEvent;
import com.salesperf.notification.boundary.Notifications;
import com.salesperf.notification.entity.NotificationKind;
import com.salesperf.organization.control.AccountDisabled;
import com.salesperf.organization.control.AccountRow;
import com.salesperf.organization.control.NewAccount;
import com.salesperf.organization.control.PageRequest;
import com.salesperf.organization.entity.Employee;
import com.salesperf.organization.entity.OrgUnit;
import com.salesperf.organization.entity.PortalUser;
import com.salesperf.organization.entity.Role;
import com.salesperf.platform.control.AccessDeniedException;
import com.salesperf.platform.control.BusinessException;
import com.salesperf.platform.control.ConcurrentChangeException;
import com.salesperf.platform.control.InvalidFieldException;
import com.salesperf.platform.control.NotFoundException;
import com.salesperf.security.control.Caller;
import com.salesperf.security.control.PasswordHasher;
import com.salesperf.security.control.SecurityLog;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Administration of sign-in accounts (ADMIN only): create an account linked to a person, grant and
 * revoke roles, disable and enable. Every change is audited; passwords never reach the audit log.
 */
@Stateless
public class UserAdministration {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final Map<String, String> SORTABLE =
            Map.of(
                    "username", "u.username",
                    "displayName", "u.displayName",
                    "enabled", "u.enabled",
                    "lastSignInAt", "u.lastSignInAt");
    private static final String FILTER =
            " WHERE (LOWER(u.username) LIKE :pattern ESCAPE '\\'"
                    + " OR LOWER(u.displayName) LIKE :pattern ESCAPE '\\')";

    @PersistenceContext EntityManager em;

    @Inject AuditTrail auditTrail;

    @Inject Event<AccountDisabled> disabled;

    @Inject Notifications notifications;

    public List<AccountRow> page(Caller caller, PageRequest page) {
        requireAdmin(caller, "users");
        String order =
                SORTABLE.getOrDefault(page.sortField(), "u.username")
                        + (page.ascending() ? " ASC" : " DESC");
        TypedQuery<PortalUser> query =
                em.createQuery(
                        "SELECT u FROM PortalUser u LEFT JOIN FETCH u.employee"
                                + " LEFT JOIN FETCH u.scopeOrgUnit"
                                + (page.likePattern() == null ? "" : FILTER)
                                + " ORDER BY "
                                + order
                                + ", u.id",
                        PortalUser.class);
        if (page.likePattern() != null) {
            query.setParameter("pattern", page.likePattern());
        }
        // Roles of the whole page in one extra query instead of one per account.
        query.setHint("eclipselink.batch", "u.roles").setHint("eclipselink.batch.type", "IN");
        return query.setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultStream()
                .map(UserAdministration::row)
                .toList();
    }

    public long count(Caller caller, PageRequest page) {
        requireAdmin(caller, "users");
        TypedQuery<Long> query =
                em.createQuery(
                        "SELECT COUNT(u) FROM PortalUser u"
                                + (page.likePattern() == null ? "" : FILTER),
                        Long.class);
        if (page.likePattern() != null) {
            query.setParameter("pattern", page.likePattern());
        }
        return query.getSingleResult();
    }

    public AccountRow create(Caller caller, NewAccount input) {
        requireAdmin(caller, "users/create");
        NewAccount valid = input.validated();
        if (find(valid.username()) != null) {
            throw new InvalidFieldException("username", "users.error.taken", valid.username());
        }
        Employee employee = valid.employeeNo() == null ? null : employee(valid.employeeNo());
        OrgUnit scope = valid.scopeUnitCode() == null ? null : unit(valid.scopeUnitCode());
        PortalUser user =
                new PortalUser(
                        valid.username(),
                        valid.displayName(),
                        HASHER.hash(valid.password()),
                        valid.roles(),
                        Instant.now());
        Arrays.fill(valid.password(), '\0');
        user.linkTo(employee, scope);
        user.changeEmail(valid.email());
        em.persist(user);
        em.flush();
        audit(caller, "USER_CREATED", user, null, json(user));
        notifications.notify(
                user.getUsername(),
                NotificationKind.ACCOUNT_CREATED,
                "/profile.xhtml",
                user.getDisplayName());
        return row(user);
    }

    /** Sets the account's roles to exactly these: grants what is new, revokes what is gone. */
    public AccountRow changeRoles(Caller caller, long id, long version, Set<Role> roles) {
        requireAdmin(caller, "users/" + id);
        PortalUser user = require(id, version);
        if (roles == null || roles.isEmpty()) {
            throw new InvalidFieldException("roles", "users.error.noRole");
        }
        if (user.getUsername().equals(caller.username()) && !roles.contains(Role.ADMIN)) {
            throw new BusinessException("users.error.ownAdmin", "cannot revoke own ADMIN role");
        }
        if (roles.contains(Role.REP) && user.getEmployee() == null) {
            throw new InvalidFieldException("roles", "users.error.repNeedsPerson");
        }
        String before = json(user);
        EnumSet.allOf(Role.class)
                .forEach(
                        r -> {
                            if (roles.contains(r)) {
                                user.grant(r);
                            } else {
                                user.revoke(r);
                            }
                        });
        em.flush();
        audit(caller, "USER_ROLES_CHANGED", user, before, json(user));
        return row(user);
    }

    public AccountRow disable(Caller caller, long id, long version) {
        requireAdmin(caller, "users/" + id);
        PortalUser user = require(id, version);
        if (user.getUsername().equals(caller.username())) {
            throw new BusinessException("users.error.ownAccount", "cannot disable own account");
        }
        String before = json(user);
        user.disable();
        em.flush();
        audit(caller, "USER_DISABLED", user, before, json(user));
        disabled.fire(new AccountDisabled(user.getUsername()));
        return row(user);
    }

    public AccountRow enable(Caller caller, long id, long version) {
        requireAdmin(caller, "users/" + id);
        PortalUser user = require(id, version);
        String before = json(user);
        user.enable();
        em.flush();
        audit(caller, "USER_ENABLED", user, before, json(user));
        return row(user);
    }

    private PortalUser require(long id, long version) {
        PortalUser user = em.find(PortalUser.class, id);
        if (user == null) {
            throw new NotFoundException("user " + id);
        }
        if (user.getVersion() != version) {
            List<com.salesperf.audit.control.AuditRecord> history =
                    auditTrail.historyOf("PortalUser", String.valueOf(id));
            throw new ConcurrentChangeException(
                    history.isEmpty() ? "?" : history.get(history.size() - 1).actor());
        }
        return user;
    }

    private PortalUser find(String username) {
        return em.createNamedQuery("PortalUser.findByUsername", PortalUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Employee employee(String employeeNo) {
        return em.createNamedQuery("Employee.findByEmployeeNo", Employee.class)
                .setParameter("employeeNo", employeeNo)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidFieldException(
                                        "employeeNo", "users.error.noSuchPerson", employeeNo));
    }

    private OrgUnit unit(String code) {
        return em.createNamedQuery("OrgUnit.findByCode", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidFieldException(
                                        "scopeUnit", "users.error.noSuchUnit", code));
    }

    private void audit(Caller caller, String action, PortalUser user, String before, String after) {
        AuditEvent event = AuditEvent.of(caller.username(), action, "PortalUser", user.getId());
        auditTrail.record(before == null ? event.after(after) : event.before(before).after(after));
    }

    static void requireAdmin(Caller caller, String what) {
        if (!caller.has(Role.ADMIN)) {
            SecurityLog.accessRefused(caller.username(), what, "-");
            throw new AccessDeniedException(what);
        }
    }

    private static String json(PortalUser user) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", user.getUsername());
        state.put("displayName", user.getDisplayName());
        state.put(
                "employeeNo",
                user.getEmployee() == null ? null : user.getEmployee().getEmployeeNo());
        state.put(
                "scopeUnit",
                user.getScopeOrgUnit() == null ? null : user.getScopeOrgUnit().getCode());
        state.put("email", user.getEmail());
        state.put("roles", new TreeSet<>(user.getRoles().stream().map(Role::name).toList()));
        state.put("enabled", user.isEnabled());
        return JSON.toJson(state);
    }

    private static AccountRow row(PortalUser u) {
        return new AccountRow(
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getEmployee() == null ? null : u.getEmployee().getEmployeeNo(),
                u.getEmployee() == null ? null : u.getEmployee().getName(),
                u.getScopeOrgUnit() == null ? null : u.getScopeOrgUnit().getCode(),
                u.getEmail(),
                u.getRoles(),
                u.isEnabled(),
                u.getLastSignInAt(),
                u.getVersion());
    }
}
