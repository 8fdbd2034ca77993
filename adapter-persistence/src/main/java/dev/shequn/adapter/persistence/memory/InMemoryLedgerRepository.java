package dev.shequn.adapter.persistence.memory;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.LedgerRepository;
import dev.shequn.domain.ledger.Account;
import dev.shequn.domain.ledger.Accrual;
import dev.shequn.domain.ledger.LedgerEntry;
import dev.shequn.domain.ledger.Leg;
import dev.shequn.domain.ledger.MemberLedger;
import dev.shequn.domain.ledger.Withdrawal;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The member ledger in memory: entries in order per member, balances summed from them on every load. */
public final class InMemoryLedgerRepository implements LedgerRepository {

    private final InMemoryStore store;
    private final Map<RowKey, List<LedgerEntry>> entries = new HashMap<>();
    private final VersionedTable<RowKey, Accrual> accruals;
    private final VersionedTable<RowKey, Withdrawal> withdrawals;

    public InMemoryLedgerRepository(InMemoryStore store) {
        this.store = requireNonNull(store, "store");
        accruals = new VersionedTable<>(store, Accrual::version, (a, v) -> Accrual.reconstitute(a.id(),
                a.merchantId(), a.memberId(), a.orderId(), a.amount(), a.orderPaid(), a.releaseAt(), v, a.status(),
                a.refunded(), a.reversed(), a.appliedRefunds()));
        withdrawals = new VersionedTable<>(store, Withdrawal::version, (w, v) -> Withdrawal.reconstitute(w.id(),
                w.merchantId(), w.memberId(), w.amount(), w.requestedAt(), v, w.status(), w.decidedAt(), w.note()));
    }

    @Override
    public MemberLedger load(MerchantId merchantId, MemberId memberId, Currency currency) {
        return store.locked(() -> {
            List<LedgerEntry> own = entries.getOrDefault(RowKey.of(merchantId, memberId), List.of());
            Map<Account, Long> balances = new HashMap<>();
            for (LedgerEntry entry : own) {
                for (Leg leg : entry.legs()) {
                    if (leg.account().member().isPresent()) {
                        balances.merge(leg.account(), leg.units(), Long::sum);
                    }
                }
            }
            return MemberLedger.reconstitute(merchantId, memberId, currency, own.size(), balances);
        });
    }

    @Override
    public boolean append(MemberLedger ledger) {
        return store.locked(() -> {
            RowKey key = RowKey.of(ledger.merchantId(), ledger.memberId());
            List<LedgerEntry> own = entries.computeIfAbsent(key, k -> new ArrayList<>());
            // Sequences run 1, 2, 3...: a ledger read before someone else appended collides on the next number.
            if (own.size() != ledger.storedSequence()) {
                return false;
            }
            List<LedgerEntry> added = ledger.newEntries();
            own.addAll(added);
            store.onRollback(() -> own.subList(own.size() - added.size(), own.size()).clear());
            return true;
        });
    }

    @Override
    public List<LedgerEntry> entries(MerchantId merchantId, MemberId memberId, long afterSequence, int limit) {
        return store.locked(() -> entries.getOrDefault(RowKey.of(merchantId, memberId), List.of()).stream()
                .filter(e -> e.sequence() > afterSequence).limit(limit).toList());
    }

    @Override
    public Map<Account, Long> merchantBalances(MerchantId merchantId) {
        return store.locked(() -> {
            Map<Account, Long> balances = new HashMap<>();
            entries.forEach((key, own) -> {
                if (key.merchant().equals(merchantId.value())) {
                    own.stream().flatMap(e -> e.legs().stream()).filter(l -> l.account().member().isEmpty())
                            .forEach(l -> balances.merge(l.account(), l.units(), Long::sum));
                }
            });
            return Map.copyOf(balances);
        });
    }

    @Override
    public Optional<Accrual> findAccrual(MerchantId merchantId, String accrualId) {
        return accruals.find(RowKey.of(merchantId, accrualId));
    }

    @Override
    public List<Accrual> findAccrualsOfOrder(MerchantId merchantId, String orderId) {
        return accruals.where(a -> a.merchantId().equals(merchantId) && a.orderId().equals(orderId)).stream()
                .sorted(Comparator.comparing(Accrual::id)).toList();
    }

    @Override
    public List<Accrual> findDueAccruals(Instant now, int limit) {
        return accruals.where(a -> a.status() == Accrual.Status.FROZEN && !a.releaseAt().isAfter(now)).stream()
                .sorted(Comparator.comparing(Accrual::releaseAt).thenComparing(a -> a.merchantId().value())
                        .thenComparing(Accrual::id))
                .limit(limit).toList();
    }

    @Override
    public boolean saveAccrual(Accrual accrual) {
        return accruals.save(RowKey.of(accrual.merchantId(), accrual.id()), accrual);
    }

    @Override
    public Optional<Withdrawal> findWithdrawal(MerchantId merchantId, String withdrawalId) {
        return withdrawals.find(RowKey.of(merchantId, withdrawalId));
    }

    @Override
    public boolean saveWithdrawal(Withdrawal withdrawal) {
        return withdrawals.save(RowKey.of(withdrawal.merchantId(), withdrawal.id()), withdrawal);
    }
}
