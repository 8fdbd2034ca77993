package dev.shequn.application.referral;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.ApplyOrderPaidUseCase;
import dev.shequn.application.port.in.ApplyOrderRefundUseCase;
import dev.shequn.application.port.in.OrderView;
import dev.shequn.application.port.in.PayOrderUseCase;
import dev.shequn.application.port.in.RefundOrderUseCase;
import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Membership;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.order.OrderStatus;
import dev.shequn.domain.order.OrderTotals;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.Optional;

/**
 * The order life cycle with referrals following it: a paid order is handed to {@link ApplyOrderPaidUseCase}
 * (first-purchase rewards, leader commission), a refund to {@link ApplyOrderRefundUseCase}.
 *
 * <p>The paid amount is what the goods cost after discounts, before shipping: {@code subtotal - discountTotal}.
 * The order is attributed to the buyer's most recently joined active community of the merchant; a host that
 * attributes orders otherwise reports the paid fact itself. A refund takes back the goods' share of what was
 * refunded: after refunds totalling {@code r} of the {@code total + depositPaid} the member paid, the goods have
 * lost {@code round_half_up(goods * r / paid)}, so shipping refunds are taken back in proportion and a full
 * refund takes back all. Each step runs after the order's own unit of work; both are idempotent, so a host that
 * repeats its report after a failure completes the referral side.
 */
public final class ReferringOrders implements PayOrderUseCase, RefundOrderUseCase {

    private final PayOrderUseCase pay;
    private final RefundOrderUseCase refund;
    private final ApplyOrderPaidUseCase paid;
    private final ApplyOrderRefundUseCase refunded;
    private final MembershipRepository memberships;

    public ReferringOrders(PayOrderUseCase pay, RefundOrderUseCase refund, ApplyOrderPaidUseCase paid,
            ApplyOrderRefundUseCase refunded, MembershipRepository memberships) {
        this.pay = requireNonNull(pay, "pay");
        this.refund = requireNonNull(refund, "refund");
        this.paid = requireNonNull(paid, "paid");
        this.refunded = requireNonNull(refunded, "refunded");
        this.memberships = requireNonNull(memberships, "memberships");
    }

    @Override
    public Either<UseCaseError, OrderView> payOrder(PayOrderUseCase.Command command) {
        Either<UseCaseError, OrderView> result = pay.payOrder(command);
        if (result.isLeft() || result.get().status() != OrderStatus.PAID || result.get().memberId().isEmpty()) {
            return result;
        }
        OrderView order = result.get();
        Money goods = goods(order.totals());
        if (!goods.isPositive()) {
            return result;
        }
        MemberId buyer = new MemberId(order.memberId().get());
        Optional<CommunityId> community = memberships.findByMember(command.merchantId(), buyer).stream()
                .filter(Membership::isActive)
                .max(Comparator.comparing(Membership::joinedAt).thenComparing(Membership::communityId))
                .map(Membership::communityId);
        Either<UseCaseError, ApplyOrderPaidUseCase.Result> applied = paid.applyOrderPaid(new ApplyOrderPaidUseCase.Command(
                command.merchantId(), order.orderId(), buyer, community.orElse(null), goods, null));
        return applied.isLeft() ? Either.left(applied.getLeft()) : result;
    }

    @Override
    public Either<UseCaseError, Refunded> refundOrder(RefundOrderUseCase.Command command) {
        Either<UseCaseError, Refunded> result = refund.refundOrder(command);
        if (result.isLeft()) {
            return result;
        }
        OrderView order = result.get().order();
        Money paidInAll = order.totals().total().plus(order.totals().depositPaid());
        Money goods = goods(order.totals());
        if (!paidInAll.isPositive() || !goods.isPositive()) {
            return result;
        }
        Money after = order.refunded();
        Money before = after.minus(result.get().refund().amount());
        Money share = goodsShare(goods, after, paidInAll).minus(goodsShare(goods, before, paidInAll));
        if (!share.isPositive()) {
            return result;
        }
        Either<UseCaseError, ApplyOrderRefundUseCase.Result> applied = refunded.applyOrderRefund(
                new ApplyOrderRefundUseCase.Command(command.merchantId(), order.orderId(), command.refundId(), share));
        return applied.isLeft() ? Either.left(applied.getLeft()) : result;
    }

    private static Money goods(OrderTotals totals) {
        return totals.subtotal().minus(totals.discountTotal());
    }

    /** {@code round_half_up(goods * refunded / paid)}, exact on integers. */
    static Money goodsShare(Money goods, Money refundedSoFar, Money paid) {
        BigInteger twice = BigInteger.valueOf(goods.minorUnits()).multiply(BigInteger.valueOf(refundedSoFar.minorUnits()))
                .shiftLeft(1).add(BigInteger.valueOf(paid.minorUnits()));
        return Money.ofMinor(twice.divide(BigInteger.valueOf(paid.minorUnits()).shiftLeft(1)).longValueExact(),
                goods.currency());
    }
}
