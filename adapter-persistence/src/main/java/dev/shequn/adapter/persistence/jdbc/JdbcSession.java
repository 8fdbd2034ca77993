package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The handle the current thread works on. Inside {@link JdbcUnitOfWork#inTransaction} every repository call
 * joins the one open transaction; outside of it each call gets a short-lived handle of its own, so reads
 * from an adapter need no unit of work.
 */
public final class JdbcSession {

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    public JdbcSession(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi");
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Runs {@code work} on the transaction's handle, or on a fresh auto-commit handle when none is open. */
    public <T> T withHandle(Function<Handle, T> work) {
        Handle handle = current.get();
        if (handle != null) {
            return work.apply(handle);
        }
        try (Handle own = jdbi.open()) {
            return work.apply(own);
        }
    }

    /**
     * {@code " FOR UPDATE"} inside a unit of work, nothing outside one. Reading an aggregate that requests race
     * on (a community's member count, a channel's routing, a member's tier) locks its row until the unit of
     * work ends: the next request waits and then reads what the first one wrote, instead of losing on the
     * version and retrying. The version check on save stays, for writers that read outside a unit of work.
     */
    public String forUpdate() {
        return inTransaction() ? " FOR UPDATE" : "";
    }

    /** Whether the calling thread is inside a unit of work. */
    public boolean inTransaction() {
        return current.get() != null;
    }

    Handle current() {
        return current.get();
    }

    void bind(Handle handle) {
        current.set(handle);
    }

    void unbind() {
        current.remove();
    }
}
