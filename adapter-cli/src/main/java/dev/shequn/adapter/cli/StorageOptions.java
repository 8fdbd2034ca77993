package dev.shequn.adapter.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The storage options every command that touches data shares (a picocli mixin). */
public final class StorageOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "shequn-data",
            description = "Directory of the embedded H2 database (default: ${DEFAULT-VALUE}); created on first use.")
    Path data;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "PostgreSQL instead of the embedded database, e.g. jdbc:postgresql://localhost:5432/shequn")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "shequn", description = "PostgreSQL user.")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "",
            description = "PostgreSQL password (or set SHEQUN_DB_PASSWORD).")
    String dbPassword;

    public StorageChoice choice() {
        String password = dbPassword.isEmpty() ? Optional.ofNullable(System.getenv("SHEQUN_DB_PASSWORD")).orElse("")
                : dbPassword;
        return new StorageChoice(data, Optional.ofNullable(dbUrl), dbUser, password);
    }
}
