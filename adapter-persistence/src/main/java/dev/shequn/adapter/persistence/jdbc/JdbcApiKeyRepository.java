package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.ApiKeyRepository;
import dev.shequn.domain.shared.MerchantId;
import java.util.Optional;

/** API key hashes in {@code api_key}. */
public final class JdbcApiKeyRepository implements ApiKeyRepository {

    private final JdbcSession session;

    public JdbcApiKeyRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public void save(StoredApiKey key) {
        requireNonNull(key, "key");
        session.withHandle(handle -> handle.createUpdate(
                        "INSERT INTO api_key (merchant_id, key_hash) VALUES (:merchant, :hash)")
                .bind("merchant", key.merchantId().value())
                .bind("hash", key.keyHash())
                .execute());
    }

    @Override
    public Optional<MerchantId> merchantOf(String keyHash) {
        requireNonNull(keyHash, "keyHash");
        return session.withHandle(handle -> handle.createQuery("SELECT merchant_id FROM api_key WHERE key_hash = :hash")
                .bind("hash", keyHash)
                .mapTo(String.class)
                .findOne()
                .map(MerchantId::new));
    }
}
