package dev.shequn.domain.community;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.community.CommunityEvents.AssistantBotRequested;
import dev.shequn.domain.community.CommunityEvents.CommunityCreated;
import dev.shequn.domain.community.CommunityEvents.CommunityUpdated;
import dev.shequn.domain.community.CommunityEvents.MemberJoinedCommunity;
import dev.shequn.domain.community.CommunityEvents.MemberLeftCommunity;
import dev.shequn.domain.community.CommunityEvents.MemberRemovedFromCommunity;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 社群: a merchant's member community (the chat group itself lives outside Shequn). It keeps the member
 * count that capacity and the assistant-bot request depend on, so every join and leave goes through it and is
 * saved with it under one version: two servers admitting the last free place race on that version, and one of
 * them retries. {@code version}: stored version read at (0: new).
 */
public final class Community {

    private final CommunityId id;
    private final MerchantId merchantId;
    private final Instant createdAt;
    private final long version;
    private CommunitySettings settings;
    private boolean archived;
    private int memberCount;
    private boolean botRequested;

    private Community(CommunityId id, MerchantId merchantId, CommunitySettings settings, boolean archived,
            int memberCount, boolean botRequested, Instant createdAt, long version) {
        this.id = requireNonNull(id, "id");
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.settings = requireNonNull(settings, "settings");
        this.archived = archived;
        checkArgument(memberCount >= 0, "memberCount must not be negative");
        this.memberCount = memberCount;
        this.botRequested = botRequested;
        this.createdAt = requireNonNull(createdAt, "createdAt");
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
    }

    public static Community create(CommunityId id, MerchantId merchantId, CommunitySettings settings, Instant now) {
        return new Community(id, merchantId, settings, false, 0, false, now, 0);
    }

    /** {@code status} is stored for queries; only whether it is ARCHIVED matters here, the rest follows the count. */
    public static Community reconstitute(CommunityId id, MerchantId merchantId, CommunitySettings settings,
            CommunityStatus status, int memberCount, boolean botRequested, Instant createdAt, long version) {
        return new Community(id, merchantId, settings, status == CommunityStatus.ARCHIVED, memberCount, botRequested,
                createdAt, version);
    }

    public CommunityCreated created() {
        return new CommunityCreated(merchantId, id, settings.name(), settings.leader(), settings.capacity(),
                settings.positioning(), settings.minimumTier(), createdAt);
    }

    /**
     * Lets a member in. {@code current} is the member's membership record here, if any. A member already in
     * stays in and nothing changes, whatever the community's state; otherwise the join must pass every policy:
     * not archived, room left, minimum tier held.
     */
    public Either<JoinRejection, JoinOutcome> join(MemberId member, Optional<Membership> current,
            Optional<ChannelId> channel, Optional<MemberId> inviter, TierStandingCheck tiers, Instant now) {
        requireNonNull(member, "member");
        requireNonNull(current, "current");
        current.ifPresent(m -> checkArgument(m.communityId().equals(id) && m.memberId().equals(member),
                "membership of another community or member"));
        if (current.filter(Membership::isActive).isPresent()) {
            return Either.right(new JoinOutcome.AlreadyMember(current.get()));
        }
        return JoinPolicies.all(this, tiers).map(allowed -> admit(member, current, channel, inviter, now));
    }

    private JoinOutcome admit(MemberId member, Optional<Membership> current, Optional<ChannelId> channel,
            Optional<MemberId> inviter, Instant now) {
        Membership membership = current.map(m -> {
            m.restart(channel, inviter, now);
            return m;
        }).orElseGet(() -> Membership.start(merchantId, id, member, channel, inviter, now));
        memberCount++;
        List<DomainEvent> events = new ArrayList<>();
        events.add(new MemberJoinedCommunity(merchantId, id, member, channel, inviter, memberCount, now));
        if (!botRequested && memberCount >= settings.botThreshold()) {
            botRequested = true;
            events.add(new AssistantBotRequested(merchantId, id, memberCount, now));
        }
        return new JoinOutcome.Joined(membership, events);
    }

    public Either<CommunityRejection, DomainEvent> leave(Membership membership, Instant now) {
        return ending(membership).map(m -> {
            m.end(MembershipStatus.LEFT, Optional.empty(), now);
            memberCount--;
            return new MemberLeftCommunity(merchantId, id, m.memberId(), memberCount, now);
        });
    }

    public Either<CommunityRejection, DomainEvent> remove(Membership membership, String reason, Instant now) {
        requireNonNull(reason, "reason");
        checkArgument(!reason.isBlank(), "a removal has a reason");
        return ending(membership).map(m -> {
            m.end(MembershipStatus.REMOVED, Optional.of(reason), now);
            memberCount--;
            return new MemberRemovedFromCommunity(merchantId, id, m.memberId(), reason, memberCount, now);
        });
    }

    private Either<CommunityRejection, Membership> ending(Membership membership) {
        requireNonNull(membership, "membership");
        if (!membership.communityId().equals(id) || !membership.isActive()) {
            return Either.left(new CommunityRejection(CommunityRejection.Reason.NOT_A_MEMBER,
                    membership.memberId() + " is not a member of " + id));
        }
        return Either.right(membership);
    }

    /** New settings, and archived or not; capacity cannot drop below the members already in. */
    public Either<CommunityRejection, DomainEvent> update(CommunitySettings newSettings, boolean archive, Instant now) {
        requireNonNull(newSettings, "newSettings");
        if (newSettings.capacity() < memberCount) {
            return Either.left(new CommunityRejection(CommunityRejection.Reason.CAPACITY_BELOW_MEMBER_COUNT,
                    "capacity " + newSettings.capacity() + " is below the " + memberCount + " members already in"));
        }
        settings = newSettings;
        archived = archive;
        return Either.right(new CommunityUpdated(merchantId, id, settings.name(), settings.capacity(),
                settings.positioning(), settings.minimumTier(), status(), now));
    }

    public CommunityStatus status() {
        if (archived) {
            return CommunityStatus.ARCHIVED;
        }
        return memberCount >= settings.capacity() ? CommunityStatus.FULL : CommunityStatus.OPEN;
    }

    public boolean hasRoom() {
        return memberCount < settings.capacity();
    }

    public CommunityId id() {
        return id;
    }

    public MerchantId merchantId() {
        return merchantId;
    }

    public CommunitySettings settings() {
        return settings;
    }

    public String name() {
        return settings.name();
    }

    public int capacity() {
        return settings.capacity();
    }

    public Optional<String> minimumTier() {
        return settings.minimumTier();
    }

    public ModerationPolicy moderation() {
        return settings.moderation();
    }

    public int memberCount() {
        return memberCount;
    }

    public boolean botRequested() {
        return botRequested;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
