package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.promotion.CouponRejection.Reason;
import dev.shequn.domain.promotion.CouponValidity.CouponWindow;
import dev.shequn.domain.promotion.PromotionEvents.CouponExpired;
import dev.shequn.domain.promotion.PromotionEvents.CouponGranted;
import dev.shequn.domain.promotion.PromotionEvents.CouponRedeemed;
import dev.shequn.domain.promotion.PromotionEvents.CouponReleased;
import dev.shequn.domain.promotion.PromotionEvents.CouponReserved;
import dev.shequn.domain.promotion.PromotionEvents.CouponRestored;
import dev.shequn.domain.promotion.PromotionEvents.CouponVoided;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Optional;

/**
 * A coupon granted to one member from a coupon template, known by its unique {@link CouponCode}. It is
 * reserved by the order that presents it, redeemed when that order is paid, released when it is cancelled,
 * and restored or voided by a refund according to the template's {@link RefundPolicy}.
 *
 * <p>Every move names the host's order, so a repeated report of the same step is recognised and changes
 * nothing (an empty event), while a second order reaching for the same coupon is refused.
 * {@code version} is the stored version this copy was read at (0: new).
 */
public final class MemberCoupon {

    private final MerchantId merchantId;
    private final CouponCode code;
    private final String promotionId;
    private final String memberId;
    private final Instant grantedAt;
    private final CouponWindow window;
    private final long version;
    private CouponState state;
    private Optional<String> orderId;

    private MemberCoupon(MerchantId merchantId, CouponCode code, String promotionId, String memberId, Instant grantedAt,
            CouponWindow window, CouponState state, Optional<String> orderId, long version) {
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.code = requireNonNull(code, "code");
        this.promotionId = requireNonNull(promotionId, "promotionId");
        this.memberId = requireNonNull(memberId, "memberId");
        this.grantedAt = requireNonNull(grantedAt, "grantedAt");
        this.window = requireNonNull(window, "window");
        this.state = requireNonNull(state, "state");
        this.orderId = requireNonNull(orderId, "orderId");
        boolean held = state == CouponState.RESERVED || state == CouponState.REDEEMED;
        checkArgument(!held || orderId.isPresent(), "a reserved or redeemed coupon names its order");
        checkArgument(orderId.isEmpty() || held || state == CouponState.VOID, "only a held or voided coupon names an order");
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
    }

    public static MemberCoupon grant(MerchantId merchantId, CouponCode code, String promotionId, String memberId,
            CouponWindow window, Instant now) {
        return new MemberCoupon(merchantId, code, promotionId, memberId, now, window, CouponState.AVAILABLE,
                Optional.empty(), 0);
    }

    public static MemberCoupon reconstitute(MerchantId merchantId, CouponCode code, String promotionId, String memberId,
            Instant grantedAt, CouponWindow window, CouponState state, Optional<String> orderId, long version) {
        return new MemberCoupon(merchantId, code, promotionId, memberId, grantedAt, window, state, orderId, version);
    }

    public CouponGranted granted() {
        return new CouponGranted(merchantId, promotionId, memberId, code, window.validFrom(), window.validUntil(), grantedAt);
    }

    /**
     * Whether {@code member} may present this coupon on {@code order}: it is theirs, and available or already
     * held by that very order. An expired window is left for the engine to report as {@code EXPIRED}.
     */
    public boolean presentableBy(String member, String order) {
        return memberId.equals(member)
                && (state == CouponState.AVAILABLE || (state == CouponState.RESERVED && orderId.equals(Optional.of(order))));
    }

    /** Holds the coupon for a placed order. */
    public Either<CouponRejection, Optional<DomainEvent>> reserve(String order, Instant now) {
        if (state == CouponState.RESERVED && orderId.equals(Optional.of(order))) {
            return Either.right(Optional.empty());
        }
        if (state == CouponState.RESERVED || state == CouponState.REDEEMED) {
            return Either.left(new CouponRejection(Reason.HELD_BY_ANOTHER_ORDER, "coupon " + code + " is " + state));
        }
        if (state != CouponState.AVAILABLE) {
            return Either.left(new CouponRejection(Reason.NOT_AVAILABLE, "coupon " + code + " is " + state));
        }
        if (window.isOver(now)) {
            return Either.left(new CouponRejection(Reason.EXPIRED, "coupon " + code + " expired at " + window.validUntil()));
        }
        state = CouponState.RESERVED;
        orderId = Optional.of(order);
        return Either.right(Optional.of(new CouponReserved(merchantId, promotionId, memberId, code, order, now)));
    }

    /** The order holding the coupon was paid: the coupon is spent. */
    public Either<CouponRejection, Optional<DomainEvent>> redeem(String order, Instant now) {
        if (state == CouponState.REDEEMED && orderId.equals(Optional.of(order))) {
            return Either.right(Optional.empty());
        }
        if (state != CouponState.RESERVED || !orderId.equals(Optional.of(order))) {
            return Either.left(new CouponRejection(Reason.HELD_BY_ANOTHER_ORDER,
                    "coupon " + code + " is " + state + " and not held by order " + order));
        }
        state = CouponState.REDEEMED;
        return Either.right(Optional.of(new CouponRedeemed(merchantId, promotionId, memberId, code, order, now)));
    }

    /** The holding order was cancelled or timed out: the coupon is free again, or expired if its window passed meanwhile. */
    public Optional<DomainEvent> release(String order, Instant now) {
        if (state != CouponState.RESERVED || !orderId.equals(Optional.of(order))) {
            return Optional.empty();
        }
        state = window.isOver(now) ? CouponState.EXPIRED : CouponState.AVAILABLE;
        orderId = Optional.empty();
        return Optional.of(new CouponReleased(merchantId, promotionId, memberId, code, order, state, now));
    }

    /** The redeeming order was refunded in full: restore or void by the template's policy. */
    public Optional<DomainEvent> afterRefund(String order, RefundPolicy policy, Instant now) {
        requireNonNull(policy, "policy");
        if (state != CouponState.REDEEMED || !orderId.equals(Optional.of(order))) {
            return Optional.empty();
        }
        if (policy == RefundPolicy.VOID) {
            state = CouponState.VOID;
            return Optional.of(new CouponVoided(merchantId, promotionId, memberId, code, order, now));
        }
        state = window.isOver(now) ? CouponState.EXPIRED : CouponState.AVAILABLE;
        orderId = Optional.empty();
        return Optional.of(new CouponRestored(merchantId, promotionId, memberId, code, order, state, now));
    }

    /** An available coupon whose window has passed is marked expired, so lists and counts tell the truth. */
    public Optional<DomainEvent> expireIfOver(Instant now) {
        if (state != CouponState.AVAILABLE || !window.isOver(now)) {
            return Optional.empty();
        }
        state = CouponState.EXPIRED;
        return Optional.of(new CouponExpired(merchantId, promotionId, memberId, code, now));
    }

    /** The state as of {@code now}: an available coupon past its window reads as expired before any sweep marks it. */
    public CouponState stateAt(Instant now) {
        return state == CouponState.AVAILABLE && window.isOver(now) ? CouponState.EXPIRED : state;
    }

    public MerchantId merchantId() {
        return merchantId;
    }

    public CouponCode code() {
        return code;
    }

    public String promotionId() {
        return promotionId;
    }

    public String memberId() {
        return memberId;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public CouponWindow window() {
        return window;
    }

    public CouponState state() {
        return state;
    }

    public Optional<String> orderId() {
        return orderId;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "MemberCoupon[" + code + " of " + promotionId + " for " + memberId + ", " + state + "]";
    }
}
