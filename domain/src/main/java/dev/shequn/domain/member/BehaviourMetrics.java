package dev.shequn.domain.member;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.Collections;
import java.util.Currency;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A member's lifetime purchase behaviour. {@code paidOrders} counts paid orders not refunded in full;
 * {@code totalSpend} is what was paid minus what was refunded. Categories, once bought, stay bought.
 */
public record BehaviourMetrics(
        long paidOrders,
        Money totalSpend,
        SortedSet<String> categoriesBought,
        Optional<Instant> firstPurchase,
        Optional<Instant> lastPurchase) {

    public BehaviourMetrics {
        checkArgument(paidOrders >= 0, "paidOrders must not be negative");
        requireNonNull(totalSpend, "totalSpend");
        checkArgument(!totalSpend.isNegative(), "totalSpend must not be negative");
        categoriesBought = Collections.unmodifiableSortedSet(new TreeSet<>(categoriesBought));
        requireNonNull(firstPurchase, "firstPurchase");
        requireNonNull(lastPurchase, "lastPurchase");
    }

    public static BehaviourMetrics none(Currency currency) {
        return new BehaviourMetrics(0, Money.zero(currency), new TreeSet<>(), Optional.empty(), Optional.empty());
    }

    /** Total spend over paid orders, rounded half-up to the minor unit; zero before the first order. */
    public Money averageOrderValue() {
        if (paidOrders == 0) {
            return Money.zero(totalSpend.currency());
        }
        long minor = totalSpend.minorUnits();
        long quotient = minor / paidOrders;
        long remainder = minor % paidOrders;
        // Half-up on exact integers: never through a decimal that could lose the deciding digit.
        return Money.ofMinor(2 * remainder >= paidOrders ? quotient + 1 : quotient, totalSpend.currency());
    }

    BehaviourMetrics withOrder(PaidOrder order) {
        TreeSet<String> categories = new TreeSet<>(categoriesBought);
        categories.addAll(order.categories());
        Instant first = firstPurchase.filter(f -> f.isBefore(order.paidAt())).orElse(order.paidAt());
        Instant last = lastPurchase.filter(l -> l.isAfter(order.paidAt())).orElse(order.paidAt());
        return new BehaviourMetrics(paidOrders + 1, totalSpend.plus(order.amount()), categories,
                Optional.of(first), Optional.of(last));
    }

    BehaviourMetrics withRefund(Money amount, boolean orderNowFullyRefunded) {
        return new BehaviourMetrics(orderNowFullyRefunded ? paidOrders - 1 : paidOrders, totalSpend.minus(amount),
                categoriesBought, firstPurchase, lastPurchase);
    }
}
