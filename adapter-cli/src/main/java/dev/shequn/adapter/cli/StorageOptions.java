package dev.shequn.adapter.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The choice, or a usage error (exit 2) for a URL that is not PostgreSQL's. */
    public StorageChoice choice() {
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw new ParameterException(command.commandLine(),
                    "Invalid value for option '--db-url': must start with jdbc:postgresql: (was " + dbUrl + ")");
        }
        String password = dbPassword.isEmpty() ? Optional.ofNullable(System.getenv("SHEQUN_DB_PASSWORD")).orElse("")
                : dbPassword;
        return new StorageChoice(data, Optional.ofNullable(dbUrl), dbUser, password);
    }
}
