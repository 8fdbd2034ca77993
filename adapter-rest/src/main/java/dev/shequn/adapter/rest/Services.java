package dev.shequn.adapter.rest;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.ApiKeyRepository;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.IdempotencyStore;
import dev.shequn.application.port.out.RandomSource;
import dev.shequn.application.port.out.StorageHealth;
import dev.shequn.application.port.out.UnitOfWork;

/**
 * What the REST service drives: the in-port use cases, and the few out-ports that belong to HTTP itself
 * (API keys, idempotency, the event feed, health). The composition root builds one with storage wired in.
 */
public record Services(
        UnitOfWork unitOfWork,
        ApiKeyRepository apiKeys,
        IdempotencyStore idempotency,
        EventOutbox outbox,
        StorageHealth health,
        RandomSource random) {

    public Services {
        requireNonNull(unitOfWork, "unitOfWork");
        requireNonNull(apiKeys, "apiKeys");
        requireNonNull(idempotency, "idempotency");
        requireNonNull(outbox, "outbox");
        requireNonNull(health, "health");
        requireNonNull(random, "random");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Names every part, so adding a use case does not silently shift positional arguments. */
    public static final class Builder {
        private UnitOfWork unitOfWork;
        private ApiKeyRepository apiKeys;
        private IdempotencyStore idempotency;
        private EventOutbox outbox;
        private StorageHealth health;
        private RandomSource random;

        private Builder() {}

        public Builder unitOfWork(UnitOfWork value) {
            this.unitOfWork = value;
            return this;
        }

        public Builder apiKeys(ApiKeyRepository value) {
            this.apiKeys = value;
            return this;
        }

        public Builder idempotency(IdempotencyStore value) {
            this.idempotency = value;
            return this;
        }

        public Builder outbox(EventOutbox value) {
            this.outbox = value;
            return this;
        }

        public Builder health(StorageHealth value) {
            this.health = value;
            return this;
        }

        public Builder random(RandomSource value) {
            this.random = value;
            return this;
        }

        public Services build() {
            return new Services(unitOfWork, apiKeys, idempotency, outbox, health, random);
        }
    }
}
