package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.util.Optional;

/**
 * What a catalogue promotion has spent against its {@link PromotionLimits}: orders and money reserved by
 * placed orders, redeemed by paid ones, and coupons granted. Budget amounts are minor units of the budget's
 * currency and are kept only when the promotion has a budget.
 *
 * <p>Every move is a pure function; storage applies the same rule as one conditional update (in-memory: an
 * atomic compare-and-set), so a limit holds across threads and across machines without a lock.
 */
public record PromotionCounters(
        long redemptionsUsed,
        long redemptionsReserved,
        long budgetUsed,
        long budgetReserved,
        long couponsGranted) {

    public static final PromotionCounters NONE = new PromotionCounters(0, 0, 0, 0, 0);

    public PromotionCounters {
        checkArgument(redemptionsUsed >= 0 && redemptionsReserved >= 0, "redemption counters must not be negative");
        checkArgument(budgetUsed >= 0 && budgetReserved >= 0, "budget counters must not be negative");
        checkArgument(couponsGranted >= 0, "coupons granted must not be negative");
    }

    /** Takes one redemption and {@code discount} of the budget for a placed order, or says which limit stops it. */
    public Either<LimitRejection, PromotionCounters> reserve(PromotionLimits limits, Money discount) {
        requireNonNull(discount, "discount");
        checkArgument(!discount.isNegative(), "discount must not be negative");
        long taken = redemptionsUsed + redemptionsReserved;
        if (limits.redemptions().isPresent() && taken >= limits.redemptions().getAsLong()) {
            return Either.left(new LimitRejection(LimitRejection.Reason.REDEMPTIONS_EXHAUSTED,
                    "all " + limits.redemptions().getAsLong() + " redemption(s) taken"));
        }
        long amount = budgetAmount(limits, discount);
        if (limits.budget().isPresent()) {
            long left = limits.budget().get().minorUnits() - budgetUsed - budgetReserved;
            if (amount > left) {
                return Either.left(new LimitRejection(LimitRejection.Reason.BUDGET_EXHAUSTED,
                        "budget has " + Money.ofMinor(Math.max(left, 0), discount.currency()) + " left, order needs " + discount));
            }
        }
        return Either.right(new PromotionCounters(redemptionsUsed, redemptionsReserved + 1, budgetUsed,
                budgetReserved + amount, couponsGranted));
    }

    /** A paid order turns its reservation into a redemption. */
    public PromotionCounters commit(PromotionLimits limits, Money discount) {
        long amount = budgetAmount(limits, discount);
        checkState(redemptionsReserved >= 1 && budgetReserved >= amount, "nothing reserved to commit");
        return new PromotionCounters(redemptionsUsed + 1, redemptionsReserved - 1, budgetUsed + amount,
                budgetReserved - amount, couponsGranted);
    }

    /** A cancelled or expired order gives its reservation back. */
    public PromotionCounters release(PromotionLimits limits, Money discount) {
        long amount = budgetAmount(limits, discount);
        checkState(redemptionsReserved >= 1 && budgetReserved >= amount, "nothing reserved to release");
        return new PromotionCounters(redemptionsUsed, redemptionsReserved - 1, budgetUsed, budgetReserved - amount,
                couponsGranted);
    }

    /**
     * A refund gives back {@code amount} of the budget, and the redemption itself when the order is refunded in
     * full (it then no longer counts against the promotion).
     */
    public PromotionCounters giveBack(PromotionLimits limits, Money amount, boolean redemption) {
        long minor = budgetAmount(limits, amount);
        checkState(budgetUsed >= minor && (!redemption || redemptionsUsed >= 1), "nothing redeemed to give back");
        return new PromotionCounters(redemptionsUsed - (redemption ? 1 : 0), redemptionsReserved, budgetUsed - minor,
                budgetReserved, couponsGranted);
    }

    /** Counts one more granted coupon, or refuses when the template's quantity is all granted. */
    public Either<LimitRejection, PromotionCounters> grant(PromotionLimits limits) {
        if (limits.couponQuantity().isPresent() && couponsGranted >= limits.couponQuantity().getAsLong()) {
            return Either.left(new LimitRejection(LimitRejection.Reason.QUANTITY_EXHAUSTED,
                    "all " + limits.couponQuantity().getAsLong() + " coupon(s) granted"));
        }
        return Either.right(new PromotionCounters(redemptionsUsed, redemptionsReserved, budgetUsed, budgetReserved,
                couponsGranted + 1));
    }

    /** The budget as the pricing engine sees it: what is reserved counts as used, so no two orders spend the same money. */
    public Optional<Promotion.Budget> pricingBudget(PromotionLimits limits) {
        return limits.budget().map(limit -> new Promotion.Budget(limit,
                Money.ofMinor(Math.min(budgetUsed + budgetReserved, Long.MAX_VALUE), limit.currency())));
    }

    public Optional<Promotion.Redemptions> pricingRedemptions(PromotionLimits limits) {
        return limits.redemptions().isPresent()
                ? Optional.of(new Promotion.Redemptions(limits.redemptions().getAsLong(), redemptionsUsed + redemptionsReserved))
                : Optional.empty();
    }

    private static long budgetAmount(PromotionLimits limits, Money amount) {
        requireNonNull(amount, "amount");
        if (limits.budget().isEmpty()) {
            return 0;
        }
        checkArgument(limits.budget().get().currency().equals(amount.currency()),
                "budget in %s, amount in %s", limits.budget().get().currency(), amount.currency());
        return amount.minorUnits();
    }
}
