package dev.shequn.adapter.persistence.memory;

import dev.shequn.adapter.persistence.contract.AbstractIdempotencyStoreContractTest;
import dev.shequn.application.port.out.IdempotencyStore;

class InMemoryIdempotencyStoreTest extends AbstractIdempotencyStoreContractTest {
    @Override
    protected IdempotencyStore openStore() {
        return new InMemoryIdempotencyStore();
    }
}
