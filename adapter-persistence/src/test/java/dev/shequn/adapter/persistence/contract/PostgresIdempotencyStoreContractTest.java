package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.jdbc.JdbcIdempotencyStore;
import dev.shequn.adapter.persistence.support.JdbcBackend;
import dev.shequn.application.port.out.IdempotencyStore;

class PostgresIdempotencyStoreContractTest extends AbstractIdempotencyStoreContractTest {

    private JdbcBackend backend;

    @Override
    protected IdempotencyStore openStore() {
        backend = JdbcBackend.postgres();
        return new JdbcIdempotencyStore(backend.storage().session());
    }

    @Override
    protected void closeStore() {
        backend.close();
    }
}
