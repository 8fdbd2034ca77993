package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.support.InMemoryBackend;
import dev.shequn.adapter.persistence.support.PersistenceBackend;

class InMemoryLedgerRepositoryContractTest extends AbstractLedgerRepositoryContractTest {

    @Override
    protected PersistenceBackend openBackend() {
        return new InMemoryBackend();
    }
}
