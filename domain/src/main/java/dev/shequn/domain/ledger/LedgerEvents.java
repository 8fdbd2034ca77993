package dev.shequn.domain.ledger;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.List;

/** What the ledger tells the outside world. */
public final class LedgerEvents {

    private LedgerEvents() {}

    /** One entry booked; every ledger movement appends exactly one of these to the outbox. */
    public record LedgerEntryPosted(MerchantId merchantId, MemberId memberId, long sequence, Asset asset,
            String currency, Movement movement, Cause cause, List<Leg> legs, Instant occurredAt)
            implements DomainEvent {
        public LedgerEntryPosted {
            requireNonNull(merchantId, "merchantId");
            requireNonNull(memberId, "memberId");
            legs = List.copyOf(legs);
        }

        public static LedgerEntryPosted of(LedgerEntry entry, String currency) {
            return new LedgerEntryPosted(entry.merchantId(), entry.memberId(), entry.sequence(), entry.asset(),
                    currency, entry.movement(), entry.cause(), entry.legs(), entry.bookedAt());
        }
    }
}
