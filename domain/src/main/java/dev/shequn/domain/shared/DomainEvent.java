package dev.shequn.domain.shared;

import java.time.Instant;

/**
 * Something that happened in a merchant's world. State changes return these as immutable records; the
 * application appends them to the outbox in the same transaction as the change they describe.
 */
public interface DomainEvent {

    MerchantId merchantId();

    Instant occurredAt();

    /** A stable name for consumers, e.g. {@code CommunityJoined}. Defaults to the record's simple name. */
    default String type() {
        return getClass().getSimpleName();
    }
}
