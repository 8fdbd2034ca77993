package dev.shequn.adapter.persistence.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The two databases the JDBC adapters speak to; their SQL is shared except where named here. */
public enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String flywayVendor;

    Dialect(String flywayVendor) {
        this.flywayVendor = flywayVendor;
    }

    /** The folder under {@code db/migration} holding the migrations only this database needs. */
    public String flywayVendor() {
        return flywayVendor;
    }

    public static Dialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalArgumentException("unsupported database: " + product + " (use PostgreSQL or H2)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to identify it", e);
        }
    }
}
