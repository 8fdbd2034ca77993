package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.jdbc.JdbcApiKeyRepository;
import dev.shequn.adapter.persistence.support.JdbcBackend;
import dev.shequn.application.port.out.ApiKeyRepository;

class H2ApiKeyRepositoryContractTest extends AbstractApiKeyRepositoryContractTest {

    private JdbcBackend backend;

    @Override
    protected ApiKeyRepository openRepository() {
        backend = JdbcBackend.h2();
        return new JdbcApiKeyRepository(backend.storage().session());
    }

    @Override
    protected void closeRepository() {
        backend.close();
    }
}
