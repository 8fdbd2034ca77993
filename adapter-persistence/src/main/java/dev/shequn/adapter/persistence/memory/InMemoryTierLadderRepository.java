package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.TierLadderRepository;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.tier.TierLadder;
import java.util.Optional;

public final class InMemoryTierLadderRepository implements TierLadderRepository {

    private final VersionedTable<RowKey, TierLadder> table;

    public InMemoryTierLadderRepository(InMemoryStore store) {
        table = new VersionedTable<>(store, TierLadder::version,
                (l, v) -> new TierLadder(l.merchantId(), l.tiers(), l.gracePeriod(), v));
    }

    @Override
    public Optional<TierLadder> find(MerchantId merchantId) {
        return table.find(RowKey.of(merchantId));
    }

    @Override
    public boolean save(TierLadder ladder) {
        return table.save(RowKey.of(ladder.merchantId()), ladder);
    }
}
