package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.JoinChannelRepository;
import dev.shequn.domain.community.ChannelId;
import dev.shequn.domain.community.JoinChannel;
import dev.shequn.domain.shared.MerchantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryJoinChannelRepository implements JoinChannelRepository {

    private final InMemoryStore store;
    private final VersionedTable<RowKey, JoinChannel> table;
    /** The unique index on (merchant, code); a channel keeps its code, so it is written once. */
    private final Map<RowKey, ChannelId> byCode = new HashMap<>();

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
        return store.locked(() -> Optional.ofNullable(byCode.get(RowKey.of(merchantId, code)))
                .flatMap(id -> find(merchantId, id)));
    }

    @Override
    public boolean save(JoinChannel channel) {
        RowKey code = RowKey.of(channel.merchantId(), channel.code());
        return store.locked(() -> {
            boolean saved = table.save(RowKey.of(channel.merchantId(), channel.id()), channel,
                    fresh -> !byCode.containsKey(code));
            if (saved && channel.version() == 0) {
                byCode.put(code, channel.id());
                store.onRollback(() -> byCode.remove(code));
            }
            return saved;
        });
    }
}
