package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.CommunitySettings;
import dev.shequn.domain.community.CommunityStatus;
import dev.shequn.domain.community.ModerationPolicy;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.Update;

/**
 * Communities, one row each. The member count is a column of the row, so the optimistic version on that row
 * is what keeps capacity exact when servers admit members at once: of two joins read at the same version,
 * one update matches and the other retries. Inside a unit of work the rows read are locked as well (see
 * {@link JdbcSession#forUpdate()}), so concurrent joins queue instead of retrying.
 */
public final class JdbcCommunityRepository implements CommunityRepository {

    private static final String COLUMNS = """
            community_id, name, leader_id, capacity, positioning, minimum_tier, bot_threshold, moderation, status,
            member_count, bot_requested, created_at, version""";

    private final JdbcSession session;
    private final JsonCodec json = JsonCodec.INSTANCE;

    public JdbcCommunityRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Optional<Community> find(MerchantId merchantId, CommunityId id) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(id, "id");
        return session.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM community WHERE merchant_id = :merchant AND community_id = :id"
                                + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("id", id.value())
                .map((rs, ctx) -> community(merchantId, rs))
                .findOne());
    }

    @Override
    public List<Community> findAll(MerchantId merchantId, List<CommunityId> ids) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<CommunityId, Community> found = session.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM community WHERE merchant_id = :merchant AND community_id IN (<ids>)"
                                // One lock order for every caller, so two pools sharing communities cannot deadlock.
                                + " ORDER BY community_id" + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bindList("ids", ids.stream().map(CommunityId::value).distinct().toList())
                .map((rs, ctx) -> community(merchantId, rs))
                .list())
                .stream()
                .collect(Collectors.toMap(Community::id, Function.identity()));
        return ids.stream().map(found::get).filter(c -> c != null).toList();
    }

    @Override
    public boolean save(Community community) {
        requireNonNull(community, "community");
        return session.withHandle(h -> {
            if (community.version() == 0) {
                return Rows.insertUnlessTaken(h, bind(h.createUpdate("INSERT INTO community (merchant_id, " + COLUMNS + """
                        ) VALUES (:merchant, :id, :name, :leader, :capacity, :positioning, :minimumTier, :botThreshold,
                                  :moderation, :status, :memberCount, :botRequested, :createdAt, 1)"""), community)
                        .bind("createdAt", Rows.utc(community.createdAt())));
            }
            return Rows.updatedOne(bind(h.createUpdate("""
                    UPDATE community SET name = :name, leader_id = :leader, capacity = :capacity,
                        positioning = :positioning, minimum_tier = :minimumTier, bot_threshold = :botThreshold,
                        moderation = :moderation, status = :status, member_count = :memberCount,
                        bot_requested = :botRequested, version = version + 1
                    WHERE merchant_id = :merchant AND community_id = :id AND version = :version"""), community)
                    .bind("version", community.version()));
        });
    }

    private Update bind(Update update, Community community) {
        CommunitySettings settings = community.settings();
        return update.bind("merchant", community.merchantId().value())
                .bind("id", community.id().value())
                .bind("name", settings.name())
                .bind("leader", settings.leader().value())
                .bind("capacity", settings.capacity())
                .bind("positioning", settings.positioning().name())
                .bind("minimumTier", settings.minimumTier().orElse(null))
                .bind("botThreshold", settings.botThreshold())
                .bind("moderation", json.write(settings.moderation()))
                .bind("status", community.status().name())
                .bind("memberCount", community.memberCount())
                .bind("botRequested", community.botRequested());
    }

    private Community community(MerchantId merchantId, ResultSet rs) throws SQLException {
        CommunitySettings settings = new CommunitySettings(
                rs.getString("name"),
                new MemberId(rs.getString("leader_id")),
                rs.getInt("capacity"),
                Positioning.valueOf(rs.getString("positioning")),
                Rows.optionalString(rs, "minimum_tier"),
                rs.getInt("bot_threshold"),
                json.read(rs.getString("moderation"), ModerationPolicy.class));
        return Community.reconstitute(new CommunityId(rs.getString("community_id")), merchantId, settings,
                CommunityStatus.valueOf(rs.getString("status")), rs.getInt("member_count"),
                rs.getBoolean("bot_requested"), Rows.instant(rs, "created_at"), rs.getLong("version"));
    }
}
