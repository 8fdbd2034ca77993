package dev.shequn.adapter.persistence.memory;

import dev.shequn.adapter.persistence.contract.IdempotencyStoreContract;
import dev.shequn.application.port.out.IdempotencyStore;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {
    @Override
    protected IdempotencyStore newStore() {
        return new InMemoryIdempotencyStore();
    }
}
