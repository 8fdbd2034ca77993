package dev.shequn.domain.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.Optional;

/**
 * One member in one community: since when, through which join channel, invited by whom. Leaving or removal
 * ends it; joining again starts it anew on the same record. Created and ended only through {@link Community},
 * which keeps the member count in step. {@code version}: stored version read at (0: new).
 */
public final class Membership {

    private final MerchantId merchantId;
    private final CommunityId communityId;
    private final MemberId memberId;
    private final long version;
    private Instant joinedAt;
    private Optional<ChannelId> channel;
    private Optional<MemberId> inviter;
    private MembershipStatus status;
    private Optional<Instant> endedAt;
    private Optional<String> removalReason;

    private Membership(MerchantId merchantId, CommunityId communityId, MemberId memberId, Instant joinedAt,
            Optional<ChannelId> channel, Optional<MemberId> inviter, MembershipStatus status,
            Optional<Instant> endedAt, Optional<String> removalReason, long version) {
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.communityId = requireNonNull(communityId, "communityId");
        this.memberId = requireNonNull(memberId, "memberId");
        this.joinedAt = requireNonNull(joinedAt, "joinedAt");
        this.channel = requireNonNull(channel, "channel");
        this.inviter = requireNonNull(inviter, "inviter");
        this.status = requireNonNull(status, "status");
        this.endedAt = requireNonNull(endedAt, "endedAt");
        this.removalReason = requireNonNull(removalReason, "removalReason");
        checkArgument((status == MembershipStatus.ACTIVE) == endedAt.isEmpty(), "only an ended membership has an end");
        checkArgument((status == MembershipStatus.REMOVED) == removalReason.isPresent(), "only a removal has a reason");
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
    }

    static Membership start(MerchantId merchantId, CommunityId communityId, MemberId memberId,
            Optional<ChannelId> channel, Optional<MemberId> inviter, Instant now) {
        return new Membership(merchantId, communityId, memberId, now, channel, inviter, MembershipStatus.ACTIVE,
                Optional.empty(), Optional.empty(), 0);
    }

    public static Membership reconstitute(MerchantId merchantId, CommunityId communityId, MemberId memberId,
            Instant joinedAt, Optional<ChannelId> channel, Optional<MemberId> inviter, MembershipStatus status,
            Optional<Instant> endedAt, Optional<String> removalReason, long version) {
        return new Membership(merchantId, communityId, memberId, joinedAt, channel, inviter, status, endedAt,
                removalReason, version);
    }

    void restart(Optional<ChannelId> newChannel, Optional<MemberId> newInviter, Instant now) {
        checkState(!isActive(), "an active membership cannot start again");
        joinedAt = now;
        channel = requireNonNull(newChannel, "newChannel");
        inviter = requireNonNull(newInviter, "newInviter");
        status = MembershipStatus.ACTIVE;
        endedAt = Optional.empty();
        removalReason = Optional.empty();
    }

    void end(MembershipStatus how, Optional<String> reason, Instant now) {
        checkState(isActive(), "only an active membership ends");
        status = how;
        endedAt = Optional.of(now);
        removalReason = reason;
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    public MerchantId merchantId() {
        return merchantId;
    }

    public CommunityId communityId() {
        return communityId;
    }

    public MemberId memberId() {
        return memberId;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Optional<ChannelId> channel() {
        return channel;
    }

    public Optional<MemberId> inviter() {
        return inviter;
    }

    public MembershipStatus status() {
        return status;
    }

    public Optional<Instant> endedAt() {
        return endedAt;
    }

    public Optional<String> removalReason() {
        return removalReason;
    }

    public long version() {
        return version;
    }
}
