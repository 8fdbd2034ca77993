package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.support.JdbcBackend;
import dev.shequn.adapter.persistence.support.PersistenceBackend;

class PostgresLedgerRepositoryContractTest extends AbstractLedgerRepositoryContractTest {

    @Override
    protected PersistenceBackend openBackend() {
        return JdbcBackend.postgres();
    }
}
