package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who buys, as far as promotions care. {@code paidOrders} counts the member's earlier paid, not refunded
 * orders (this order is purchase {@code paidOrders + 1}); {@code usage} counts earlier redemptions per
 * promotion id.
 */
public record MemberContext(
        String id,
        Optional<String> tier,
        List<String> tags,
        List<String> communities,
        long paidOrders,
        Map<String, Long> usage) {

    public MemberContext {
        requireNonNull(id, "id");
        requireNonNull(tier, "tier");
        tags = List.copyOf(tags);
        communities = List.copyOf(communities);
        checkArgument(paidOrders >= 0, "paidOrders must not be negative");
        usage = Map.copyOf(usage);
    }

    public long usageOf(String promotionId) {
        return usage.getOrDefault(promotionId, 0L);
    }

    /** The ordinal of the order being priced: 1 for a first purchase. */
    public long purchaseOrdinal() {
        return paidOrders + 1;
    }
}
