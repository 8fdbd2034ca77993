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
import java.time.Instant;
import java.util.Optional;

/**
 * A member's request to take cash out, decided once by the merchant. Requesting sets the cash aside in the
 * member's ledger; approving moves it to the merchant's payout account; rejecting makes it available again.
 * {@code version} is the stored version this copy was read at (0: new), so a decision is taken only once.
 */
public final class Withdrawal {

    public enum Status { REQUESTED, APPROVED, REJECTED }

    private final String id;
    private final MerchantId merchantId;
    private final MemberId memberId;
    private final Money amount;
    private final Instant requestedAt;
    private final long version;
    private Status status;
    private Optional<Instant> decidedAt;
    private Optional<String> note;

    private Withdrawal(String id, MerchantId merchantId, MemberId memberId, Money amount, Instant requestedAt,
            long version, Status status, Optional<Instant> decidedAt, Optional<String> note) {
        this.id = requireNonNull(id, "id");
        checkArgument(!id.isBlank() && id.length() <= 64, "withdrawal id must be 1 to 64 characters");
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.memberId = requireNonNull(memberId, "memberId");
        this.amount = requireNonNull(amount, "amount");
        checkArgument(amount.isPositive(), "a withdrawal is positive");
        this.requestedAt = requireNonNull(requestedAt, "requestedAt");
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
        this.status = requireNonNull(status, "status");
        this.decidedAt = requireNonNull(decidedAt, "decidedAt");
        this.note = requireNonNull(note, "note");
        checkArgument((status == Status.REQUESTED) == decidedAt.isEmpty(), "a decided withdrawal has a decision time");
    }

    /** Sets the cash aside; refused below the minimum or beyond what is available. */
    public static Either<LedgerRejection, Tuple2<Withdrawal, LedgerEntry>> request(String id, MemberLedger ledger,
            Money amount, Money minimum, Instant now) {
        return ledger.requestWithdrawal(amount, minimum, Cause.withdrawal(id), now)
                .map(entry -> Tuple.of(new Withdrawal(id, ledger.merchantId(), ledger.memberId(), amount, now, 0,
                        Status.REQUESTED, Optional.empty(), Optional.empty()), entry));
    }

    public static Withdrawal reconstitute(String id, MerchantId merchantId, MemberId memberId, Money amount,
            Instant requestedAt, long version, Status status, Optional<Instant> decidedAt, Optional<String> note) {
        return new Withdrawal(id, merchantId, memberId, amount, requestedAt, version, status, decidedAt, note);
    }

    public Either<LedgerRejection, LedgerEntry> approve(MemberLedger ledger, Optional<String> note, Instant now) {
        return decide(ledger, Status.APPROVED, note, now);
    }

    public Either<LedgerRejection, LedgerEntry> reject(MemberLedger ledger, Optional<String> note, Instant now) {
        return decide(ledger, Status.REJECTED, note, now);
    }

    private Either<LedgerRejection, LedgerEntry> decide(MemberLedger ledger, Status decision, Optional<String> why,
            Instant now) {
        checkArgument(ledger.memberId().equals(memberId) && ledger.merchantId().equals(merchantId),
                "the ledger of another member");
        if (status != Status.REQUESTED) {
            return Either.left(new LedgerRejection(Reason.ALREADY_DECIDED, "withdrawal " + id + " is already " + status));
        }
        Either<LedgerRejection, LedgerEntry> booked = decision == Status.APPROVED
                ? ledger.approveWithdrawal(amount, Cause.withdrawal(id), now)
                : ledger.rejectWithdrawal(amount, Cause.withdrawal(id), now);
        booked.forEach(entry -> {
            status = decision;
            decidedAt = Optional.of(now);
            note = why;
        });
        return booked;
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

    public Money amount() {
        return amount;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public long version() {
        return version;
    }

    public Status status() {
        return status;
    }

    public Optional<Instant> decidedAt() {
        return decidedAt;
    }

    public Optional<String> note() {
        return note;
    }
}
