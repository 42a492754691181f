package com.salesperf.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    @Test
    void picksTheVendorFolderFromTheProductName() {
        assertThat(SchemaMigration.vendorOf("PostgreSQL 15.19")).isEqualTo("postgresql");
        assertThat(SchemaMigration.vendorOf("H2 2.2.224 (2023-09-17)")).isEqualTo("h2");
    }

    @Test
    void refusesDatabasesWithoutVendorMigrations() {
        assertThatThrownBy(() -> SchemaMigration.vendorOf("MySQL 8"))
                .hasMessageContaining("unsupported");
    }
}
