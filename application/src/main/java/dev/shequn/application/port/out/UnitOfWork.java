package dev.shequn.application.port.out;

import java.util.function.Supplier;

/**
 * Runs one use case's writes as one transaction: all of them, with their outbox events, or none. A
 * {@link RuntimeException} thrown by the work rolls everything back and is rethrown. Nested calls join the
 * transaction already open.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);
}
