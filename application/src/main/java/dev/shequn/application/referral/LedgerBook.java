package dev.shequn.application.referral;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.port.out.LedgerRepository;
import dev.shequn.domain.ledger.LedgerEntry;
import dev.shequn.domain.ledger.LedgerEvents.LedgerEntryPosted;
import dev.shequn.domain.ledger.MemberLedger;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The member ledgers one unit of work touches, each loaded once: two rewards to the same member in one use case
 * append to the same copy, so their entries take consecutive sequence numbers. {@link #flush()} appends them and
 * answers one {@link LedgerEntryPosted} per entry for the outbox.
 */
final class LedgerBook {

    private final LedgerRepository ledgers;
    private final MerchantId merchantId;
    private final Currency currency;
    private final Map<MemberId, MemberLedger> loaded = new LinkedHashMap<>();

    LedgerBook(LedgerRepository ledgers, MerchantId merchantId, Currency currency) {
        this.ledgers = requireNonNull(ledgers, "ledgers");
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.currency = requireNonNull(currency, "currency");
    }

    MemberLedger of(MemberId member) {
        return loaded.computeIfAbsent(member, m -> ledgers.load(merchantId, m, currency));
    }

    Currency currency() {
        return currency;
    }

    /** Appends every new entry; a ledger another writer moved on throws {@link VersionConflict}. */
    List<DomainEvent> flush() {
        List<DomainEvent> events = new ArrayList<>();
        for (MemberLedger ledger : loaded.values()) {
            List<LedgerEntry> entries = ledger.newEntries();
            if (entries.isEmpty()) {
                continue;
            }
            VersionConflict.check(ledgers.append(ledger), "ledger of " + ledger.memberId());
            entries.forEach(e -> events.add(LedgerEntryPosted.of(e, currency.getCurrencyCode())));
        }
        return events;
    }
}
