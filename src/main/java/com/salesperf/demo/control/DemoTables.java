package com.salesperf.demo.control;

import java.util.List;

/**
 * The tables of {@code V1__foundation.sql} that the generator fills and the columns it writes, in
 * foreign-key order (a table comes after every table it references). Columns with a default ({@code
 * version}) are left to the database.
 */
final class DemoTables {

    static final String IMPORT_BATCH = "import_batch";
    static final String ORG_UNIT = "org_unit";
    static final String EMPLOYEE = "employee";
    static final String ASSIGNMENT = "assignment";
    static final String PERIOD = "period";
    static final String APP_SETTING = "app_setting";
    static final String CUSTOMER = "customer";
    static final String SALE = "sale";
    static final String RECEIVABLE = "receivable";
    static final String ACTIVITY = "activity";
    static final String OPPORTUNITY = "opportunity";
    static final String FEEDBACK = "feedback";
    static final String RATING = "rating";
    static final String PLAN_SUBMISSION = "plan_submission";
    static final String TRAINING = "training";
    static final String COMPLIANCE_INCIDENT = "compliance_incident";
    static final String SALES_COST = "sales_cost";
    static final String TARGET = "target";

    private DemoTables() {}

    static RowBuffers buffers() {
        return new RowBuffers(
                List.of(
                        new TableBuffer(
                                IMPORT_BATCH,
                                "id",
                                "kind",
                                "file_name",
                                "file_sha256",
                                "source",
                                "imported_by",
                                "imported_at",
                                "row_count",
                                "inserted_count",
                                "updated_count"),
                        new TableBuffer(
                                ORG_UNIT,
                                "id",
                                "code",
                                "name_zh",
                                "name_en",
                                "parent_id",
                                "kind",
                                "market",
                                "stage"),
                        new TableBuffer(
                                EMPLOYEE,
                                "id",
                                "employee_no",
                                "name",
                                "position",
                                "org_unit_id",
                                "manager_id",
                                "level",
                                "hire_date",
                                "active",
                                "base_bonus_month",
                                "base_bonus_quarter",
                                "base_bonus_half_year",
                                "base_bonus_year"),
                        new TableBuffer(
                                ASSIGNMENT,
                                "id",
                                "employee_id",
                                "org_unit_id",
                                "valid_from",
                                "valid_to"),
                        new TableBuffer(
                                PERIOD,
                                "id",
                                "code",
                                "type",
                                "start_date",
                                "end_date",
                                "status",
                                "closed_at"),
                        new TableBuffer(
                                APP_SETTING,
                                "setting_key",
                                "setting_value",
                                "updated_at",
                                "updated_by"),
                        new TableBuffer(
                                CUSTOMER,
                                "id",
                                "external_id",
                                "name",
                                "segment",
                                "import_batch_id"),
                        new TableBuffer(
                                SALE,
                                "id",
                                "external_id",
                                "employee_id",
                                "customer_id",
                                "product_line",
                                "signed_date",
                                "amount",
                                "currency",
                                "excluded",
                                "exclusion_reason",
                                "excluded_by",
                                "excluded_at",
                                "import_batch_id"),
                        new TableBuffer(
                                RECEIVABLE,
                                "id",
                                "external_id",
                                "sale_id",
                                "employee_id",
                                "amount_due",
                                "due_date",
                                "amount_collected",
                                "collected_date",
                                "import_batch_id"),
                        new TableBuffer(
                                ACTIVITY,
                                "id",
                                "external_id",
                                "employee_id",
                                "activity_date",
                                "kind",
                                "customer_id",
                                "import_batch_id"),
                        new TableBuffer(
                                OPPORTUNITY,
                                "id",
                                "external_id",
                                "employee_id",
                                "customer_id",
                                "stage",
                                "created_date",
                                "stage_date",
                                "lost_reason",
                                "import_batch_id"),
                        new TableBuffer(
                                FEEDBACK,
                                "id",
                                "external_id",
                                "employee_id",
                                "customer_id",
                                "feedback_date",
                                "satisfaction",
                                "nps",
                                "renewal_intention",
                                "import_batch_id"),
                        new TableBuffer(
                                RATING,
                                "id",
                                "external_id",
                                "employee_id",
                                "rater_employee_id",
                                "rater_role",
                                "period_code",
                                "dimension",
                                "score",
                                "import_batch_id"),
                        new TableBuffer(
                                PLAN_SUBMISSION,
                                "id",
                                "employee_id",
                                "period_code",
                                "due_at",
                                "submitted_at",
                                "content",
                                "import_batch_id"),
                        new TableBuffer(
                                TRAINING,
                                "id",
                                "external_id",
                                "employee_id",
                                "course",
                                "completion_date",
                                "pre_score",
                                "post_score",
                                "import_batch_id"),
                        new TableBuffer(
                                COMPLIANCE_INCIDENT,
                                "id",
                                "external_id",
                                "employee_id",
                                "incident_date",
                                "kind",
                                "severity",
                                "import_batch_id"),
                        new TableBuffer(
                                SALES_COST,
                                "id",
                                "org_unit_id",
                                "period_code",
                                "amount",
                                "import_batch_id"),
                        new TableBuffer(
                                TARGET,
                                "id",
                                "period_id",
                                "scope",
                                "scope_code",
                                "employee_id",
                                "org_unit_id",
                                "measure",
                                "target_value",
                                "acknowledged_at",
                                "updated_at",
                                "updated_by",
                                "import_batch_id")));
    }

    /** Tables whose ids come from a sequence named {@code <table>_seq}. */
    static List<String> sequencedTables() {
        return List.of(
                IMPORT_BATCH,
                ORG_UNIT,
                EMPLOYEE,
                ASSIGNMENT,
                PERIOD,
                CUSTOMER,
                SALE,
                RECEIVABLE,
                ACTIVITY,
                OPPORTUNITY,
                FEEDBACK,
                RATING,
                PLAN_SUBMISSION,
                TRAINING,
                COMPLIANCE_INCIDENT,
                SALES_COST,
                TARGET);
    }
}
