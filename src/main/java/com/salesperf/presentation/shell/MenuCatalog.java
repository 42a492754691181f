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
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    /** Evaluation schemes and incentive plans: only administrators change them. */
    private static final Set<Role> SCHEME_ADMIN = EnumSet.of(Role.ADMIN);

    /** Review packages: preparers (managers, administrators) and HR. */
    private static final Set<Role> REVIEW = EnumSet.of(Role.MANAGER, Role.HR, Role.ADMIN);

    /** Improvement plans: the rep's manager and HR only. */
    private static final Set<Role> PLANS = EnumSet.of(Role.MANAGER, Role.HR);

    /** Data imports, outlier exclusion and finance confirmation. */
    private static final Set<Role> DATA_OFFICE = EnumSet.of(Role.ADMIN, Role.FINANCE);

    private static final Set<Role> RUN_READERS = EnumSet.of(Role.ADMIN, Role.HR, Role.AUDITOR);

    /** Alerts of an area: its managers, HR and administrators. */
    private static final Set<Role> ALERT_READERS = EnumSet.of(Role.MANAGER, Role.HR, Role.ADMIN);

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
                            entry("menu.my.assessment", "pi pi-star", "/my/assessment.xhtml", REPS),
                            entry(
                                    "menu.team.alerts",
                                    "pi pi-exclamation-triangle",
                                    "/team/alerts.xhtml",
                                    ALERT_READERS),
                            entry(
                                    "menu.my.alerts",
                                    "pi pi-exclamation-triangle",
                                    "/my/alerts.xhtml",
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
                            "menu.group.evaluation",
                            "pi pi-calculator",
                            entry(
                                    "menu.runs",
                                    "pi pi-play-circle",
                                    "/runs/index.xhtml",
                                    RUN_READERS),
                            entry(
                                    "menu.schemes",
                                    "pi pi-sliders-h",
                                    "/admin/schemes/index.xhtml",
                                    SCHEME_ADMIN)),
                    group(
                            "menu.group.review",
                            "pi pi-check-circle",
                            entry(
                                    "menu.review.myResult",
                                    "pi pi-star",
                                    "/my/result.xhtml",
                                    EnumSet.of(Role.REP)),
                            entry(
                                    "menu.review.packages",
                                    "pi pi-inbox",
                                    "/review/packages.xhtml",
                                    REVIEW),
                            entry(
                                    "menu.review.appeals",
                                    "pi pi-flag",
                                    "/review/appeals.xhtml",
                                    EnumSet.of(Role.HR)),
                            entry(
                                    "menu.review.plans",
                                    "pi pi-chart-line",
                                    "/review/plans.xhtml",
                                    PLANS),
                            entry(
                                    "menu.review.exports",
                                    "pi pi-download",
                                    "/review/exports.xhtml",
                                    EnumSet.of(Role.HR, Role.ADMIN, Role.AUDITOR, Role.FINANCE))),
                    group(
                            "menu.group.audit",
                            "pi pi-shield",
                            entry("menu.auditTrail", "pi pi-shield", "/audit/trail.xhtml", AUDIT)),
                    group(
                            "menu.group.admin",
                            "pi pi-cog",
                            entry("menu.admin.users", "pi pi-key", "/admin/users.xhtml", ADMIN),
                            entry("menu.admin.reps", "pi pi-users", "/admin/reps.xhtml", ADMIN),
                            entry("menu.admin.org", "pi pi-sitemap", "/admin/org.xhtml", ADMIN),
                            entry(
                                    "menu.admin.periods",
                                    "pi pi-clock",
                                    "/admin/periods.xhtml",
                                    ADMIN),
                            entry(
                                    "menu.admin.calendar",
                                    "pi pi-calendar",
                                    "/admin/calendar.xhtml",
                                    ADMIN),
                            entry("menu.admin.alerts", "pi pi-bell", "/admin/alerts.xhtml", ADMIN),
                            entry(
                                    "menu.admin.imports",
                                    "pi pi-history",
                                    "/data/imports.xhtml",
                                    ADMIN)),
                    group(
                            "menu.group.account",
                            "pi pi-user",
                            entry("menu.profile", "pi pi-id-card", "/profile.xhtml", EVERYONE),
                            entry(
                                    "menu.notifications",
                                    "pi pi-bell",
                                    "/notifications.xhtml",
                                    EVERYONE)));

    private MenuCatalog() {}

    private static Group group(String labelKey, String icon, Entry... entries) {
        return new Group(labelKey, icon, List.of(entries));
    }

    private static Entry entry(String labelKey, String icon, String outcome, Set<Role> roles) {
        return new Entry(labelKey, icon, outcome, roles);
    }
}
