package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.StorageHealth;

/** Storage is up when the database answers a trivial query. */
public final class JdbcStorageHealth implements StorageHealth {

    private final JdbcSession session;

    public JdbcStorageHealth(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public boolean isUp() {
        try {
            return session.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            // A health check answers; it does not throw. The load balancer only needs up or down.
            return false;
        }
    }
}
