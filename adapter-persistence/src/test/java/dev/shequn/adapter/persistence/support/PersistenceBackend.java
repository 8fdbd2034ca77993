package dev.shequn.adapter.persistence.support;

import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.UnitOfWork;

/** One storage under test with every out-port adapter over it, as the contract tests see it. */
public interface PersistenceBackend extends AutoCloseable {

    UnitOfWork unitOfWork();

    EventOutbox eventOutbox();

    @Override
    void close();
}
