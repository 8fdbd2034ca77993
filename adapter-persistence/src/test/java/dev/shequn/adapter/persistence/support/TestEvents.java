package dev.shequn.adapter.persistence.support;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.List;

/** Event records for the outbox contract, with the value types real events carry. */
public sealed interface TestEvents extends DomainEvent {

    record SomethingJoined(MerchantId merchantId, Instant occurredAt, String memberId) implements TestEvents {
        public SomethingJoined {
            requireNonNull(merchantId, "merchantId");
            requireNonNull(occurredAt, "occurredAt");
            requireNonNull(memberId, "memberId");
        }
    }

    record SomethingPriced(MerchantId merchantId, Instant occurredAt, Money total, List<String> skus) implements TestEvents {
        public SomethingPriced {
            requireNonNull(merchantId, "merchantId");
            requireNonNull(occurredAt, "occurredAt");
            requireNonNull(total, "total");
            skus = List.copyOf(skus);
        }
    }

    /** Named differently from its class, as a renamed event keeps its stored name. */
    record Renamed(MerchantId merchantId, Instant occurredAt) implements TestEvents {
        @Override
        public String type() {
            return "LegacyName";
        }
    }
}
