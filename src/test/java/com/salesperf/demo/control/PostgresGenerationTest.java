package com.salesperf.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** The standard company on PostgreSQL 15 ({@code portal_demo_test}, reset first). */
class PostgresGenerationTest {

    @Test
    void standardCompanyGeneratesAndS001FiguresHold() throws Exception {
        try (Connection connection = TestDatabases.postgres()) {
            GenerationSummary summary =
                    new DemoCompanyGenerator().generate(connection, DemoSize.standard());
            System.out.printf(
                    "Standard demo company on PostgreSQL: %,d rows in %,d ms%n",
                    summary.totalRows(), summary.elapsedMillis());
            assertThat(summary.generated()).isTrue();
            new ShowcaseFigures(connection).assertS001();
            long maxSaleId = SqlCounts.count(connection, "SELECT MAX(id) FROM sale");
            assertThat(SqlCounts.count(connection, "SELECT nextval('sale_seq')"))
                    .isGreaterThan(maxSaleId + 49);
        }
    }
}
