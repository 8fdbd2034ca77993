package dev.shequn.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.shequn.adapter.persistence.config.Dialect;
import dev.shequn.adapter.persistence.config.SchemaMigrations;
import dev.shequn.adapter.persistence.config.StorageFactory;
import dev.shequn.adapter.persistence.support.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Migrations on both databases: a second run is a no-op, and the schema does not depend on how we got there. */
class SchemaMigrationTest {

    private static HikariDataSource h2() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(StorageFactory.h2MemoryUrl("schema-" + UUID.randomUUID()));
        config.setUsername("sa");
        config.setPassword("");
        return new HikariDataSource(config);
    }

    private static HikariDataSource postgres() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(EmbeddedPostgresServer.newDatabase());
        config.setUsername("postgres");
        config.setPassword("");
        return new HikariDataSource(config);
    }

    /** Every column of the tables in the current schema: table, column, type, nullability, default. */
    private static List<String> columns(HikariDataSource dataSource) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("""
                     SELECT table_name, column_name, data_type, is_nullable, character_maximum_length, column_default
                     FROM information_schema.columns
                     WHERE table_schema = current_schema()
                     ORDER BY table_name, ordinal_position""")) {
            while (rs.next()) {
                columns.add(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        String.valueOf(rs.getObject(5)), String.valueOf(rs.getString(6))));
            }
        }
        return columns;
    }

    private static List<String> tableAndColumnNames(List<String> columns) {
        return columns.stream().map(c -> c.split("\\|")[0] + "." + c.split("\\|")[1]).toList();
    }

    private static void givenAnEmptyDatabase_whenMigratedTwice_thenTheSecondRunDoesNothingAndChangesNothing(
            HikariDataSource dataSource, Dialect dialect) throws SQLException {
        assertThat(columns(dataSource)).isEmpty();

        int first = SchemaMigrations.migrate(dataSource, dialect);
        List<String> afterFirst = columns(dataSource);
        int second = SchemaMigrations.migrate(dataSource, dialect);
        List<String> afterSecond = columns(dataSource);

        assertThat(first).isPositive();
        assertThat(second).isZero();
        assertThat(afterSecond).isEqualTo(afterFirst);
        assertThat(tableAndColumnNames(afterFirst)).contains("outbox_event.merchant_id", "community.member_count",
                "member.profile", "shequn_schema_history.version");
    }

    @Test
    void givenH2_whenMigratedTwice_thenTheSecondRunIsANoOp() throws SQLException {
        try (HikariDataSource h2 = h2()) {
            givenAnEmptyDatabase_whenMigratedTwice_thenTheSecondRunDoesNothingAndChangesNothing(h2, Dialect.H2);
        }
    }

    @Test
    void givenPostgres_whenMigratedTwice_thenTheSecondRunIsANoOp() throws SQLException {
        try (HikariDataSource postgres = postgres()) {
            givenAnEmptyDatabase_whenMigratedTwice_thenTheSecondRunDoesNothingAndChangesNothing(postgres, Dialect.POSTGRESQL);
        }
    }

    @Test
    void givenAFreshAndAReMigratedDatabase_whenCompared_thenTheirSchemasAreTheSame() throws SQLException {
        try (HikariDataSource fresh = postgres(); HikariDataSource reMigrated = postgres()) {
            SchemaMigrations.migrate(reMigrated, Dialect.POSTGRESQL);
            SchemaMigrations.migrate(reMigrated, Dialect.POSTGRESQL);
            SchemaMigrations.migrate(fresh, Dialect.POSTGRESQL);

            assertThat(columns(reMigrated)).isEqualTo(columns(fresh));
        }
    }

    @Test
    void givenBothDatabases_whenMigrated_thenTheyHaveTheSameTablesAndColumns() throws SQLException {
        try (HikariDataSource h2 = h2(); HikariDataSource postgres = postgres()) {
            SchemaMigrations.migrate(h2, Dialect.H2);
            SchemaMigrations.migrate(postgres, Dialect.POSTGRESQL);

            assertThat(tableAndColumnNames(columns(h2))).isEqualTo(tableAndColumnNames(columns(postgres)));
        }
    }

    @Test
    void givenEveryTable_whenItsPrimaryKeyIsRead_thenItStartsWithTheMerchantId() throws SQLException {
        try (HikariDataSource postgres = postgres()) {
            SchemaMigrations.migrate(postgres, Dialect.POSTGRESQL);
            List<String> firstKeyColumns = new ArrayList<>();
            try (Connection connection = postgres.getConnection();
                 ResultSet rs = connection.createStatement().executeQuery("""
                         SELECT tc.table_name, kcu.column_name
                         FROM information_schema.table_constraints tc
                         JOIN information_schema.key_column_usage kcu
                           ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
                         WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema()
                           AND kcu.ordinal_position = 1 AND tc.table_name <> 'shequn_schema_history'""")) {
                while (rs.next()) {
                    firstKeyColumns.add(rs.getString(1) + "." + rs.getString(2));
                }
            }

            assertThat(firstKeyColumns).hasSizeGreaterThanOrEqualTo(10).allMatch(c -> c.endsWith(".merchant_id"));
        }
    }
}
