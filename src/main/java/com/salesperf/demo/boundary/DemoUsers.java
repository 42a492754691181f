package com.salesperf.demo.boundary;

import com.salesperf.organization.entity.Employee;
import com.salesperf.organization.entity.OrgUnit;
import com.salesperf.organization.entity.PortalUser;
import com.salesperf.organization.entity.Role;
import com.salesperf.security.control.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The demo sign-ins listed in the README: at least one per role, linked to the demo company's
 * people and regions. Created once, on a database without any user.
 */
@Stateless
public class DemoUsers {

    /** The one password of every demo account (documented in the README; demo data only). */
    public static final String PASSWORD = "demo1234";

    record DemoUser(
            String username,
            String displayName,
            Role role,
            String employeeNo,
            String scopeUnitCode,
            String locale) {}

    static final List<DemoUser> USERS =
            List.of(
                    new DemoUser("s001", "张伟 (S001)", Role.REP, "S001", null, "zh_CN"),
                    new DemoUser("s002", "李娜 (S002)", Role.REP, "S002", null, "zh_CN"),
                    new DemoUser("s003", "王芳 (S003)", Role.REP, "S003", null, "zh_CN"),
                    new DemoUser(
                            "mgr.east", "华东区经理 East manager", Role.MANAGER, null, "EAST", "zh_CN"),
                    new DemoUser(
                            "mgr.north",
                            "华北区经理 North manager",
                            Role.MANAGER,
                            null,
                            "NORTH",
                            "zh_CN"),
                    new DemoUser("hr", "人力资源 陈静 (HR)", Role.HR, null, null, "zh_CN"),
                    new DemoUser("hr2", "人力资源 刘洋 (HR)", Role.HR, null, null, "en"),
                    new DemoUser("finance", "财务 赵敏 (Finance)", Role.FINANCE, null, null, "zh_CN"),
                    new DemoUser("admin", "系统管理员 (Admin)", Role.ADMIN, null, null, "en"),
                    new DemoUser("auditor", "审计 孙立 (Auditor)", Role.AUDITOR, null, null, "en"));

    @PersistenceContext EntityManager em;

    @Inject PasswordHasher hasher;

    /** Creates the demo users unless any user exists; returns how many were created. */
    public int createIfNoUsers() {
        if (em.createNamedQuery("PortalUser.countAll", Long.class).getSingleResult() > 0) {
            return 0;
        }
        Instant now = Instant.now();
        for (DemoUser demo : USERS) {
            PortalUser user =
                    new PortalUser(
                            demo.username(),
                            demo.displayName(),
                            hasher.hash(PASSWORD.toCharArray()),
                            EnumSet.of(demo.role()),
                            now);
            user.preferLocale(demo.locale());
            OrgUnit scope =
                    demo.scopeUnitCode() == null ? null : unit(demo.scopeUnitCode()).orElse(null);
            Employee person =
                    demo.employeeNo() != null
                            ? employee(demo.employeeNo()).orElse(null)
                            : scope == null ? null : managerOf(scope).orElse(null);
            user.linkTo(person, scope);
            em.persist(user);
        }
        return USERS.size();
    }

    private Optional<OrgUnit> unit(String code) {
        return em.createNamedQuery("OrgUnit.findByCode", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private Optional<Employee> employee(String employeeNo) {
        return em.createNamedQuery("Employee.findByEmployeeNo", Employee.class)
                .setParameter("employeeNo", employeeNo)
                .getResultStream()
                .findFirst();
    }

    /** The sales manager who sits in the unit itself (e.g. the regional manager of 华东区). */
    private Optional<Employee> managerOf(OrgUnit unit) {
        return em.createQuery(
                        "SELECT e FROM Employee e WHERE e.orgUnit = :unit "
                                + "AND e.position = com.salesperf.organization.entity.Position.SALES_MANAGER ORDER BY e.employeeNo",
                        Employee.class)
                .setParameter("unit", unit)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
