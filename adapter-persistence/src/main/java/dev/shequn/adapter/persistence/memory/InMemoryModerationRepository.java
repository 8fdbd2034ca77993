package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.ModerationRepository;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.ModerationRecord;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.util.Optional;

public final class InMemoryModerationRepository implements ModerationRepository {

    private final VersionedTable<RowKey, ModerationRecord> table;

    public InMemoryModerationRepository(InMemoryStore store) {
        table = new VersionedTable<>(store, ModerationRecord::version, (r, v) -> ModerationRecord.reconstitute(
                r.merchantId(), r.communityId(), r.memberId(), r.warnings(), v));
    }

    @Override
    public Optional<ModerationRecord> find(MerchantId merchantId, CommunityId communityId, MemberId memberId) {
        return table.find(RowKey.of(merchantId, communityId, memberId));
    }

    @Override
    public boolean save(ModerationRecord record) {
        return table.save(RowKey.of(record.merchantId(), record.communityId(), record.memberId()), record);
    }
}
