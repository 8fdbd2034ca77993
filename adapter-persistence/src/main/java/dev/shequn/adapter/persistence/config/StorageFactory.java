package dev.shequn.adapter.persistence.config;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the storage a {@link StorageConfig} names and brings its schema up to date:
 * <ul>
 *   <li>{@link StorageConfig.EmbeddedFile}: H2 in PostgreSQL mode, in {@code <directory>/shequn.mv.db}; the
 *       directory and the database are created on first start;</li>
 *   <li>{@link StorageConfig.Postgres}: a HikariCP pool over the PostgreSQL server;</li>
 *   <li>{@link StorageConfig.Hosted}: the host's own {@code DataSource}, left open on close.</li>
 * </ul>
 */
public final class StorageFactory {

    /**
     * H2 options that make it accept Shequn's PostgreSQL-flavoured SQL and wait for row locks like it; a use case
     * prepares more distinct statements than H2's default cache of 8 parsed commands holds.
     */
    static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";

    private StorageFactory() {
    }

    public static Storage open(StorageConfig config) {
        requireNonNull(config, "config");
        if (config instanceof StorageConfig.EmbeddedFile embedded) {
            return openPool(h2FileUrl(embedded.directory()), "sa", "", Dialect.H2);
        }
        if (config instanceof StorageConfig.Postgres postgres) {
            return openPool(postgres.jdbcUrl(), postgres.user(), postgres.password(), Dialect.POSTGRESQL);
        }
        StorageConfig.Hosted hosted = (StorageConfig.Hosted) config;
        Dialect dialect = Dialect.of(hosted.dataSource());
        SchemaMigrations.migrate(hosted.dataSource(), dialect);
        return new Storage(hosted.dataSource(), dialect, null);
    }

    /** The JDBC URL of the embedded database in {@code directory}, creating the directory if needed. */
    public static String h2FileUrl(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + absolute, e);
        }
        return "jdbc:h2:file:" + absolute.resolve("shequn") + H2_OPTIONS;
    }

    /** An H2 in-memory database by that name, kept until the JVM ends (tests, throwaway runs). */
    public static String h2MemoryUrl(String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS;
    }

    private static Storage openPool(String url, String user, String password, Dialect dialect) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setPoolName("shequn-" + dialect.flywayVendor());
        hikari.setAutoCommit(true);
        HikariDataSource pool = new HikariDataSource(hikari);
        try {
            SchemaMigrations.migrate(pool, dialect);
            return new Storage(pool, dialect, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }
}
