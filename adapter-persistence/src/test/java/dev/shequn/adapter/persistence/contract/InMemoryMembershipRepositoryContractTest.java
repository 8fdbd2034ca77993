package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.support.InMemoryBackend;
import dev.shequn.adapter.persistence.support.PersistenceBackend;

class InMemoryMembershipRepositoryContractTest extends AbstractMembershipRepositoryContractTest {

    @Override
    protected PersistenceBackend openBackend() {
        return new InMemoryBackend();
    }
}
