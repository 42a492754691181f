package com.salesperf.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
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
}
