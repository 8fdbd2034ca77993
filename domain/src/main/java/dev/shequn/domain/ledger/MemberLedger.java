package dev.shequn.domain.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.ledger.LedgerRejection.Reason;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One member's accounts in one merchant's books: the unit every movement is checked against. Loaded as the sum
 * of the member's legs and the sequence of its last entry; each accepted movement appends one entry (see
 * {@link #newEntries()}) and moves the balances by exactly its legs, so balances stay the sum of entries. A
 * member's accounts never go below zero: a movement that would is refused, or, for a claw-back, the part that
 * cannot be taken is booked as the merchant's loss.
 */
public final class MemberLedger {

    private final MerchantId merchantId;
    private final MemberId memberId;
    private final Currency currency;
    private final long storedSequence;
    private long lastSequence;
    private final Map<Asset, Map<AccountType, Long>> balances = new EnumMap<>(Asset.class);
    private final List<LedgerEntry> newEntries = new ArrayList<>();

    private MemberLedger(MerchantId merchantId, MemberId memberId, Currency currency, long storedSequence,
            Map<Account, Long> memberBalances) {
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.memberId = requireNonNull(memberId, "memberId");
        this.currency = requireNonNull(currency, "currency");
        Money.digitsOf(currency);
        checkArgument(storedSequence >= 0, "sequence must not be negative");
        this.storedSequence = storedSequence;
        this.lastSequence = storedSequence;
        for (Asset asset : Asset.values()) {
            balances.put(asset, new EnumMap<>(AccountType.class));
        }
        memberBalances.forEach((account, units) -> {
            checkArgument(account.member().equals(Optional.of(memberId)), "%s is not %s's", account, memberId);
            checkArgument(units >= 0, "a member's balance is never negative: %s %s", account, units);
            balances.get(account.asset()).put(account.type(), units);
        });
    }

    /** A member with no entries yet. */
    public static MemberLedger open(MerchantId merchantId, MemberId memberId, Currency currency) {
        return new MemberLedger(merchantId, memberId, currency, 0, Map.of());
    }

    /** A member's ledger as stored: balances summed from its legs, and the sequence of its last entry. */
    public static MemberLedger reconstitute(MerchantId merchantId, MemberId memberId, Currency currency,
            long lastSequence, Map<Account, Long> memberBalances) {
        return new MemberLedger(merchantId, memberId, currency, lastSequence, memberBalances);
    }

    /** Credits a reward or commission, frozen (it came from an order in its refund window) or available. */
    public Either<LedgerRejection, LedgerEntry> grant(Amount amount, boolean frozen, Cause cause, Instant now) {
        if (!amount.isPositive()) {
            return nothing("a grant");
        }
        AccountType to = frozen ? AccountType.MEMBER_FROZEN : AccountType.MEMBER_AVAILABLE;
        return Either.right(book(amount.asset(), Movement.GRANT, cause, now,
                new Leg(merchant(AccountType.MERCHANT_REWARD_EXPENSE, amount.asset()), -amount.units()),
                new Leg(mine(to, amount.asset()), amount.units())));
    }

    /** Makes frozen credit available once its refund window has closed. */
    public Either<LedgerRejection, LedgerEntry> release(Amount amount, Cause cause, Instant now) {
        if (!amount.isPositive()) {
            return nothing("a release");
        }
        if (balance(AccountType.MEMBER_FROZEN, amount.asset()) < amount.units()) {
            return Either.left(new LedgerRejection(Reason.INSUFFICIENT_FROZEN, "frozen " + amount.asset() + " is "
                    + balance(AccountType.MEMBER_FROZEN, amount.asset()) + ", release asks " + amount.units()));
        }
        return Either.right(book(amount.asset(), Movement.RELEASE, cause, now,
                new Leg(mine(AccountType.MEMBER_FROZEN, amount.asset()), -amount.units()),
                new Leg(mine(AccountType.MEMBER_AVAILABLE, amount.asset()), amount.units())));
    }

    /** Takes back frozen credit because of a refund inside the window: the merchant's expense shrinks. */
    public Either<LedgerRejection, LedgerEntry> reverseFrozen(Amount amount, Cause cause, Instant now) {
        if (!amount.isPositive()) {
            return nothing("a reversal");
        }
        if (balance(AccountType.MEMBER_FROZEN, amount.asset()) < amount.units()) {
            return Either.left(new LedgerRejection(Reason.INSUFFICIENT_FROZEN, "frozen " + amount.asset() + " is "
                    + balance(AccountType.MEMBER_FROZEN, amount.asset()) + ", reversal asks " + amount.units()));
        }
        return Either.right(book(amount.asset(), Movement.REVERSAL, cause, now,
                new Leg(mine(AccountType.MEMBER_FROZEN, amount.asset()), -amount.units()),
                new Leg(merchant(AccountType.MERCHANT_REWARD_EXPENSE, amount.asset()), amount.units())));
    }

    /**
     * A negative adjustment after release: takes what it can from the available balance; whatever the member no
     * longer has (spent or withdrawn) is booked as the merchant's loss, so the member never goes below zero and
     * the reward expense still shrinks by the full amount.
     */
    public Either<LedgerRejection, LedgerEntry> clawBack(Amount amount, Cause cause, Instant now) {
        if (!amount.isPositive()) {
            return nothing("a claw-back");
        }
        Asset asset = amount.asset();
        long taken = Math.min(amount.units(), balance(AccountType.MEMBER_AVAILABLE, asset));
        long lost = amount.units() - taken;
        List<Leg> legs = new ArrayList<>();
        if (taken > 0) {
            legs.add(new Leg(mine(AccountType.MEMBER_AVAILABLE, asset), -taken));
        }
        legs.add(new Leg(merchant(AccountType.MERCHANT_REWARD_EXPENSE, asset), amount.units()));
        if (lost > 0) {
            legs.add(new Leg(merchant(AccountType.MERCHANT_LOSS, asset), -lost));
        }
        return Either.right(book(asset, Movement.CLAWBACK, cause, now, legs.toArray(Leg[]::new)));
    }

    /** Sets cash aside for a withdrawal: at least {@code minimum}, at most what is available. */
    public Either<LedgerRejection, LedgerEntry> requestWithdrawal(Money amount, Money minimum, Cause cause,
            Instant now) {
        if (!amount.currency().equals(currency) || !minimum.currency().equals(currency)) {
            return Either.left(new LedgerRejection(Reason.CURRENCY_MISMATCH,
                    "the ledger is in " + currency.getCurrencyCode() + ", the withdrawal in " + amount.currency().getCurrencyCode()));
        }
        if (!amount.isPositive()) {
            return nothing("a withdrawal");
        }
        if (amount.isLessThan(minimum)) {
            return Either.left(new LedgerRejection(Reason.BELOW_MINIMUM,
                    "the smallest withdrawal is " + minimum + ", asked " + amount));
        }
        long available = balance(AccountType.MEMBER_AVAILABLE, Asset.CASH);
        if (available < amount.minorUnits()) {
            return Either.left(new LedgerRejection(Reason.INSUFFICIENT_AVAILABLE,
                    "available is " + Money.ofMinor(available, currency) + ", asked " + amount));
        }
        return Either.right(book(Asset.CASH, Movement.WITHDRAWAL_REQUESTED, cause, now,
                new Leg(mine(AccountType.MEMBER_AVAILABLE, Asset.CASH), -amount.minorUnits()),
                new Leg(mine(AccountType.MEMBER_WITHDRAWING, Asset.CASH), amount.minorUnits())));
    }

    /** The merchant agreed: the cash leaves the member's books for the host to pay out. */
    public Either<LedgerRejection, LedgerEntry> approveWithdrawal(Money amount, Cause cause, Instant now) {
        return settleWithdrawal(amount, cause, now, Movement.WITHDRAWAL_APPROVED,
                merchant(AccountType.MERCHANT_PAYOUT, Asset.CASH));
    }

    /** The merchant refused: the cash set aside is available again. */
    public Either<LedgerRejection, LedgerEntry> rejectWithdrawal(Money amount, Cause cause, Instant now) {
        return settleWithdrawal(amount, cause, now, Movement.WITHDRAWAL_REJECTED,
                mine(AccountType.MEMBER_AVAILABLE, Asset.CASH));
    }

    private Either<LedgerRejection, LedgerEntry> settleWithdrawal(Money amount, Cause cause, Instant now,
            Movement movement, Account to) {
        if (!amount.currency().equals(currency)) {
            return Either.left(new LedgerRejection(Reason.CURRENCY_MISMATCH, "the ledger is in " + currency.getCurrencyCode()));
        }
        if (!amount.isPositive()) {
            return nothing("a withdrawal");
        }
        if (balance(AccountType.MEMBER_WITHDRAWING, Asset.CASH) < amount.minorUnits()) {
            return Either.left(new LedgerRejection(Reason.INSUFFICIENT_WITHDRAWING,
                    "set aside for withdrawal is " + Money.ofMinor(balance(AccountType.MEMBER_WITHDRAWING, Asset.CASH), currency)));
        }
        return Either.right(book(Asset.CASH, movement, cause, now,
                new Leg(mine(AccountType.MEMBER_WITHDRAWING, Asset.CASH), -amount.minorUnits()),
                new Leg(to, amount.minorUnits())));
    }

    private LedgerEntry book(Asset asset, Movement movement, Cause cause, Instant now, Leg... legs) {
        LedgerEntry entry = new LedgerEntry(merchantId, memberId, lastSequence + 1, asset, movement, cause,
                List.of(legs), now);
        for (Leg leg : entry.legs()) {
            leg.account().member().ifPresent(m -> {
                long after = Math.addExact(balance(leg.account().type(), asset), leg.units());
                // The guards above make this unreachable; reaching it is a bug, not an outcome.
                checkArgument(after >= 0, "%s would go negative", leg.account());
                balances.get(asset).put(leg.account().type(), after);
            });
        }
        lastSequence = entry.sequence();
        newEntries.add(entry);
        return entry;
    }

    private static Either<LedgerRejection, LedgerEntry> nothing(String what) {
        return Either.left(new LedgerRejection(Reason.NOTHING_TO_MOVE, what + " needs a positive amount"));
    }

    private Account mine(AccountType type, Asset asset) {
        return Account.of(memberId, type, asset);
    }

    private static Account merchant(AccountType type, Asset asset) {
        return Account.merchant(type, asset);
    }

    public long balance(AccountType type, Asset asset) {
        checkArgument(type.isMemberAccount(), "a member ledger holds only the member's accounts");
        return balances.get(asset).getOrDefault(type, 0L);
    }

    public MemberBalances balances() {
        return new MemberBalances(merchantId, memberId,
                balance(AccountType.MEMBER_AVAILABLE, Asset.POINTS),
                balance(AccountType.MEMBER_FROZEN, Asset.POINTS),
                Money.ofMinor(balance(AccountType.MEMBER_AVAILABLE, Asset.CASH), currency),
                Money.ofMinor(balance(AccountType.MEMBER_FROZEN, Asset.CASH), currency),
                Money.ofMinor(balance(AccountType.MEMBER_WITHDRAWING, Asset.CASH), currency));
    }

    /** Entries booked on this copy since it was loaded, in order. */
    public List<LedgerEntry> newEntries() {
        return List.copyOf(newEntries);
    }

    /** The sequence of the last entry when this copy was loaded: storage appends only after it. */
    public long storedSequence() {
        return storedSequence;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public MerchantId merchantId() {
        return merchantId;
    }

    public MemberId memberId() {
        return memberId;
    }

    public Currency currency() {
        return currency;
    }
}
