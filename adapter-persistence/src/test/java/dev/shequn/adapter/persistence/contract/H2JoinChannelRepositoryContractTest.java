package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.support.JdbcBackend;
import dev.shequn.adapter.persistence.support.PersistenceBackend;

class H2JoinChannelRepositoryContractTest extends AbstractJoinChannelRepositoryContractTest {

    @Override
    protected PersistenceBackend openBackend() {
        return JdbcBackend.h2();
    }
}
