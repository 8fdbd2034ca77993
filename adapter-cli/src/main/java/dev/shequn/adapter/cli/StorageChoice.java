package dev.shequn.adapter.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command keeps its data, as the command line said: the embedded H2 file under {@code dataDirectory},
 * or a PostgreSQL server when {@code dbUrl} is given. Plain values, so this package never sees the storage adapter.
 */
public record StorageChoice(Path dataDirectory, Optional<String> dbUrl, String dbUser, String dbPassword) {
    public StorageChoice {
        requireNonNull(dataDirectory, "dataDirectory");
        requireNonNull(dbUrl, "dbUrl");
        requireNonNull(dbUser, "dbUser");
        requireNonNull(dbPassword, "dbPassword");
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return dbUrl.map(url -> "PostgreSQL " + url).orElse("embedded H2 in " + dataDirectory);
    }
}
