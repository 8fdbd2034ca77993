package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.support.PersistenceBackend;
import dev.shequn.domain.shared.MerchantId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One backend per test class, opened once; tests stay apart by working on a merchant of their own, which is
 * also how the real tenants stay apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BackendTest {

    protected PersistenceBackend backend;

    protected abstract PersistenceBackend openBackend();

    @BeforeAll
    void openTheBackend() {
        backend = openBackend();
    }

    @AfterAll
    void closeTheBackend() {
        backend.close();
    }

    protected static MerchantId aMerchant() {
        return new MerchantId("m-" + UUID.randomUUID());
    }
}
