package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * A merchant's results so far, computed from what is stored: members from the member repository, everything
 * that happened (joins, orders, refunds, rewards) from the event outbox. Reads only.
 */
public interface InsightUseCase {

    Either<UseCaseError, Report> report(Command command);

    record Command(@NotNull MerchantId merchantId) implements SelfValidating {}

    /**
     * @param joins members who joined a community (one per join event)
     * @param buyers members with at least one paid order (first purchases)
     * @param repeatBuyers members with two or more paid orders
     * @param repurchaseRatePercent repeat buyers per buyer, in percent with two decimals (0 when no buyer)
     * @param paidOrders paid orders recorded, from the host or the order life cycle
     * @param refunds refunds recorded
     * @param refunded money refunded
     * @param discountCost discounts given on orders that were paid
     * @param rewardsGranted referral rewards granted (not withheld)
     * @param commissionBooked leader commission accrued
     * @param tiers members per tier code; members without a tier under {@code "(none)"}
     */
    record Report(long members, long joins, long buyers, long repeatBuyers, BigDecimal repurchaseRatePercent,
            long paidOrders, long refunds, Money refunded, Money discountCost, long rewardsGranted,
            Money commissionBooked, SortedMap<String, Long> tiers) {}
}
