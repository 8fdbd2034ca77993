package dev.shequn.adapter.persistence.memory;

import static com.google.common.base.Preconditions.checkArgument;

import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryMemberRepository implements MemberRepository {

    private final InMemoryStore store;
    private final VersionedTable<RowKey, Member> table;
    /** The unique index on (merchant, external id); an external id never changes, so it is written once. */
    private final Map<RowKey, MemberId> byExternalId = new HashMap<>();

    public InMemoryMemberRepository(InMemoryStore store) {
        this.store = store;
        table = new VersionedTable<>(store, Member::version, (m, v) -> Member.reconstitute(m.id(), m.merchantId(),
                m.externalId(), m.currency(), m.createdAt(), v, m.portrait(), m.manualTags(), m.automaticTags(),
                m.metrics(), m.recentOrders(), m.tierStanding()));
    }

    @Override
    public Optional<Member> find(MerchantId merchantId, MemberId id) {
        return table.find(RowKey.of(merchantId, id));
    }

    @Override
    public Optional<Member> findByExternalId(MerchantId merchantId, String externalId) {
        return store.locked(() -> Optional.ofNullable(byExternalId.get(RowKey.of(merchantId, externalId)))
                .flatMap(id -> find(merchantId, id)));
    }

    @Override
    public List<Member> findPage(MerchantId merchantId, Optional<MemberId> after, int limit) {
        checkArgument(limit > 0, "limit must be positive");
        RowKey from = after.map(id -> RowKey.of(merchantId, id)).orElse(RowKey.of(merchantId));
        return table.range(from, RowKey.afterMerchant(merchantId), limit);
    }

    @Override
    public boolean save(Member member) {
        RowKey external = RowKey.of(member.merchantId(), member.externalId());
        return store.locked(() -> {
            boolean saved = table.save(RowKey.of(member.merchantId(), member.id()), member,
                    fresh -> !byExternalId.containsKey(external));
            if (saved && member.version() == 0) {
                byExternalId.put(external, member.id());
                store.onRollback(() -> byExternalId.remove(external));
            }
            return saved;
        });
    }
}
