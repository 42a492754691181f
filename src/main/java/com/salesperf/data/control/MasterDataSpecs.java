package com.salesperf.data.control;

import static com.salesperf.data.control.Column.optional;
import static com.salesperf.data.control.Column.ref;
import static com.salesperf.data.control.Column.required;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The kinds that define the organisation and its counterparts: org units, reps, customers, targets.
 */
final class MasterDataSpecs {

    private MasterDataSpecs() {}

    static KindSpec orgUnits() {
        return new SpecBuilder(ImportKind.ORG_UNITS)
                .columns(
                        required("code", CellType.text(40)),
                        required("name_zh", CellType.text(100)),
                        required("name_en", CellType.text(100)),
                        ref("parent_code", RefKind.ORG_UNIT, false),
                        required("kind", CellType.oneOf("COMPANY", "REGION", "TEAM")),
                        optional("market", CellType.oneOf("MATURE", "EMERGING")),
                        optional("stage", CellType.oneOf("NEW", "GROWING", "MATURE")))
                .table(FactTable.of("org_unit", "org_unit_seq", "code").defining(RefKind.ORG_UNIT))
                .rule(MasterDataSpecs::checkParent)
                .values(
                        (row, refs, context) ->
                                values(
                                        "code", row.text("code"),
                                        "name_zh", row.text("name_zh"),
                                        "name_en", row.text("name_en"),
                                        "parent_id",
                                                refs.id(RefKind.ORG_UNIT, row.text("parent_code")),
                                        "kind", row.text("kind"),
                                        "market", row.text("market"),
                                        "stage", row.text("stage")))
                .build();
    }

    /** The company is the root; every region and team has a parent, never itself. */
    private static void checkParent(TypedRow row, Problems problems) {
        boolean company = "COMPANY".equals(row.text("kind"));
        if (company && row.has("parent_code")) {
            problems.add(row.number(), "parent_code", "import.error.companyParent");
        } else if (!company && !row.has("parent_code")) {
            problems.add(row.number(), "parent_code", "import.error.required");
        } else if (Objects.equals(row.text("parent_code"), row.text("code"))) {
            problems.add(
                    row.number(), "parent_code", "import.error.selfReference", row.text("code"));
        }
    }

    static KindSpec reps() {
        return new SpecBuilder(ImportKind.REPS)
                .columns(
                        required("employee_no", CellType.text(20)),
                        required("name", CellType.text(100)),
                        ref("org_unit_code", RefKind.ORG_UNIT, true),
                        ref("manager_employee_no", RefKind.EMPLOYEE, false),
                        required("level", CellType.oneOf("JUNIOR", "INTERMEDIATE", "SENIOR")),
                        required("hire_date", CellType.date()),
                        required("base_bonus_month", CellType.amount()),
                        required("base_bonus_quarter", CellType.amount()),
                        required("base_bonus_year", CellType.amount()),
                        required("active", CellType.bool()))
                .table(
                        FactTable.of("employee", "employee_seq", "employee_no")
                                .insertOnly(Map.of("position", "SALES_REP"))
                                .tracking("org_unit_id")
                                .defining(RefKind.EMPLOYEE))
                .rule(
                        (row, problems) -> {
                            if (Objects.equals(
                                    row.text("manager_employee_no"), row.text("employee_no"))) {
                                problems.add(
                                        row.number(),
                                        "manager_employee_no",
                                        "import.error.selfReference",
                                        row.text("employee_no"));
                            }
                        })
                .values(MasterDataSpecs::repValues)
                .afterWrite(RepAssignments::maintain)
                .build();
    }

    /**
     * The half-year base bonus has no column: it is twice the quarterly one (as in the demo data).
     */
    private static Map<String, Object> repValues(TypedRow row, Refs refs, ImportContext context) {
        return values(
                "employee_no", row.text("employee_no"),
                "name", row.text("name"),
                "org_unit_id", refs.id(RefKind.ORG_UNIT, row.text("org_unit_code")),
                "manager_id", refs.id(RefKind.EMPLOYEE, row.text("manager_employee_no")),
                "level", row.text("level"),
                "hire_date", row.date("hire_date"),
                "active", row.get("active"),
                "base_bonus_month", row.decimal("base_bonus_month"),
                "base_bonus_quarter", row.decimal("base_bonus_quarter"),
                "base_bonus_half_year",
                        row.decimal("base_bonus_quarter").multiply(BigDecimal.valueOf(2)),
                "base_bonus_year", row.decimal("base_bonus_year"));
    }

    static KindSpec customers() {
        return new SpecBuilder(ImportKind.CUSTOMERS)
                .columns(
                        required("customer_id", CellType.text(40)),
                        required("name", CellType.text(200)),
                        required("segment", CellType.oneOf("HIGH_VALUE", "POTENTIAL", "LONG_TAIL")))
                .table(FactTable.of("customer", "customer_seq", "external_id"))
                .values(
                        (row, refs, context) ->
                                values(
                                        "external_id", row.text("customer_id"),
                                        "name", row.text("name"),
                                        "segment", row.text("segment")))
                .build();
    }

    static KindSpec targets() {
        return new SpecBuilder(ImportKind.TARGETS)
                .columns(
                        Column.period("period"),
                        required("scope", CellType.oneOf("REP", "TEAM", "REGION")),
                        required("scope_code", CellType.text(40)),
                        required("measure", CellType.text(40)),
                        required("value", CellType.decimal(BigDecimal.ZERO, null, 4)))
                .table(
                        FactTable.of(
                                        "target",
                                        "target_seq",
                                        "period_id",
                                        "scope",
                                        "scope_code",
                                        "measure")
                                .tracking("target_value"))
                .identity("period", "scope", "scope_code", "measure")
                .extraRefs(MasterDataSpecs::scopeRef)
                .key(
                        (row, refs) ->
                                List.of(
                                        refs.id(RefKind.PERIOD, row.text("period")),
                                        row.text("scope"),
                                        row.text("scope_code"),
                                        row.text("measure")))
                .values(MasterDataSpecs::targetValues)
                .afterWrite(TargetAdjustments::record)
                .build();
    }

    /** A REP target names an employee; a TEAM or REGION target an org unit of that kind. */
    private static List<RefUse> scopeRef(TypedRow row) {
        String scope = row.text("scope");
        String code = row.text("scope_code");
        if (scope == null || code == null) {
            return List.of();
        }
        return "REP".equals(scope)
                ? List.of(new RefUse("scope_code", RefKind.EMPLOYEE, code, null))
                : List.of(new RefUse("scope_code", RefKind.ORG_UNIT, code, scope));
    }

    private static Map<String, Object> targetValues(
            TypedRow row, Refs refs, ImportContext context) {
        boolean rep = "REP".equals(row.text("scope"));
        return values(
                "period_id", refs.id(RefKind.PERIOD, row.text("period")),
                "scope", row.text("scope"),
                "scope_code", row.text("scope_code"),
                "employee_id", rep ? refs.id(RefKind.EMPLOYEE, row.text("scope_code")) : null,
                "org_unit_id", rep ? null : refs.id(RefKind.ORG_UNIT, row.text("scope_code")),
                "measure", row.text("measure"),
                "target_value", row.decimal("value"),
                "updated_at", context.at(),
                "updated_by", context.username());
    }

    /** Column-value pairs in order; a null value is kept (it clears the column on update). */
    static Map<String, Object> values(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
