package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.jdbc.JdbcApiKeyRepository;
import dev.shequn.adapter.persistence.support.JdbcBackend;
import dev.shequn.application.port.out.ApiKeyRepository;

class PostgresApiKeyRepositoryContractTest extends AbstractApiKeyRepositoryContractTest {

    private JdbcBackend backend;

    @Override
    protected ApiKeyRepository openRepository() {
        backend = JdbcBackend.postgres();
        return new JdbcApiKeyRepository(backend.storage().session());
    }

    @Override
    protected void closeRepository() {
        backend.close();
    }
}
