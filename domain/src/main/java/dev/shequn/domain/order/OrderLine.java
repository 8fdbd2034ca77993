package dev.shequn.domain.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.promotion.CartLine;
import dev.shequn.domain.shared.Money;
import java.util.List;

/** A placed line with what each promotion took from it; {@code total} is what the member pays for it. */
public record OrderLine(CartLine line, List<Allocation> allocations) {

    /** What one promotion took from this line; only amounts above zero. */
    public record Allocation(String promotionId, Money amount) {
        public Allocation {
            requireNonNull(promotionId, "promotionId");
            checkArgument(amount.isPositive(), "an allocation is above zero");
        }
    }

    public OrderLine {
        requireNonNull(line, "line");
        allocations = List.copyOf(allocations);
        checkArgument(!discount(line, allocations).isGreaterThan(line.subtotal()), "line %s discounted below zero", line.id());
    }

    public String id() {
        return line.id();
    }

    public Money discount() {
        return discount(line, allocations);
    }

    public Money total() {
        return line.subtotal().minus(discount());
    }

    public Money allocationOf(String promotionId) {
        return allocations.stream().filter(a -> a.promotionId().equals(promotionId)).map(Allocation::amount)
                .reduce(Money.zero(line.unitPrice().currency()), Money::plus);
    }

    private static Money discount(CartLine line, List<Allocation> allocations) {
        return allocations.stream().map(Allocation::amount).reduce(Money.zero(line.unitPrice().currency()), Money::plus);
    }
}
