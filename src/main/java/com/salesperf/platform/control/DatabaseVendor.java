package com.salesperf.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The two databases the portal runs on. SQL that must differ between them (a range of sequence
 * values, turning UTF-8 bytes into text, the vendor-only migrations) asks which one it has; any
 * other database is refused, at start-up by the schema migration.
 */
public enum DatabaseVendor {
    POSTGRESQL,
    H2;

    public static DatabaseVendor of(Connection connection) throws SQLException {
        return of(connection.getMetaData().getDatabaseProductName());
    }

    /**
     * @param product the product name, possibly followed by its version ({@code PostgreSQL 15.19})
     * @throws IllegalStateException for any other database
     */
    public static DatabaseVendor of(String product) {
        String name = product.toLowerCase(Locale.ROOT);
        for (DatabaseVendor vendor : values()) {
            if (name.startsWith(vendor.folder())) {
                return vendor;
            }
        }
        throw new IllegalStateException("unsupported database: " + product);
    }

    /** The vendor's name in lower case, as in {@code db/vendor/postgresql}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }
}
