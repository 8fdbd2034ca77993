package dev.shequn.application.port.out;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.MerchantId;
import java.util.Optional;

/**
 * The merchants' API keys, kept only as hashes: the key itself is shown once, when it is issued, and a
 * stolen table does not let anyone in.
 */
public interface ApiKeyRepository {

    /** Stores a key hash for its merchant; a merchant may hold several keys (rotation). */
    void save(StoredApiKey key);

    /** The merchant owning the key whose hash this is, if any. */
    Optional<MerchantId> merchantOf(String keyHash);

    /** One key: its merchant and the lower-case hex SHA-256 of the key. */
    record StoredApiKey(MerchantId merchantId, String keyHash) {
        public StoredApiKey {
            requireNonNull(merchantId, "merchantId");
            requireNonNull(keyHash, "keyHash");
            checkArgument(keyHash.matches("[0-9a-f]{64}"), "keyHash must be 64 lower-case hex digits");
        }
    }
}
