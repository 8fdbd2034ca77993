package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.port.out.UnitOfWork;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * One database transaction per use case. The outermost call opens it and commits when the work returns;
 * a {@link RuntimeException} (or {@link Error}) rolls back every write, outbox events included, and is
 * rethrown. Nested calls run inside the transaction already open, so a use case calling another stays atomic.
 * A transaction the database aborts for a lock conflict comes out as a {@link VersionConflict}.
 */
public final class JdbcUnitOfWork implements UnitOfWork {

    /** Serialization failure (both), deadlock (PostgreSQL), lock wait timeout (H2). */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "HYT00");

    private final JdbcSession session;

    public JdbcUnitOfWork(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        requireNonNull(work, "work");
        if (session.current() != null) {
            return work.get();
        }
        Handle handle = session.jdbi().open();
        try {
            handle.begin();
            session.bind(handle);
            T result = work.get();
            handle.commit();
            return result;
        } catch (RuntimeException | Error failure) {
            rollbackQuietly(handle, failure);
            if (isTransientConflict(failure)) {
                // Constructed with its cause: the cause of a Throwable built with a null cause cannot be set later
                // (initCause throws), which once turned every deadlock into an IllegalStateException, never retried.
                throw new VersionConflict("the database gave up a transaction on a lock conflict", failure);
            }
            throw failure;
        } finally {
            session.unbind();
            handle.close();
        }
    }

    /**
     * A deadlock, a serialization failure or a lock wait timeout: the database's way of saying "try again".
     * Reported as a {@link VersionConflict}, which the use cases already answer by running again on fresh data.
     */
    static boolean isTransientConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && TRANSIENT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void rollbackQuietly(Handle handle, Throwable failure) {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
