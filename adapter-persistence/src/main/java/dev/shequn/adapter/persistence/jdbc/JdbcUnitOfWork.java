package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.UnitOfWork;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * One database transaction per use case. The outermost call opens it and commits when the work returns;
 * a {@link RuntimeException} (or {@link Error}) rolls back every write, outbox events included, and is
 * rethrown. Nested calls run inside the transaction already open, so a use case calling another stays atomic.
 */
public final class JdbcUnitOfWork implements UnitOfWork {

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
            throw failure;
        } finally {
            session.unbind();
            handle.close();
        }
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
