package dev.shequn.adapter.persistence.memory;

import dev.shequn.adapter.persistence.contract.AbstractApiKeyRepositoryContractTest;
import dev.shequn.application.port.out.ApiKeyRepository;

class InMemoryApiKeyRepositoryTest extends AbstractApiKeyRepositoryContractTest {
    @Override
    protected ApiKeyRepository openRepository() {
        return new InMemoryApiKeyRepository();
    }
}
