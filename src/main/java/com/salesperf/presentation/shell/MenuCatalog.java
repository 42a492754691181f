package com.salesperf.presentation.shell;

import com.salesperf.organization.entity.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every page the menu can offer, with the roles that may use it. The menu only hides what a role
 * cannot use; each page and service still checks the caller on the server.
 */
final class MenuCatalog {

    /** A menu group and its pages; labelKey refers to the i18n bundle. */
    record Group(String labelKey, String icon, List<Entry> entries) {}

    record Entry(String labelKey, String icon, String outcome, Set<Role> roles) {}

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> BACK_OFFICE =
            EnumSet.of(Role.MANAGER, Role.HR, Role.FINANCE, Role.ADMIN, Role.AUDITOR);
    private static final Set<Role> REPS = EnumSet.of(Role.REP);
    private static final Set<Role> DECOMPOSERS = EnumSet.of(Role.MANAGER, Role.ADMIN);
    private static final Set<Role> AUDIT = EnumSet.of(Role.AUDITOR, Role.ADMIN);

    /** Data imports, outlier exclusion and finance confirmation. */
    private static final Set<Role> DATA_OFFICE = EnumSet.of(Role.ADMIN, Role.FINANCE);

    static final List<Group> GROUPS =
            List.of(
                    group(
                            "menu.group.workspace",
                            "pi pi-home",
                            entry("menu.home", "pi pi-home", "/home.xhtml", EVERYONE)),
                    group(
                            "menu.group.analytics",
                            "pi pi-chart-bar",
                            entry(
                                    "menu.analytics.dashboard",
                                    "pi pi-chart-bar",
                                    "/analytics/dashboard.xhtml",
                                    EVERYONE),
                            entry(
                                    "menu.team.performance",
                                    "pi pi-users",
                                    "/team/performance.xhtml",
                                    BACK_OFFICE),
                            entry(
                                    "menu.team.targets",
                                    "pi pi-sitemap",
                                    "/team/targets.xhtml",
                                    DECOMPOSERS),
                            entry("menu.my.targets", "pi pi-flag", "/my/targets.xhtml", REPS),
                            entry("menu.my.plan", "pi pi-calendar-plus", "/my/plan.xhtml", REPS),
                            entry(
                                    "menu.my.assessment",
                                    "pi pi-star",
                                    "/my/assessment.xhtml",
                                    REPS)),
                    group(
                            "menu.group.organization",
                            "pi pi-sitemap",
                            entry("menu.people", "pi pi-users", "/people.xhtml", BACK_OFFICE)),
                    group(
                            "menu.group.data",
                            "pi pi-database",
                            entry(
                                    "menu.data.imports",
                                    "pi pi-upload",
                                    "/data/imports.xhtml",
                                    DATA_OFFICE),
                            entry(
                                    "menu.data.sales",
                                    "pi pi-list",
                                    "/data/sales.xhtml",
                                    DATA_OFFICE),
                            entry(
                                    "menu.data.confirmation",
                                    "pi pi-check-square",
                                    "/data/confirmation.xhtml",
                                    DATA_OFFICE)),
                    group(
                            "menu.group.audit",
                            "pi pi-shield",
                            entry("menu.auditTrail", "pi pi-shield", "/audit/trail.xhtml", AUDIT)),
                    group(
                            "menu.group.account",
                            "pi pi-user",
                            entry("menu.profile", "pi pi-id-card", "/profile.xhtml", EVERYONE)));

    private MenuCatalog() {}

    private static Group group(String labelKey, String icon, Entry... entries) {
        return new Group(labelKey, icon, List.of(entries));
    }

    private static Entry entry(String labelKey, String icon, String outcome, Set<Role> roles) {
        return new Entry(labelKey, icon, outcome, roles);
    }
}
