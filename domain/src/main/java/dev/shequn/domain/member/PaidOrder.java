package dev.shequn.domain.member;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * One of a member's recent paid orders, kept so that rolling-window tier rules can be evaluated and refunds
 * matched. {@code refunded} is what has been refunded of it so far.
 */
public record PaidOrder(String orderId, Money amount, Money refunded, Set<String> categories, Instant paidAt) {

    public PaidOrder {
        requireNonNull(orderId, "orderId");
        checkArgument(!orderId.isBlank() && orderId.length() <= 100, "order id must be 1 to 100 characters");
        requireNonNull(amount, "amount");
        requireNonNull(refunded, "refunded");
        checkArgument(amount.isPositive(), "a paid order has a positive amount");
        checkArgument(!refunded.isNegative() && !refunded.isGreaterThan(amount), "refunded must be within 0 and the amount");
        categories = Set.copyOf(new TreeSet<>(categories));
        requireNonNull(paidAt, "paidAt");
    }

    public Money net() {
        return amount.minus(refunded);
    }

    public boolean fullyRefunded() {
        return refunded.equals(amount);
    }

    PaidOrder refund(Money more) {
        return new PaidOrder(orderId, amount, refunded.plus(more), categories, paidAt);
    }
}
