package dev.shequn.application.port.out;

import dev.shequn.domain.promotion.LimitRejection;
import dev.shequn.domain.promotion.PromotionCounters;
import dev.shequn.domain.promotion.PromotionLimits;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.util.Optional;

/**
 * What each promotion has spent against its limits: redemptions and budget reserved by placed orders and
 * redeemed by paid ones, coupons granted. Many orders move the same promotion at once, so every move is one
 * conditional update that applies the rule of {@link PromotionCounters} where the data is: a limit holds across
 * threads and servers without locks in any JVM, and no version conflict makes a busy promotion retry.
 *
 * <p>Moves join the caller's unit of work, so a refused use case rolls them back with everything else.
 */
public interface PromotionLedger {

    /** Starts the counters of a new promotion; false when the promotion has counters already. */
    boolean open(MerchantId merchantId, String promotionId, PromotionLimits limits, PromotionCounters initial);

    /** New limits for an edited promotion; what was spent stays. */
    void changeLimits(MerchantId merchantId, String promotionId, PromotionLimits limits);

    Optional<PromotionCounters> counters(MerchantId merchantId, String promotionId);

    /** One redemption and {@code amount} of budget for a placed order, or the limit that refuses it. */
    Either<LimitRejection, PromotionCounters> reserve(MerchantId merchantId, String promotionId, Money amount);

    /** Paid: a reservation becomes a redemption. */
    void commit(MerchantId merchantId, String promotionId, Money amount);

    /** Cancelled or timed out: a reservation is given back. */
    void release(MerchantId merchantId, String promotionId, Money amount);

    /** Refunded: {@code amount} of the budget comes back, and the redemption when the order is refunded in full. */
    void giveBack(MerchantId merchantId, String promotionId, Money amount, boolean redemption);

    /** One more coupon granted, or {@code QUANTITY_EXHAUSTED}. */
    Either<LimitRejection, PromotionCounters> grant(MerchantId merchantId, String promotionId);
}
