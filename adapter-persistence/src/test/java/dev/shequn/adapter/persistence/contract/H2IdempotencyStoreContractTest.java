package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.jdbc.JdbcIdempotencyStore;
import dev.shequn.adapter.persistence.support.JdbcBackend;
import dev.shequn.application.port.out.IdempotencyStore;

class H2IdempotencyStoreContractTest extends AbstractIdempotencyStoreContractTest {

    private JdbcBackend backend;

    @Override
    protected IdempotencyStore openStore() {
        backend = JdbcBackend.h2();
        return new JdbcIdempotencyStore(backend.storage().session());
    }

    @Override
    protected void closeStore() {
        backend.close();
    }
}
