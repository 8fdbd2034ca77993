package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.support.JdbcBackend;
import dev.shequn.adapter.persistence.support.PersistenceBackend;

class H2ReferralRepositoryContractTest extends AbstractReferralRepositoryContractTest {

    @Override
    protected PersistenceBackend openBackend() {
        return JdbcBackend.h2();
    }
}
