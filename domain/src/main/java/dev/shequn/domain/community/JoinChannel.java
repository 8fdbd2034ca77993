package dev.shequn.domain.community;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.community.CommunityEvents.JoinChannelCreated;
import dev.shequn.domain.community.CommunityEvents.NewCommunityRequested;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 活码 (live join code): one code per acquisition channel over an ordered pool of communities. A newcomer is
 * routed to the first community of the pool that is open, has room and admits the member's tier, and the
 * membership is attributed to the channel. {@code version}: stored version read at (0: new).
 */
public final class JoinChannel {

    private final ChannelId id;
    private final MerchantId merchantId;
    private final String name;
    private final String code;
    private final List<CommunityId> pool;
    private final Instant createdAt;
    private final long version;

    private JoinChannel(ChannelId id, MerchantId merchantId, String name, String code, List<CommunityId> pool,
            Instant createdAt, long version) {
        this.id = requireNonNull(id, "id");
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.name = requireNonNull(name, "name");
        checkArgument(!name.isBlank() && name.length() <= 200, "channel name must be 1 to 200 characters");
        this.code = requireNonNull(code, "code");
        checkArgument(code.matches("[A-Za-z0-9_-]{4,64}"), "a channel code is 4 to 64 letters, digits, '-' or '_'");
        this.pool = List.copyOf(pool);
        checkArgument(!this.pool.isEmpty(), "a channel routes to at least one community");
        checkArgument(new HashSet<>(this.pool).size() == this.pool.size(), "a community appears once in a pool");
        this.createdAt = requireNonNull(createdAt, "createdAt");
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
    }

    public static JoinChannel create(ChannelId id, MerchantId merchantId, String name, String code,
            List<CommunityId> pool, Instant now) {
        return new JoinChannel(id, merchantId, name, code, pool, now, 0);
    }

    public static JoinChannel reconstitute(ChannelId id, MerchantId merchantId, String name, String code,
            List<CommunityId> pool, Instant createdAt, long version) {
        return new JoinChannel(id, merchantId, name, code, pool, createdAt, version);
    }

    public JoinChannelCreated created() {
        return new JoinChannelCreated(merchantId, id, code, pool, createdAt);
    }

    /**
     * Routes one member. {@code communities} are the pool's communities in pool order; {@code memberships} the
     * member's membership records in them. A member already in one of them stays there (no change). When no
     * community is open with room the join is refused with {@code CHANNEL_EXHAUSTED} and a request for a new
     * community; when some have room but none admits the member's tier, with {@code TIER_TOO_LOW}.
     */
    public Either<ChannelRefusal, ChannelJoin> route(MemberId member, List<Community> communities,
            Map<CommunityId, Membership> memberships, Optional<MemberId> inviter, TierStandingCheck tiers,
            Instant now) {
        checkArgument(communities.stream().allMatch(c -> pool.contains(c.id()) && c.merchantId().equals(merchantId)),
                "only this channel's communities can be routed to");
        for (Community community : communities) {
            Membership current = memberships.get(community.id());
            if (current != null && current.isActive()) {
                return Either.right(new ChannelJoin(community, new JoinOutcome.AlreadyMember(current)));
            }
        }
        boolean anyWithRoom = false;
        for (Community community : communities) {
            Either<JoinRejection, JoinOutcome> attempt = community.join(member,
                    Optional.ofNullable(memberships.get(community.id())), Optional.of(id), inviter, tiers, now);
            if (attempt.isRight()) {
                return Either.right(new ChannelJoin(community, attempt.get()));
            }
            anyWithRoom |= attempt.getLeft().reason() == JoinRejection.Reason.TIER_TOO_LOW;
        }
        if (anyWithRoom) {
            return Either.left(new ChannelRefusal(new JoinRejection(JoinRejection.Reason.TIER_TOO_LOW,
                    "no community of channel " + code + " admits the member's tier"), Optional.empty()));
        }
        return Either.left(new ChannelRefusal(new JoinRejection(JoinRejection.Reason.CHANNEL_EXHAUSTED,
                "every community of channel " + code + " is full or archived"),
                Optional.of(new NewCommunityRequested(merchantId, id, code, now))));
    }

    public ChannelId id() {
        return id;
    }

    public MerchantId merchantId() {
        return merchantId;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    public List<CommunityId> pool() {
        return pool;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
