package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.ApiKeyRepository;
import dev.shequn.domain.shared.MerchantId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** API key hashes in a map; thread-safe. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final ConcurrentMap<String, MerchantId> merchantsByHash = new ConcurrentHashMap<>();

    @Override
    public void save(StoredApiKey key) {
        MerchantId previous = merchantsByHash.putIfAbsent(key.keyHash(), key.merchantId());
        if (previous != null && !previous.equals(key.merchantId())) {
            // A SHA-256 collision of random keys does not happen; two merchants sharing one key would be a bug.
            throw new IllegalStateException("key hash already belongs to another merchant");
        }
    }

    @Override
    public Optional<MerchantId> merchantOf(String keyHash) {
        return Optional.ofNullable(merchantsByHash.get(keyHash));
    }
}
