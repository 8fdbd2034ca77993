package dev.shequn.adapter.persistence.config;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Shequn's schema as Flyway migrations: {@code db/migration/common} runs on both databases, and
 * {@code db/migration/h2} or {@code db/migration/postgresql} only where the SQL must differ. Versions are
 * numbered across all folders, so a vendor migration takes a number of its own.
 */
public final class SchemaMigrations {

    static final String COMMON = "db/migration/common";

    private SchemaMigrations() {
    }

    /** Brings the schema up to date; on an up-to-date schema it does nothing. Answers how many migrations ran. */
    public static int migrate(DataSource dataSource, Dialect dialect) {
        return flyway(dataSource, dialect).migrate().migrationsExecuted;
    }

    /** Applies pending migrations and answers Flyway's report (for tests and the CLI). */
    public static MigrateResult migrateWithReport(DataSource dataSource, Dialect dialect) {
        return flyway(dataSource, dialect).migrate();
    }

    private static Flyway flyway(DataSource dataSource, Dialect dialect) {
        requireNonNull(dataSource, "dataSource");
        requireNonNull(dialect, "dialect");
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(dialect).toArray(String[]::new))
                .table("shequn_schema_history")
                .baselineOnMigrate(false)
                .load();
    }

    private static List<String> locations(Dialect dialect) {
        List<String> locations = new ArrayList<>(List.of("classpath:" + COMMON));
        String vendor = "db/migration/" + dialect.flywayVendor();
        // Flyway warns about a location that does not exist; a vendor folder appears only when it is needed.
        if (SchemaMigrations.class.getClassLoader().getResource(vendor) != null) {
            locations.add("classpath:" + vendor);
        }
        return locations;
    }
}
