package com.salesperf.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/**
 * The generator on PostgreSQL 15 ({@code portal_demo_test}, reset per test): the standard company
 * with the S001 figures, and the generation time of a 10,000-rep benchmark (printed, not asserted:
 * it depends on the machine).
 */
class PostgresGenerationTest {

  @Test
  void standardCompanyGeneratesAndS001FiguresHold() throws Exception {
    try (Connection connection = TestDatabases.postgres()) {
      GenerationSummary summary =
          new DemoCompanyGenerator().generate(connection, DemoSize.standard());
      System.out.printf("Standard demo company on PostgreSQL: %,d rows in %,d ms%n",
          summary.totalRows(), summary.elapsedMillis());
      assertThat(summary.generated()).isTrue();
      new ShowcaseFigures(connection).assertS001();
      long maxSaleId = SqlCounts.count(connection, "SELECT MAX(id) FROM sale");
      assertThat(SqlCounts.count(connection, "SELECT nextval('sale_seq')"))
          .isGreaterThan(maxSaleId + 49);
    }
  }

  @Test
  void benchmarkOfTenThousandRepsGeneratesOnTwoConnections() throws Exception {
    try (Connection connection = TestDatabases.postgres()) {
      String url = TestDatabases.POSTGRES_SERVER + TestDatabases.POSTGRES_DATABASE;
      GenerationSummary summary = new DemoCompanyGenerator().generate(
          () -> DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, ""),
          DemoSize.benchmark(10_000), 2);
      System.out.printf("Benchmark of 10,000 reps on PostgreSQL: %s", summary.report());
      assertThat(summary.rowCount("sale")).isGreaterThanOrEqualTo(10_000L * 2 * 50);
      new ShowcaseFigures(connection).assertS001();
    }
  }
}
