package dev.shequn.domain.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One balanced posting, never changed once booked. {@code sequence} numbers the entries of one member's ledger
 * 1, 2, 3... without gaps; storage keys entries by (merchant, member, sequence), so two writers that read the
 * same ledger cannot both append the same next entry.
 */
public record LedgerEntry(
        MerchantId merchantId,
        MemberId memberId,
        long sequence,
        Asset asset,
        Movement movement,
        Cause cause,
        List<Leg> legs,
        Instant bookedAt) {

    public LedgerEntry {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(memberId, "memberId");
        checkArgument(sequence >= 1, "sequence starts at 1");
        requireNonNull(asset, "asset");
        requireNonNull(movement, "movement");
        requireNonNull(cause, "cause");
        legs = List.copyOf(legs);
        requireNonNull(bookedAt, "bookedAt");
        checkArgument(legs.size() >= 2, "an entry has at least two legs");
        long sum = 0;
        for (Leg leg : legs) {
            checkArgument(leg.account().asset() == asset, "every leg is in %s", asset);
            checkArgument(leg.account().member().map(memberId::equals).orElse(true),
                    "an entry touches the accounts of one member only");
            sum = Math.addExact(sum, leg.units());
        }
        checkArgument(sum == 0, "legs must add up to zero, not %s", sum);
    }

    /** This entry's change to one account, zero when it does not touch it. */
    public long changeTo(Account account) {
        return legs.stream().filter(l -> l.account().equals(account)).mapToLong(Leg::units).sum();
    }

    public Optional<Leg> legOf(Account account) {
        return legs.stream().filter(l -> l.account().equals(account)).findFirst();
    }
}
