package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.IdempotencyStore;
import dev.shequn.domain.shared.MerchantId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Idempotency keys in a map; claims are atomic through {@link ConcurrentMap#compute}. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private record Key(MerchantId scope, String key) {}

    /** A claimed key holds its request hash; a completed one also its answer. */
    private record Entry(String requestHash, Optional<StoredResponse> response) {}

    private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Claim claim(MerchantId scope, String key, String requestHash) {
        Claim[] outcome = new Claim[1];
        entries.compute(new Key(scope, key), (k, existing) -> {
            if (existing == null) {
                outcome[0] = new Claim.Claimed();
                return new Entry(requestHash, Optional.empty());
            }
            if (!existing.requestHash().equals(requestHash)) {
                outcome[0] = new Claim.Mismatch();
            } else {
                outcome[0] = existing.response().<Claim>map(Claim.Replay::new).orElseGet(Claim.InProgress::new);
            }
            return existing;
        });
        return outcome[0];
    }

    @Override
    public void complete(MerchantId scope, String key, StoredResponse response) {
        entries.computeIfPresent(new Key(scope, key), (k, existing) -> new Entry(existing.requestHash(), Optional.of(response)));
    }

    @Override
    public void release(MerchantId scope, String key) {
        entries.computeIfPresent(new Key(scope, key), (k, existing) -> existing.response().isPresent() ? existing : null);
    }
}
