package com.salesperf.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The source's data table holds in the standard company, computed as DATA-FORMATS.md defines. */
class StandardCompanyFiguresTest {

    private static Connection connection;

    @BeforeAll
    static void generate() throws Exception {
        connection = StandardCompany.onH2();
    }

    @Test
    void s001HasEveryFigureOfTheSourceTable() throws Exception {
        new ShowcaseFigures(connection).assertS001();
    }

    @Test
    void s002AndS003HaveTheirFigures() throws Exception {
        new ShowcaseFigures(connection).assertS002AndS003();
    }

    @Test
    void showcaseMonthlyTargetsAddUpToTheQuarter() throws Exception {
        ShowcaseFigures figures = new ShowcaseFigures(connection);
        for (String rep : new String[] {"S001", "S002", "S003"}) {
            figures.assertMonthlyTargetsAddUp(rep);
        }
    }

    @Test
    void showcaseRepsSitInTheirRegionsWithoutOutliers() throws Exception {
        assertThat(
                        SqlCounts.strings(
                                connection,
                                "SELECT e.employee_no || ' ' || e.name || ' '"
                                        + " || team.code || ' ' || region.code FROM employee e"
                                        + " JOIN org_unit team ON team.id = e.org_unit_id"
                                        + " JOIN org_unit region ON region.id = team.parent_id"
                                        + " WHERE e.employee_no IN ('S001', 'S002', 'S003') ORDER BY e.employee_no"))
                .containsExactly(
                        "S001 张伟 EAST-1 EAST", "S002 李娜 NORTH-1 NORTH", "S003 王芳 SOUTH-1 SOUTH");
        assertThat(
                        SqlCounts.count(
                                connection,
                                "SELECT COUNT(*) FROM sale s"
                                        + " JOIN employee e ON e.id = s.employee_id WHERE e.employee_no IN ('S001', 'S002',"
                                        + " 'S003') AND (s.excluded = TRUE OR s.amount >= 1000000)"))
                .isZero();
    }
}
