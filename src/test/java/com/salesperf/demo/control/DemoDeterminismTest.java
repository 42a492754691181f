package com.salesperf.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same size always yields the same rows, so demo screenshots and figures stay put. */
class DemoDeterminismTest {

    @Test
    void generatingTwiceIntoFreshDatabasesGivesIdenticalTables() throws Exception {
        Map<String, String> first = TableChecksums.of(StandardCompany.onH2());
        try (Connection fresh = TestDatabases.h2("determinism")) {
            new DemoCompanyGenerator().generate(fresh, DemoSize.standard());
            assertThat(TableChecksums.of(fresh)).isEqualTo(first);
        }
    }

    @Test
    void insertingOnSeveralConnectionsGivesTheSameRowsAsOnOne() throws Exception {
        DemoSize size = DemoSize.benchmark(400);
        try (Connection single = TestDatabases.h2("one-connection");
                Connection parallel = TestDatabases.h2("three-connections")) {
            new DemoCompanyGenerator().generate(single, size);
            GenerationSummary summary =
                    new DemoCompanyGenerator()
                            .generate(
                                    () ->
                                            DriverManager.getConnection(
                                                    "jdbc:h2:mem:three-connections", "sa", ""),
                                    size,
                                    3);
            assertThat(summary.totalRows()).isGreaterThan(3L * RowBuffers.CHUNK_ROWS);
            assertThat(TableChecksums.of(parallel)).isEqualTo(TableChecksums.of(single));
        }
    }
}
