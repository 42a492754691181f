package com.salesperf.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator leaves the database ready for the application and never mixes companies. */
class GeneratorHousekeepingTest {

    private static Connection connection;

    @BeforeAll
    static void generate() throws Exception {
        connection = StandardCompany.onH2();
    }

    @Test
    void sequencesHandOutIdsPastEveryGeneratedRowAsEclipseLinkUsesThem() throws Exception {
        for (String table : DemoTables.sequencedTables()) {
            long maxId = SqlCounts.count(connection, "SELECT COALESCE(MAX(id), 0) FROM " + table);
            long next = SqlCounts.count(connection, "SELECT NEXT VALUE FOR " + table + "_seq");
            assertThat(next % 50).as(table).isZero();
            assertThat(next)
                    .as(table + ": EclipseLink uses next-49..next")
                    .isGreaterThan(maxId + 49);
        }
    }

    @Test
    void refusesADatabaseThatAlreadyHasAnOrganisation() throws Exception {
        Map<String, String> before = TableChecksums.of(connection);
        GenerationSummary second =
                new DemoCompanyGenerator().generate(connection, DemoSize.standard());
        assertThat(second.generated()).isFalse();
        assertThat(second.message()).contains("org_unit is not empty");
        assertThat(second.totalRows()).isZero();
        assertThat(TableChecksums.of(connection)).isEqualTo(before);
    }

    @Test
    void summaryCountsEveryTable() throws Exception {
        GenerationSummary summary = StandardCompany.summary();
        for (String table : TableChecksums.tables()) {
            assertThat(summary.rowCount(table))
                    .as(table)
                    .isEqualTo(SqlCounts.count(connection, "SELECT COUNT(*) FROM " + table));
        }
    }
}
