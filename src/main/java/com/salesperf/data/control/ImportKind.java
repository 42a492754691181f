package com.salesperf.data.control;

import com.salesperf.organization.entity.Role;
import com.salesperf.security.control.Caller;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file the portal imports, each with its exact header (DATA-FORMATS.md; training,
 * compliance-incidents and sales-costs are documented in the README). Finance may import the
 * figures it owns (sales, collections, sales costs); administrators import everything.
 */
public enum ImportKind {
    ORG_UNITS(
            "org-units",
            false,
            "code",
            "name_zh",
            "name_en",
            "parent_code",
            "kind",
            "market",
            "stage"),
    REPS(
            "reps",
            false,
            "employee_no",
            "name",
            "org_unit_code",
            "manager_employee_no",
            "level",
            "hire_date",
            "base_bonus_month",
            "base_bonus_quarter",
            "base_bonus_year",
            "active"),
    CUSTOMERS("customers", false, "customer_id", "name", "segment"),
    SALES(
            "sales",
            true,
            "order_id",
            "employee_no",
            "customer_id",
            "product_line",
            "signed_date",
            "amount"),
    COLLECTIONS(
            "collections",
            true,
            "receivable_id",
            "order_id",
            "amount_due",
            "due_date",
            "amount_collected",
            "collected_date"),
    FEEDBACK(
            "feedback",
            false,
            "feedback_id",
            "employee_no",
            "customer_id",
            "date",
            "satisfaction",
            "nps",
            "renewal_intention"),
    RATINGS(
            "ratings",
            false,
            "rating_id",
            "employee_no",
            "rater_employee_no",
            "rater_role",
            "period",
            "dimension",
            "score"),
    PLAN_SUBMISSIONS("plan-submissions", false, "employee_no", "period", "due_at", "submitted_at"),
    TARGETS("targets", false, "period", "scope", "scope_code", "measure", "value"),
    ACTIVITIES("activities", false, "activity_id", "employee_no", "date", "kind", "customer_id"),
    OPPORTUNITIES(
            "opportunities",
            false,
            "opportunity_id",
            "employee_no",
            "customer_id",
            "stage",
            "created_date",
            "stage_date",
            "lost_reason"),
    TRAINING(
            "training",
            false,
            "training_id",
            "employee_no",
            "course",
            "completion_date",
            "pre_score",
            "post_score"),
    COMPLIANCE_INCIDENTS(
            "compliance-incidents",
            false,
            "incident_id",
            "employee_no",
            "date",
            "kind",
            "severity"),
    SALES_COSTS("sales-costs", true, "org_unit_code", "period", "amount");

    private final String slug;
    private final boolean financeFigures;
    private final List<String> columns;

    ImportKind(String slug, boolean financeFigures, String... columns) {
        this.slug = slug;
        this.financeFigures = financeFigures;
        this.columns = List.of(columns);
    }

    /** The kind by its name in URLs and file templates (e.g. {@code plan-submissions}). */
    public static Optional<ImportKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    public boolean mayBeImportedBy(Caller caller) {
        return caller.has(Role.ADMIN) || (financeFigures && caller.has(Role.FINANCE));
    }

    public String slug() {
        return slug;
    }

    public List<String> columns() {
        return columns;
    }

    /** The template: the header line only, as the user must send it. */
    public String headerLine() {
        return String.join(",", columns);
    }
}
