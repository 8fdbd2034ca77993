package dev.shequn.adapter.persistence.config;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import javax.sql.DataSource;

/** Where Shequn keeps its data: one of the three ways it runs. {@link StorageFactory#open} picks the adapter. */
public sealed interface StorageConfig {

    /** The directory the embedded H2 file lives in when configuration names none. */
    Path DEFAULT_DIRECTORY = Path.of("shequn-data");

    /** The zero-install default: an H2 database in a file under {@code directory}, created on first start. */
    record EmbeddedFile(Path directory) implements StorageConfig {
        public EmbeddedFile {
            requireNonNull(directory, "directory");
        }

        public static EmbeddedFile inDefaultDirectory() {
            return new EmbeddedFile(DEFAULT_DIRECTORY);
        }
    }

    /** Production: a PostgreSQL server, several Shequn instances may share it. */
    record Postgres(String jdbcUrl, String user, String password) implements StorageConfig {
        public Postgres {
            requireNonNull(jdbcUrl, "jdbcUrl");
            requireNonNull(user, "user");
            requireNonNull(password, "password");
            checkArgument(jdbcUrl.startsWith("jdbc:postgresql:"), "not a PostgreSQL JDBC URL: %s", jdbcUrl);
        }

        /** Never print the password, not even in a stack trace. */
        @Override
        public String toString() {
            return "Postgres[jdbcUrl=" + jdbcUrl + ", user=" + user + "]";
        }
    }

    /**
     * Embedded in a host that owns the connection pool: Shequn migrates its own tables into it and never
     * closes it. H2 (in PostgreSQL mode) and PostgreSQL are supported.
     */
    record Hosted(DataSource dataSource) implements StorageConfig {
        public Hosted {
            requireNonNull(dataSource, "dataSource");
        }
    }
}
