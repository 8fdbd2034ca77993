package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.support.JdbcBackend;
import dev.shequn.adapter.persistence.support.PersistenceBackend;

class PostgresUseCaseStorageTest extends AbstractUseCaseStorageTest {

    @Override
    protected PersistenceBackend openBackend() {
        return JdbcBackend.postgres();
    }
}
