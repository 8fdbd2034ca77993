package dev.shequn.domain.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.ledger.LedgerRejection.Reason;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A reward or commission that came from an order: credited frozen, released when the order's refund window
 * closes, and undone in proportion to the order's refunds.
 *
 * <p>Proportion rule (cumulative half-up): after refunds totalling {@code r} of an order paid {@code p}, exactly
 * {@code round_half_up(amount * r / p)} has been taken back in all, computed on exact integers. Each refund
 * takes back the difference to that target, so partial refunds never drift and a full refund takes back the
 * whole amount. While the accrual is frozen (even if its window has passed but the release has not run yet) the
 * refund reverses frozen credit; once released it books a claw-back: a negative adjustment that takes what the
 * member still has and books the rest as the merchant's loss.
 *
 * <p>A refund id already applied changes nothing, so a host repeating a refund report is harmless.
 * {@code version} is the stored version this copy was read at (0: new).
 */
public final class Accrual {

    public enum Status { FROZEN, RELEASED }

    private final String id;
    private final MerchantId merchantId;
    private final MemberId memberId;
    private final String orderId;
    private final Amount amount;
    private final Money orderPaid;
    private final Instant releaseAt;
    private final long version;
    private Status status;
    private Money refunded;
    private Amount reversed;
    private final Set<String> appliedRefunds;

    private Accrual(String id, MerchantId merchantId, MemberId memberId, String orderId, Amount amount,
            Money orderPaid, Instant releaseAt, long version, Status status, Money refunded, Amount reversed,
            Set<String> appliedRefunds) {
        this.id = requireNonNull(id, "id");
        checkArgument(!id.isBlank() && id.length() <= 400, "accrual id must be 1 to 400 characters");
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.memberId = requireNonNull(memberId, "memberId");
        this.orderId = requireNonNull(orderId, "orderId");
        this.amount = requireNonNull(amount, "amount");
        checkArgument(amount.isPositive(), "an accrual is positive");
        this.orderPaid = requireNonNull(orderPaid, "orderPaid");
        checkArgument(orderPaid.isPositive(), "the order paid something");
        this.releaseAt = requireNonNull(releaseAt, "releaseAt");
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
        this.status = requireNonNull(status, "status");
        this.refunded = requireNonNull(refunded, "refunded");
        checkArgument(!refunded.isNegative() && !refunded.isGreaterThan(orderPaid), "refunded is within the order");
        this.reversed = requireNonNull(reversed, "reversed");
        checkArgument(reversed.asset() == amount.asset() && reversed.units() <= amount.units(),
                "reversed is within the amount");
        this.appliedRefunds = new TreeSet<>(appliedRefunds);
    }

    /** Credits {@code amount} frozen until {@code paidAt + refundWindow}. */
    public static Either<LedgerRejection, Tuple2<Accrual, LedgerEntry>> accrue(String id, MemberLedger ledger,
            String orderId, Amount amount, Money orderPaid, Cause cause, Duration refundWindow, Instant paidAt,
            Instant now) {
        checkArgument(!refundWindow.isNegative(), "a refund window is not negative");
        return ledger.grant(amount, true, cause, now)
                .map(entry -> Tuple.of(new Accrual(id, ledger.merchantId(), ledger.memberId(), orderId, amount,
                        orderPaid, paidAt.plus(refundWindow), 0, Status.FROZEN, Money.zero(orderPaid.currency()),
                        Amount.zero(amount.asset()), Set.of()), entry));
    }

    public static Accrual reconstitute(String id, MerchantId merchantId, MemberId memberId, String orderId,
            Amount amount, Money orderPaid, Instant releaseAt, long version, Status status, Money refunded,
            Amount reversed, Set<String> appliedRefunds) {
        return new Accrual(id, merchantId, memberId, orderId, amount, orderPaid, releaseAt, version, status,
                refunded, reversed, appliedRefunds);
    }

    /**
     * Makes what is left of the credit available once the window has closed. Answers the entry, or none when a
     * refund already took everything back.
     */
    public Either<LedgerRejection, Optional<LedgerEntry>> release(MemberLedger ledger, Instant now) {
        sameMember(ledger);
        if (status == Status.RELEASED) {
            return Either.left(new LedgerRejection(Reason.ALREADY_RELEASED, "accrual " + id + " is already released"));
        }
        if (now.isBefore(releaseAt)) {
            return Either.left(new LedgerRejection(Reason.NOT_DUE, "accrual " + id + " stays frozen until " + releaseAt));
        }
        Amount remaining = amount.minus(reversed);
        if (remaining.isZero()) {
            status = Status.RELEASED;
            return Either.right(Optional.empty());
        }
        return ledger.release(remaining, Cause.order(orderId), now).map(entry -> {
            status = Status.RELEASED;
            return Optional.of(entry);
        });
    }

    /**
     * Applies a refund of part of the order: answers the entry that takes back this accrual's share, or none
     * when the share rounds to nothing or the refund was already applied.
     */
    public Either<LedgerRejection, Optional<LedgerEntry>> refund(String refundId, Money refundAmount,
            MemberLedger ledger, Instant now) {
        sameMember(ledger);
        requireNonNull(refundId, "refundId");
        if (appliedRefunds.contains(refundId)) {
            return Either.right(Optional.empty());
        }
        if (!refundAmount.currency().equals(orderPaid.currency())) {
            return Either.left(new LedgerRejection(Reason.CURRENCY_MISMATCH,
                    "order " + orderId + " was paid in " + orderPaid.currency().getCurrencyCode()));
        }
        if (!refundAmount.isPositive()) {
            return Either.left(new LedgerRejection(Reason.NOTHING_TO_MOVE, "a refund is positive"));
        }
        Money refundedAfter = refunded.plus(refundAmount);
        if (refundedAfter.isGreaterThan(orderPaid)) {
            return Either.left(new LedgerRejection(Reason.REFUND_EXCEEDS_ORDER,
                    "refunds of order " + orderId + " would reach " + refundedAfter + ", it was paid " + orderPaid));
        }
        Amount target = new Amount(amount.asset(), shareHalfUp(amount.units(), refundedAfter.minorUnits(),
                orderPaid.minorUnits()));
        Amount delta = target.minus(reversed);
        Either<LedgerRejection, Optional<LedgerEntry>> booked;
        if (delta.isZero()) {
            booked = Either.right(Optional.empty());
        } else if (status == Status.FROZEN) {
            booked = ledger.reverseFrozen(delta, Cause.order(orderId), now).map(Optional::of);
        } else {
            booked = ledger.clawBack(delta, Cause.adjustment(orderId + "/" + refundId), now).map(Optional::of);
        }
        booked.forEach(entry -> {
            refunded = refundedAfter;
            reversed = target;
            appliedRefunds.add(refundId);
        });
        return booked;
    }

    /** {@code round_half_up(units * part / whole)} on exact integers, all non-negative. */
    static long shareHalfUp(long units, long part, long whole) {
        BigInteger numerator = BigInteger.valueOf(units).multiply(BigInteger.valueOf(part)).shiftLeft(1)
                .add(BigInteger.valueOf(whole));
        return numerator.divide(BigInteger.valueOf(whole).shiftLeft(1)).longValueExact();
    }

    private void sameMember(MemberLedger ledger) {
        checkArgument(ledger.memberId().equals(memberId) && ledger.merchantId().equals(merchantId),
                "the ledger of another member");
    }

    public String id() {
        return id;
    }

    public MerchantId merchantId() {
        return merchantId;
    }

    public MemberId memberId() {
        return memberId;
    }

    public String orderId() {
        return orderId;
    }

    public Amount amount() {
        return amount;
    }

    public Money orderPaid() {
        return orderPaid;
    }

    public Instant releaseAt() {
        return releaseAt;
    }

    public long version() {
        return version;
    }

    public Status status() {
        return status;
    }

    public Money refunded() {
        return refunded;
    }

    public Amount reversed() {
        return reversed;
    }

    public Set<String> appliedRefunds() {
        return Set.copyOf(appliedRefunds);
    }
}
