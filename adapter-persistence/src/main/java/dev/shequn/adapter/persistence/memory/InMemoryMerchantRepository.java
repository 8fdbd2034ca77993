package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.domain.merchant.Merchant;
import dev.shequn.domain.shared.MerchantId;
import java.util.Optional;

public final class InMemoryMerchantRepository implements MerchantRepository {

    private final VersionedTable<RowKey, Merchant> table;

    public InMemoryMerchantRepository(InMemoryStore store) {
        table = new VersionedTable<>(store, Merchant::version,
                (m, v) -> Merchant.reconstitute(m.id(), m.name(), m.currency(), m.createdAt(), v));
    }

    @Override
    public Optional<Merchant> find(MerchantId id) {
        return table.find(RowKey.of(id));
    }

    @Override
    public boolean save(Merchant merchant) {
        return table.save(RowKey.of(merchant.id()), merchant);
    }
}
