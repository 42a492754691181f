package com.salesperf.data.control;

import static com.salesperf.data.control.Column.optional;
import static com.salesperf.data.control.Column.ref;
import static com.salesperf.data.control.Column.required;
import static com.salesperf.data.control.MasterDataSpecs.values;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The kinds of performance facts: sales, collections, feedback, ratings, plans and the rest. */
final class FactSpecs {

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FactSpecs() {}

    static KindSpec sales() {
        return new SpecBuilder(ImportKind.SALES)
                .columns(
                        required("order_id", CellType.text(40)),
                        ref("employee_no", RefKind.EMPLOYEE, true),
                        ref("customer_id", RefKind.CUSTOMER, true),
                        required("product_line", CellType.text(40)),
                        required("signed_date", CellType.date()),
                        required("amount", CellType.amount()))
                .table(
                        FactTable.of("sale", "sale_seq", "external_id")
                                .insertOnly(Map.of("currency", "CNY", "excluded", Boolean.FALSE)))
                .values(
                        (row, refs, context) ->
                                values(
                                        "external_id", row.text("order_id"),
                                        "employee_id",
                                                refs.id(RefKind.EMPLOYEE, row.text("employee_no")),
                                        "customer_id",
                                                refs.id(RefKind.CUSTOMER, row.text("customer_id")),
                                        "product_line", row.text("product_line"),
                                        "signed_date", row.date("signed_date"),
                                        "amount", row.decimal("amount")))
                .build();
    }

    /**
     * A receivable belongs to its order's rep, repeated on the row so aggregation needs no join.
     */
    static KindSpec collections() {
        return new SpecBuilder(ImportKind.COLLECTIONS)
                .columns(
                        required("receivable_id", CellType.text(40)),
                        ref("order_id", RefKind.SALE, true),
                        required("amount_due", CellType.amount()),
                        required("due_date", CellType.date()),
                        optional("amount_collected", CellType.amount()),
                        optional("collected_date", CellType.date()))
                .table(FactTable.of("receivable", "receivable_seq", "external_id"))
                .rule(FactSpecs::checkCollection)
                .values(
                        (row, refs, context) ->
                                values(
                                        "external_id", row.text("receivable_id"),
                                        "sale_id", refs.id(RefKind.SALE, row.text("order_id")),
                                        "employee_id",
                                                ((Number)
                                                                refs.extra(
                                                                        RefKind.SALE,
                                                                        row.text("order_id")))
                                                        .longValue(),
                                        "amount_due", row.decimal("amount_due"),
                                        "due_date", row.date("due_date"),
                                        "amount_collected",
                                                row.has("amount_collected")
                                                        ? row.decimal("amount_collected")
                                                        : ZERO,
                                        "collected_date", row.date("collected_date")))
                .build();
    }

    /** Collected money needs a date and cannot exceed what was due. */
    private static void checkCollection(TypedRow row, Problems problems) {
        BigDecimal collected = row.has("amount_collected") ? row.decimal("amount_collected") : ZERO;
        if (collected.signum() > 0 && !row.has("collected_date")) {
            problems.add(row.number(), "collected_date", "import.error.collectedWithoutDate");
        }
        if (collected.compareTo(row.decimal("amount_due")) > 0) {
            problems.add(
                    row.number(),
                    "amount_collected",
                    "import.error.collectedTooMuch",
                    collected.toPlainString(),
                    row.decimal("amount_due").toPlainString());
        }
    }

    static KindSpec feedback() {
        return new SpecBuilder(ImportKind.FEEDBACK)
                .columns(
                        required("feedback_id", CellType.text(40)),
                        ref("employee_no", RefKind.EMPLOYEE, true),
                        ref("customer_id", RefKind.CUSTOMER, true),
                        required("date", CellType.date()),
                        required(
                                "satisfaction",
                                CellType.decimal(BigDecimal.ONE, BigDecimal.valueOf(5), 1)),
                        optional("nps", CellType.integer(0, 10)),
                        optional("renewal_intention", CellType.integer(0, 10)))
                .table(FactTable.of("feedback", "feedback_seq", "external_id"))
                .values(
                        (row, refs, context) ->
                                values(
                                        "external_id", row.text("feedback_id"),
                                        "employee_id",
                                                refs.id(RefKind.EMPLOYEE, row.text("employee_no")),
                                        "customer_id",
                                                refs.id(RefKind.CUSTOMER, row.text("customer_id")),
                                        "feedback_date", row.date("date"),
                                        "satisfaction", row.decimal("satisfaction"),
                                        "nps", row.get("nps"),
                                        "renewal_intention", row.get("renewal_intention")))
                .build();
    }

    /**
     * Supervisor and peer ratings name their rater; self and customer ratings may leave it empty.
     */
    static KindSpec ratings() {
        return new SpecBuilder(ImportKind.RATINGS)
                .columns(
                        required("rating_id", CellType.text(40)),
                        ref("employee_no", RefKind.EMPLOYEE, true),
                        ref("rater_employee_no", RefKind.EMPLOYEE, false),
                        required(
                                "rater_role",
                                CellType.oneOf("SELF", "SUPERVISOR", "PEER", "CUSTOMER")),
                        Column.period("period"),
                        required("dimension", CellType.text(30)),
                        required("score", CellType.decimal(ZERO, BigDecimal.TEN, 2)))
                .table(FactTable.of("rating", "rating_seq", "external_id"))
                .rule(
                        (row, problems) -> {
                            String role = row.text("rater_role");
                            if ((role.equals("SUPERVISOR") || role.equals("PEER"))
                                    && !row.has("rater_employee_no")) {
                                problems.add(
                                        row.number(),
                                        "rater_employee_no",
                                        "import.error.raterRequired",
                                        role);
                            }
                        })
                .values(
                        (row, refs, context) ->
                                values(
                                        "external_id", row.text("rating_id"),
                                        "employee_id",
                                                refs.id(RefKind.EMPLOYEE, row.text("employee_no")),
                                        "rater_employee_id",
                                                refs.id(
                                                        RefKind.EMPLOYEE,
                                                        row.text("rater_employee_no")),
                                        "rater_role", row.text("rater_role"),
                                        "period_code", row.text("period"),
                                        "dimension", row.text("dimension").toUpperCase(Locale.ROOT),
                                        "score", row.decimal("score")))
                .build();
    }

    static KindSpec planSubmissions() {
        return new SpecBuilder(ImportKind.PLAN_SUBMISSIONS)
                .columns(
                        ref("employee_no", RefKind.EMPLOYEE, true),
                        Column.period("period"),
                        required("due_at", CellType.dateTime()),
                        optional("submitted_at", CellType.dateTime()))
                .table(
                        FactTable.of(
                                "plan_submission",
                                "plan_submission_seq",
                                "employee_id",
                                "period_code"))
                .identity("employee_no", "period")
                .key(
                        (row, refs) ->
                                List.of(
                                        refs.id(RefKind.EMPLOYEE, row.text("employee_no")),
                                        row.text("period")))
                .values(
                        (row, refs, context) ->
                                values(
                                        "employee_id",
                                                refs.id(RefKind.EMPLOYEE, row.text("employee_no")),
                                        "period_code", row.text("period"),
                                        "due_at", row.dateTime("due_at"),
                                        "submitted_at", row.dateTime("submitted_at")))
                .build();
    }

    static KindSpec activities() {
        return new SpecBuilder(ImportKind.ACTIVITIES)
                .columns(
                        required("activity_id", CellType.text(40)),
                        ref("employee_no", RefKind.EMPLOYEE, true),
                        required("date", CellType.date()),
                        required("kind", CellType.oneOf("VISIT", "CALL", "DEMO")),
                        ref("customer_id", RefKind.CUSTOMER, false))
                .table(FactTable.of("activity", "activity_seq", "external_id"))
                .values(
                        (row, refs, context) ->
                                values(
                                        "external_id", row.text("activity_id"),
                                        "employee_id",
                                                refs.id(RefKind.EMPLOYEE, row.text("employee_no")),
                                        "activity_date", row.date("date"),
                                        "kind", row.text("kind"),
                                        "customer_id",
                                                refs.id(RefKind.CUSTOMER, row.text("customer_id"))))
                .build();
    }

    static KindSpec opportunities() {
        return new SpecBuilder(ImportKind.OPPORTUNITIES)
                .columns(
                        required("opportunity_id", CellType.text(40)),
                        ref("employee_no", RefKind.EMPLOYEE, true),
                        ref("customer_id", RefKind.CUSTOMER, false),
                        required(
                                "stage",
                                CellType.oneOf(
                                        "LEAD", "OPPORTUNITY", "NEGOTIATION", "WON", "LOST")),
                        required("created_date", CellType.date()),
                        required("stage_date", CellType.date()),
                        optional("lost_reason", CellType.text(200)))
                .table(FactTable.of("opportunity", "opportunity_seq", "external_id"))
                .rule(
                        (row, problems) -> {
                            if (row.date("stage_date").isBefore(row.date("created_date"))) {
                                problems.add(
                                        row.number(),
                                        "stage_date",
                                        "import.error.stageBeforeCreated",
                                        row.date("stage_date"),
                                        row.date("created_date"));
                            }
                        })
                .values(
                        (row, refs, context) ->
                                values(
                                        "external_id", row.text("opportunity_id"),
                                        "employee_id",
                                                refs.id(RefKind.EMPLOYEE, row.text("employee_no")),
                                        "customer_id",
                                                refs.id(RefKind.CUSTOMER, row.text("customer_id")),
                                        "stage", row.text("stage"),
                                        "created_date", row.date("created_date"),
                                        "stage_date", row.date("stage_date"),
                                        "lost_reason", row.text("lost_reason")))
                .build();
    }

    static KindSpec training() {
        return new SpecBuilder(ImportKind.TRAINING)
                .columns(
                        required("training_id", CellType.text(40)),
                        ref("employee_no", RefKind.EMPLOYEE, true),
                        required("course", CellType.text(200)),
                        required("completion_date", CellType.date()),
                        optional("pre_score", CellType.decimal(ZERO, HUNDRED, 2)),
                        optional("post_score", CellType.decimal(ZERO, HUNDRED, 2)))
                .table(FactTable.of("training", "training_seq", "external_id"))
                .values(
                        (row, refs, context) ->
                                values(
                                        "external_id", row.text("training_id"),
                                        "employee_id",
                                                refs.id(RefKind.EMPLOYEE, row.text("employee_no")),
                                        "course", row.text("course"),
                                        "completion_date", row.date("completion_date"),
                                        "pre_score", row.decimal("pre_score"),
                                        "post_score", row.decimal("post_score")))
                .build();
    }

    static KindSpec complianceIncidents() {
        return new SpecBuilder(ImportKind.COMPLIANCE_INCIDENTS)
                .columns(
                        required("incident_id", CellType.text(40)),
                        ref("employee_no", RefKind.EMPLOYEE, true),
                        required("date", CellType.date()),
                        required(
                                "kind",
                                CellType.oneOf(
                                        "UNAUTHORISED_DISCOUNT",
                                        "FALSE_PROMISE",
                                        "DATA_FALSIFICATION")),
                        required("severity", CellType.oneOf("LOW", "MEDIUM", "HIGH")))
                .table(
                        FactTable.of(
                                "compliance_incident", "compliance_incident_seq", "external_id"))
                .values(
                        (row, refs, context) ->
                                values(
                                        "external_id", row.text("incident_id"),
                                        "employee_id",
                                                refs.id(RefKind.EMPLOYEE, row.text("employee_no")),
                                        "incident_date", row.date("date"),
                                        "kind", row.text("kind"),
                                        "severity", row.text("severity")))
                .build();
    }

    static KindSpec salesCosts() {
        return new SpecBuilder(ImportKind.SALES_COSTS)
                .columns(
                        ref("org_unit_code", RefKind.ORG_UNIT, true),
                        Column.period("period"),
                        required("amount", CellType.amount()))
                .table(FactTable.of("sales_cost", "sales_cost_seq", "org_unit_id", "period_code"))
                .identity("org_unit_code", "period")
                .key(
                        (row, refs) ->
                                List.of(
                                        refs.id(RefKind.ORG_UNIT, row.text("org_unit_code")),
                                        row.text("period")))
                .values(
                        (row, refs, context) ->
                                values(
                                        "org_unit_id",
                                                refs.id(
                                                        RefKind.ORG_UNIT,
                                                        row.text("org_unit_code")),
                                        "period_code", row.text("period"),
                                        "amount", row.decimal("amount")))
                .build();
    }
}
