package com.salesperf.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * The source's data table for 2023Q3, asserted through {@link MeasureQueries}; shared by the H2 and
 * PostgreSQL tests.
 */
final class ShowcaseFigures {

    private final MeasureQueries measures;
    private final MeasureQueries.Period quarter;
    private final MeasureQueries.Period previousQuarter;

    ShowcaseFigures(Connection connection) throws SQLException {
        measures = new MeasureQueries(connection);
        quarter = measures.period("2023Q3");
        previousQuarter = measures.period("2023Q2");
    }

    /** S001 张伟: every figure of the table. */
    void assertS001() throws SQLException {
        assertSales("S001", 500_000, 575_000, 12, 68);
        assertCollectionRates("S001", "0.95");
        assertThat(measures.newCustomers("S001", previousQuarter)).isEqualTo(10);
        assertThat(measures.satisfaction("S001", quarter)).isEqualByComparingTo("4.6");
        assertThat(measures.lateSubmissions("S001", quarter, LocalDateTime.of(2023, 10, 1, 3, 0)))
                .isZero();
        assertThat(measures.teamwork("S001", quarter)).isEqualByComparingTo("8.5");
        assertThat(measures.quarterlyBaseBonus("S001")).isEqualByComparingTo("10000");
        assertThat(averageOrderValue("S001")).isEqualByComparingTo("8455.88");
    }

    /** S002 李娜 (NORTH) and S003 王芳 (SOUTH). */
    void assertS002AndS003() throws SQLException {
        assertSales("S002", 480_000, 408_000, 8, 60);
        assertCollectionRates("S002", "0.88");
        assertThat(averageOrderValue("S002")).isEqualByComparingTo("6800");
        assertSales("S003", 520_000, 624_000, 15, 60);
        assertCollectionRates("S003", "0.98");
        assertThat(averageOrderValue("S003")).isEqualByComparingTo("10400");
        assertThat(
                        measures.actualSales("S003", quarter)
                                .divide(
                                        measures.targetSales("S003", quarter),
                                        4,
                                        RoundingMode.HALF_UP))
                .isEqualByComparingTo("1.2");
    }

    void assertMonthlyTargetsAddUp(String employeeNo) throws SQLException {
        BigDecimal months = BigDecimal.ZERO;
        for (String month : new String[] {"2023-07", "2023-08", "2023-09"}) {
            months = months.add(measures.targetSales(employeeNo, measures.period(month)));
        }
        assertThat(months).isEqualByComparingTo(measures.targetSales(employeeNo, quarter));
    }

    private void assertSales(
            String employeeNo, long target, long actual, long newCustomers, long payingCustomers)
            throws SQLException {
        assertThat(measures.targetSales(employeeNo, quarter))
                .as(employeeNo + " target")
                .isEqualByComparingTo(BigDecimal.valueOf(target));
        assertThat(measures.actualSales(employeeNo, quarter))
                .as(employeeNo + " actual")
                .isEqualByComparingTo(BigDecimal.valueOf(actual));
        assertThat(measures.newCustomers(employeeNo, quarter))
                .as(employeeNo + " new customers")
                .isEqualTo(newCustomers);
        assertThat(measures.payingCustomers(employeeNo, quarter))
                .as(employeeNo + " paying customers")
                .isEqualTo(payingCustomers);
    }

    private void assertCollectionRates(String employeeNo, String rate) throws SQLException {
        MeasureQueries.Collections collections = measures.collections(employeeNo, quarter);
        assertThat(collections.amountDue()).as(employeeNo + " amount due").isPositive();
        assertThat(
                        collections
                                .collectedOnTime()
                                .divide(collections.amountDue(), 10, RoundingMode.UNNECESSARY))
                .as(employeeNo + " on-time rate")
                .isEqualByComparingTo(rate);
        assertThat(
                        collections
                                .collected()
                                .divide(collections.amountDue(), 10, RoundingMode.UNNECESSARY))
                .as(employeeNo + " collection rate")
                .isEqualByComparingTo(rate);
    }

    private BigDecimal averageOrderValue(String employeeNo) throws SQLException {
        return measures.actualSales(employeeNo, quarter)
                .divide(
                        BigDecimal.valueOf(measures.payingCustomers(employeeNo, quarter)),
                        2,
                        RoundingMode.HALF_UP);
    }
}
