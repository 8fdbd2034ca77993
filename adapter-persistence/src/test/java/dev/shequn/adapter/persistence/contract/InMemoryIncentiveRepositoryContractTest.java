package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.support.InMemoryBackend;
import dev.shequn.adapter.persistence.support.PersistenceBackend;

class InMemoryIncentiveRepositoryContractTest extends AbstractIncentiveRepositoryContractTest {

    @Override
    protected PersistenceBackend openBackend() {
        return new InMemoryBackend();
    }
}
