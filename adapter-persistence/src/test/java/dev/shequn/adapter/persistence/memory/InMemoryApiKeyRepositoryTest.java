package dev.shequn.adapter.persistence.memory;

import dev.shequn.adapter.persistence.contract.ApiKeyRepositoryContract;
import dev.shequn.application.port.out.ApiKeyRepository;

class InMemoryApiKeyRepositoryTest extends ApiKeyRepositoryContract {
    @Override
    protected ApiKeyRepository newRepository() {
        return new InMemoryApiKeyRepository();
    }
}
