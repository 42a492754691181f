package com.salesperf.data.control;

import static com.salesperf.data.control.Files.csv;
import static com.salesperf.data.control.Files.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind: a valid row is read into typed values; every kind of bad value is reported. */
class ImportValidationTest {

    static final Map<ImportKind, String> VALID_ROWS =
            Map.ofEntries(
                    Map.entry(ImportKind.ORG_UNITS, "EAST-9,华东九组,East Team 9,EAST,TEAM,MATURE,NEW"),
                    Map.entry(
                            ImportKind.REPS,
                            "S900,张三,EAST-1,M01,JUNIOR,2023-01-09,1000,3000,12000,true"),
                    Map.entry(ImportKind.CUSTOMERS, "C900,上海某公司,HIGH_VALUE"),
                    Map.entry(ImportKind.SALES, "O900,S001,C1,software,2023-07-15,12000.50"),
                    Map.entry(
                            ImportKind.COLLECTIONS,
                            "R900,O1,12000.50,2023-08-15,12000.50,2023-08-10"),
                    Map.entry(ImportKind.FEEDBACK, "F900,S001,C1,2023-07-20,4.5,9,8"),
                    Map.entry(ImportKind.RATINGS, "RT900,S001,M01,SUPERVISOR,2023Q3,TEAMWORK,8.5"),
                    Map.entry(
                            ImportKind.PLAN_SUBMISSIONS,
                            "S001,2023-07,2023-07-05T18:00,2023-07-04T09:30"),
                    Map.entry(ImportKind.TARGETS, "2023Q3,REP,S001,sales,300000"),
                    Map.entry(ImportKind.ACTIVITIES, "A900,S001,2023-07-03,VISIT,C1"),
                    Map.entry(
                            ImportKind.OPPORTUNITIES,
                            "OP900,S001,C1,LOST,2023-06-01,2023-07-01,price"),
                    Map.entry(ImportKind.TRAINING, "T900,S001,Negotiation,2023-07-10,55,80"),
                    Map.entry(
                            ImportKind.COMPLIANCE_INCIDENTS,
                            "CI900,S001,2023-07-11,FALSE_PROMISE,LOW"),
                    Map.entry(ImportKind.SALES_COSTS, "EAST,2023Q3,150000.00"));

    @ParameterizedTest
    @EnumSource(ImportKind.class)
    void aValidRowOfEveryKindIsAccepted(ImportKind kind) {
        FileValidator.Valid valid = validate(kind, csv(kind, VALID_ROWS.get(kind)));
        assertThat(valid.rows()).hasSize(1);
        assertThat(valid.rows().get(0).number()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(ImportKind.class)
    void everyKindRefusesAMissingRequiredFirstColumnAndAWrongHeader(ImportKind kind) {
        String row = VALID_ROWS.get(kind);
        String withoutFirst = row.substring(row.indexOf(','));
        assertThat(problems(kind, csv(kind, withoutFirst)))
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .contains(tuple(2, kind.columns().get(0), "import.error.required"));
        String wrongHeader = "id," + kind.headerLine() + "\n" + row + "\n";
        assertThat(problems(kind, wrongHeader))
                .singleElement()
                .extracting(ImportProblem::code)
                .isEqualTo("import.error.header");
    }

    @Test
    void typedValuesAreReadExactly() {
        TypedRow sale =
                validate(ImportKind.SALES, csv(ImportKind.SALES, VALID_ROWS.get(ImportKind.SALES)))
                        .rows()
                        .get(0);
        assertThat(sale.decimal("amount")).isEqualByComparingTo("12000.50");
        assertThat(sale.date("signed_date")).isEqualTo(LocalDate.of(2023, 7, 15));
        TypedRow plan =
                validate(
                                ImportKind.PLAN_SUBMISSIONS,
                                csv(
                                        ImportKind.PLAN_SUBMISSIONS,
                                        VALID_ROWS.get(ImportKind.PLAN_SUBMISSIONS)))
                        .rows()
                        .get(0);
        assertThat(plan.dateTime("due_at")).isEqualTo(LocalDateTime.of(2023, 7, 5, 18, 0));
        TypedRow rep =
                validate(ImportKind.REPS, csv(ImportKind.REPS, VALID_ROWS.get(ImportKind.REPS)))
                        .rows()
                        .get(0);
        assertThat(rep.get("active")).isEqualTo(Boolean.TRUE);
        assertThat(rep.decimal("base_bonus_year")).isEqualTo(new BigDecimal("12000"));
    }

    @Test
    void everyBadValueOfAFileIsReportedWithRowAndColumn() {
        String text =
                csv(
                        ImportKind.FEEDBACK,
                        "F1,S001,C1,2023-07-20,4,9,8",
                        "F2,S001,C1,2023-02-30,6,11,x",
                        "F3,S999,C9,20.07.2023,0,,",
                        "F1,S001,C1,2023-07-21,3,,");
        assertThat(problems(ImportKind.FEEDBACK, text))
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(
                        tuple(3, "date", "import.error.date"),
                        tuple(3, "satisfaction", "import.error.range"),
                        tuple(3, "nps", "import.error.range"),
                        tuple(3, "renewal_intention", "import.error.integer"),
                        tuple(4, "date", "import.error.date"),
                        tuple(4, "satisfaction", "import.error.range"),
                        tuple(4, "employee_no", "import.error.unknownEmployee"),
                        tuple(4, "customer_id", "import.error.unknownCustomer"),
                        tuple(5, "feedback_id", "import.error.duplicate"));
    }

    @Test
    void unknownReferencesAreNamed() {
        String text = csv(ImportKind.SALES, "O1,S999,C9,software,2023-07-01,10");
        assertThat(problems(ImportKind.SALES, text))
                .extracting(ImportProblem::column, ImportProblem::code, p -> p.arguments().get(0))
                .containsExactly(
                        tuple("employee_no", "import.error.unknownEmployee", "S999"),
                        tuple("customer_id", "import.error.unknownCustomer", "C9"));
    }

    @Test
    void enumsBooleansPeriodsDecimalsAndLengthsAreChecked() {
        assertThat(codes(ImportKind.REPS, "S9,n,EAST-1,,BOSS,2023-01-01,1,2,3,yes"))
                .containsExactly("import.error.enum", "import.error.boolean");
        assertThat(codes(ImportKind.TARGETS, "2023-13,REP,S001,sales,1"))
                .containsExactly("import.error.period");
        assertThat(codes(ImportKind.TARGETS, "2023Q4,REP,S001,sales,1"))
                .containsExactly("import.error.unknownPeriod");
        assertThat(codes(ImportKind.SALES, "O9,S001,C1,sw,2023-07-01,1.005"))
                .containsExactly("import.error.scale");
        assertThat(codes(ImportKind.SALES, "O9,S001,C1,sw,2023-07-01,\"1,000\""))
                .containsExactly("import.error.decimal");
        assertThat(codes(ImportKind.SALES, "O9,S001,C1,sw,2023-07-01,-5"))
                .containsExactly("import.error.range");
        assertThat(codes(ImportKind.CUSTOMERS, "C9," + "x".repeat(201) + ",POTENTIAL"))
                .containsExactly("import.error.tooLong");
        assertThat(codes(ImportKind.PLAN_SUBMISSIONS, "S001,2023-07,2023-07-05 18:00,"))
                .containsExactly("import.error.dateTime");
    }

    @Test
    void crossColumnRulesApply() {
        assertThat(codes(ImportKind.COLLECTIONS, "R1,O1,100,2023-08-01,150,2023-08-01"))
                .containsExactly("import.error.collectedTooMuch");
        assertThat(codes(ImportKind.COLLECTIONS, "R1,O1,100,2023-08-01,50,"))
                .containsExactly("import.error.collectedWithoutDate");
        assertThat(codes(ImportKind.RATINGS, "RT1,S001,,PEER,2023Q3,TEAMWORK,8"))
                .containsExactly("import.error.raterRequired");
        assertThat(codes(ImportKind.OPPORTUNITIES, "OP1,S001,,WON,2023-07-02,2023-07-01,"))
                .containsExactly("import.error.stageBeforeCreated");
        assertThat(codes(ImportKind.TARGETS, "2023Q3,TEAM,EAST,sales,1"))
                .containsExactly("import.error.wrongUnitKind");
        assertThat(codes(ImportKind.ORG_UNITS, "X1,甲,X,,TEAM,,"))
                .containsExactly("import.error.required");
        assertThat(codes(ImportKind.REPS, "S001,n,EAST-1,S001,JUNIOR,2023-01-01,1,2,3,true"))
                .containsExactly("import.error.selfReference");
    }

    @Test
    void aFileMayReferToRowsDefinedEarlierInItselfButNotLater() {
        String units =
                csv(
                        ImportKind.ORG_UNITS,
                        "WEST,华西区,West,HQ,REGION,EMERGING,",
                        "WEST-1,华西一组,West 1,WEST,TEAM,,NEW",
                        "WEST-2,华西二组,West 2,WEST-3,TEAM,,NEW",
                        "WEST-3,华西三组,West 3,WEST,TEAM,,NEW");
        assertThat(problems(ImportKind.ORG_UNITS, units))
                .extracting(ImportProblem::row, ImportProblem::code)
                .containsExactly(tuple(4, "import.error.unknownOrgUnit"));
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreRefused() {
        assertThat(problems(ImportKind.SALES, ""))
                .extracting(ImportProblem::code)
                .containsExactly("import.error.header");
        assertThat(problems(ImportKind.SALES, ImportKind.SALES.headerLine() + "\n\n"))
                .extracting(ImportProblem::code)
                .containsExactly("import.error.empty");
    }

    @Test
    void headerIsMatchedIgnoringCaseSpacesAndTrailingEmptyColumns() {
        String text =
                "Order_ID, employee_no ,customer_id,product_line,signed_date,amount,,\nO9,S001,C1,sw,2023-07-01,5,,\n";
        assertThat(validate(ImportKind.SALES, text).rows()).hasSize(1);
        assertThat(codes(ImportKind.SALES, "O9,S001,C1,sw,2023-07-01,5,extra"))
                .containsExactly("import.error.extraCells");
    }

    @Test
    void formulaLookingCellsAreJustText() {
        TypedRow customer =
                validate(
                                ImportKind.CUSTOMERS,
                                csv(
                                        ImportKind.CUSTOMERS,
                                        "C9,\"=HYPERLINK(\"\"http://x\"\")\",POTENTIAL"))
                        .rows()
                        .get(0);
        assertThat(customer.text("name")).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(codes(ImportKind.SALES, "O9,S001,C1,sw,2023-07-01,=1+2"))
                .containsExactly("import.error.decimal");
    }

    @Test
    void problemsHaveEnglishAndChineseTexts() {
        ImportProblem problem =
                problems(ImportKind.SALES, csv(ImportKind.SALES, "O1,S999,C1,sw,2023-07-01,1"))
                        .get(0);
        assertThat(problem.englishMessage()).contains("S999").doesNotContain("import.error");
        assertThat(problem.message(java.util.Locale.SIMPLIFIED_CHINESE))
                .contains("S999")
                .isNotEqualTo(problem.englishMessage());
    }

    static List<String> codes(ImportKind kind, String row) {
        return problems(kind, csv(kind, row)).stream().map(ImportProblem::code).toList();
    }

    static List<ImportProblem> problems(ImportKind kind, String text) {
        try {
            validate(kind, text);
        } catch (ImportRefusedException e) {
            assertThat(e.status()).isEqualTo(422);
            return e.problems();
        }
        throw new AssertionError("expected the file to be refused");
    }
}
