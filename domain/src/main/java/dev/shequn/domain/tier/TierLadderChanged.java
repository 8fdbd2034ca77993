package dev.shequn.domain.tier;

import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.List;

/** The merchant replaced its ladder; members move at their next evaluation. */
public record TierLadderChanged(MerchantId merchantId, List<String> tierCodes, Instant occurredAt) implements DomainEvent {
    public TierLadderChanged {
        tierCodes = List.copyOf(tierCodes);
    }
}
