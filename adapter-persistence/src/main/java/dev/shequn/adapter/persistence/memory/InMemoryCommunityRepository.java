package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;
import java.util.Optional;

public final class InMemoryCommunityRepository implements CommunityRepository {

    private final InMemoryStore store;
    private final VersionedTable<RowKey, Community> table;

    public InMemoryCommunityRepository(InMemoryStore store) {
        this.store = store;
        table = new VersionedTable<>(store, Community::version, (c, v) -> Community.reconstitute(c.id(),
                c.merchantId(), c.settings(), c.status(), c.memberCount(), c.botRequested(), c.createdAt(), v));
    }

    @Override
    public Optional<Community> find(MerchantId merchantId, CommunityId id) {
        return table.find(RowKey.of(merchantId, id));
    }

    @Override
    public List<Community> findAll(MerchantId merchantId, List<CommunityId> ids) {
        return store.locked(() -> ids.stream().map(id -> find(merchantId, id)).flatMap(Optional::stream).toList());
    }

    @Override
    public boolean save(Community community) {
        return table.save(RowKey.of(community.merchantId(), community.id()), community);
    }
}
