package com.salesperf.demo.control;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * {@code BenchmarkData URL USER PASSWORD REPS}: migrates a PostgreSQL database exactly as the
 * server does (the common and the PostgreSQL-only migrations) and fills it with the benchmark
 * company. Used by scripts/benchmark-runs.sh; not a test.
 */
public final class BenchmarkData {

    private BenchmarkData() {}

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load()
                .migrate();
        GenerationSummary summary =
                new DemoCompanyGenerator()
                        .generate(
                                () -> DriverManager.getConnection(url, user, password),
                                DemoSize.benchmark(Integer.parseInt(args[3])),
                                2);
        System.out.print(summary.report());
    }
}
