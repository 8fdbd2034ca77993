package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.JoinChannelRepository;
import dev.shequn.domain.community.ChannelId;
import dev.shequn.domain.community.JoinChannel;
import dev.shequn.domain.shared.MerchantId;
import java.util.Optional;

public final class InMemoryJoinChannelRepository implements JoinChannelRepository {

    private final InMemoryStore store;
    private final VersionedTable<RowKey, JoinChannel> table;

    public InMemoryJoinChannelRepository(InMemoryStore store) {
        this.store = store;
        table = new VersionedTable<>(store, JoinChannel::version, (c, v) -> JoinChannel.reconstitute(c.id(),
                c.merchantId(), c.name(), c.code(), c.pool(), c.createdAt(), v));
    }

    @Override
    public Optional<JoinChannel> find(MerchantId merchantId, ChannelId id) {
        return table.find(RowKey.of(merchantId, id));
    }

    @Override
    public Optional<JoinChannel> findByCode(MerchantId merchantId, String code) {
        return table.where(c -> c.merchantId().equals(merchantId) && c.code().equals(code)).stream().findFirst();
    }

    @Override
    public boolean save(JoinChannel channel) {
        return store.locked(() -> table.save(RowKey.of(channel.merchantId(), channel.id()), channel,
                fresh -> findByCode(fresh.merchantId(), fresh.code()).isEmpty()));
    }
}
