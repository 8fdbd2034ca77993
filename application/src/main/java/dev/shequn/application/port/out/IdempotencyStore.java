package dev.shequn.application.port.out;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.MerchantId;

/**
 * Remembers, per merchant and {@code Idempotency-Key}, the request a key was first used with and the answer
 * it got, so a retried request answers the first answer again and changes nothing. A key is first
 * <em>claimed</em> (atomically, so two concurrent requests with one key cannot both run), then
 * <em>completed</em> with the answer, or <em>released</em> when the request did not run to an answer worth
 * repeating.
 */
public interface IdempotencyStore {

    /** The scope of keys used with the admin key, which belongs to no merchant. */
    MerchantId ADMIN_SCOPE = new MerchantId("*admin");

    /** Claims the key for a request with this hash, or answers what the key already holds. */
    Claim claim(MerchantId scope, String key, String requestHash);

    /** Stores the answer of a claimed key. */
    void complete(MerchantId scope, String key, StoredResponse response);

    /** Gives a claimed, not completed key back, so the request can be retried. */
    void release(MerchantId scope, String key);

    /** What a claim found. */
    sealed interface Claim {
        /** The key was free and now belongs to this request. */
        record Claimed() implements Claim {}

        /** The key was used with the same request before and answered this. */
        record Replay(StoredResponse response) implements Claim {}

        /** The key was used with another request. */
        record Mismatch() implements Claim {}

        /** The key is claimed by the same request, which has not answered yet. */
        record InProgress() implements Claim {}
    }

    /** An answer to repeat: its HTTP-agnostic status code, content type and body. */
    record StoredResponse(String requestHash, int status, String contentType, String body) {
        public StoredResponse {
            requireNonNull(requestHash, "requestHash");
            requireNonNull(contentType, "contentType");
            requireNonNull(body, "body");
            checkArgument(status >= 100 && status <= 599, "status must be a status code");
        }
    }
}
