package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.TagRulesRepository;
import dev.shequn.domain.member.TagRules;
import dev.shequn.domain.shared.MerchantId;
import java.util.Optional;

public final class InMemoryTagRulesRepository implements TagRulesRepository {

    private final VersionedTable<RowKey, TagRules> table;

    public InMemoryTagRulesRepository(InMemoryStore store) {
        table = new VersionedTable<>(store, TagRules::version, (r, v) -> new TagRules(r.merchantId(), r.highValueAt(),
                r.categoryTags(), r.lapsedAfterDays(), v));
    }

    @Override
    public Optional<TagRules> find(MerchantId merchantId) {
        return table.find(RowKey.of(merchantId));
    }

    @Override
    public boolean save(TagRules rules) {
        return table.save(RowKey.of(rules.merchantId()), rules);
    }
}
