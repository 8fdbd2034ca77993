package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The in-memory database: one lock for everything, and an undo log. A unit of work holds the lock from start to
 * end, so it is atomic and isolated; when the work throws, the undo log puts every table back as it was. One
 * lock is enough in one process, and versions are still checked, so the use cases behave as they do on a
 * shared database. Operations outside a unit of work take the lock for themselves and commit at once.
 */
public final class InMemoryStore implements UnitOfWork {

    private final ReentrantLock lock = new ReentrantLock();
    private int depth;
    private List<Runnable> undoLog;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (depth > 0) {
                // Nested: join the unit of work already open; the outermost one commits or rolls back.
                depth++;
                try {
                    return work.get();
                } finally {
                    depth--;
                }
            }
            depth = 1;
            undoLog = new ArrayList<>();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                rollback();
                throw e;
            } finally {
                depth = 0;
                undoLog = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs one table operation under the lock (joining a unit of work when one is open). */
    <T> T locked(Supplier<T> operation) {
        lock.lock();
        try {
            return operation.get();
        } finally {
            lock.unlock();
        }
    }

    /** Remembers how to undo a write; outside a unit of work a write commits at once and needs no undo. */
    void onRollback(Runnable undo) {
        if (undoLog != null) {
            undoLog.add(undo);
        }
    }

    private void rollback() {
        for (int i = undoLog.size() - 1; i >= 0; i--) {
            undoLog.get(i).run();
        }
    }
}
