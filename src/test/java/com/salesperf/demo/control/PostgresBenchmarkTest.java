package com.salesperf.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/**
 * The generation time of a 10,000-rep benchmark company on PostgreSQL on two connections, printed,
 * not asserted: it depends on the machine (about 30 s on an idle 2-core machine). The slowest test
 * of the suite; skip it with {@code -Dtest='!PostgresBenchmarkTest'}.
 */
class PostgresBenchmarkTest {

    @Test
    void benchmarkOfTenThousandRepsGeneratesOnTwoConnections() throws Exception {
        try (Connection connection = TestDatabases.postgres()) {
            String url = TestDatabases.POSTGRES_SERVER + TestDatabases.POSTGRES_DATABASE;
            GenerationSummary summary =
                    new DemoCompanyGenerator()
                            .generate(
                                    () ->
                                            DriverManager.getConnection(
                                                    url, TestDatabases.POSTGRES_USER, ""),
                                    DemoSize.benchmark(10_000),
                                    2);
            System.out.printf("Benchmark of 10,000 reps on PostgreSQL: %s", summary.report());
            assertThat(summary.rowCount("sale")).isGreaterThanOrEqualTo(10_000L * 2 * 50);
            new ShowcaseFigures(connection).assertS001();
        }
    }
}
