package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.shequn.application.port.out.JoinChannelRepository;
import dev.shequn.domain.community.ChannelId;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.JoinChannel;
import dev.shequn.domain.shared.MerchantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Join channels (活码); the pool is stored as a JSON array of community ids, in routing order. Read inside a
 * unit of work, the channel's row is locked, so the joins routed through one channel queue one after another.
 */
public final class JdbcJoinChannelRepository implements JoinChannelRepository {

    private static final TypeReference<List<String>> IDS = new TypeReference<>() {};
    private static final String COLUMNS = "channel_id, name, code, pool, created_at, version";

    private final JdbcSession session;
    private final JsonCodec json = JsonCodec.INSTANCE;

    public JdbcJoinChannelRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Optional<JoinChannel> find(MerchantId merchantId, ChannelId id) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(id, "id");
        return findWhere(merchantId, "channel_id", id.value());
    }

    @Override
    public Optional<JoinChannel> findByCode(MerchantId merchantId, String code) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(code, "code");
        return findWhere(merchantId, "code", code);
    }

    private Optional<JoinChannel> findWhere(MerchantId merchantId, String column, String value) {
        return session.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM join_channel WHERE merchant_id = :merchant AND " + column + " = :value"
                                + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("value", value)
                .map((rs, ctx) -> channel(merchantId, rs))
                .findOne());
    }

    @Override
    public boolean save(JoinChannel channel) {
        requireNonNull(channel, "channel");
        String pool = json.write(channel.pool().stream().map(CommunityId::value).toList());
        return session.withHandle(h -> channel.version() == 0
                ? Rows.insertUnlessTaken(h, h.createUpdate("INSERT INTO join_channel (merchant_id, " + COLUMNS + """
                        ) VALUES (:merchant, :id, :name, :code, :pool, :createdAt, 1)""")
                        .bind("merchant", channel.merchantId().value())
                        .bind("id", channel.id().value())
                        .bind("name", channel.name())
                        .bind("code", channel.code())
                        .bind("pool", pool)
                        .bind("createdAt", Rows.utc(channel.createdAt())))
                : Rows.updatedOne(h.createUpdate("""
                        UPDATE join_channel SET name = :name, code = :code, pool = :pool, version = version + 1
                        WHERE merchant_id = :merchant AND channel_id = :id AND version = :version""")
                        .bind("merchant", channel.merchantId().value())
                        .bind("id", channel.id().value())
                        .bind("name", channel.name())
                        .bind("code", channel.code())
                        .bind("pool", pool)
                        .bind("version", channel.version())));
    }

    private JoinChannel channel(MerchantId merchantId, ResultSet rs) throws SQLException {
        List<CommunityId> pool = json.read(rs.getString("pool"), IDS).stream().map(CommunityId::new).toList();
        return JoinChannel.reconstitute(new ChannelId(rs.getString("channel_id")), merchantId, rs.getString("name"),
                rs.getString("code"), pool, Rows.instant(rs, "created_at"), rs.getLong("version"));
    }
}
