package dev.shequn.adapter.persistence.jdbc;

import dev.shequn.domain.community.CommunityEvents;
import dev.shequn.domain.ledger.LedgerEvents;
import dev.shequn.domain.member.MemberEvents;
import dev.shequn.domain.merchant.MerchantCreated;
import dev.shequn.domain.referral.ReferralEvents;
import dev.shequn.domain.order.OrderEvents;
import dev.shequn.domain.promotion.PromotionEvents;
import dev.shequn.domain.tier.TierChanged;
import dev.shequn.domain.tier.TierLadderChanged;

/**
 * The domain's event families, for the outbox to read stored events back. A new event inside an existing
 * family (e.g. another record in {@code CommunityEvents}) is found on its own; a new family is added here.
 */
public final class DomainEventTypes {

    private DomainEventTypes() {
    }

    /** A builder that knows every domain event; a host or a test may register more before building. */
    public static EventTypeRegistry.Builder builder() {
        return EventTypeRegistry.builder()
                .registerNested(CommunityEvents.class)
                .registerNested(MemberEvents.class)
                .registerNested(ReferralEvents.class)
                .registerNested(LedgerEvents.class)
                .registerNested(PromotionEvents.class)
                .registerNested(OrderEvents.class)
                .register(MerchantCreated.class)
                .register(TierChanged.class)
                .register(TierLadderChanged.class);
    }

    public static EventTypeRegistry registry() {
        return builder().build();
    }
}
