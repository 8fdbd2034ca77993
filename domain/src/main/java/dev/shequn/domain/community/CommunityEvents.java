package dev.shequn.domain.community;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What happens to communities, memberships and join channels. */
public final class CommunityEvents {

    private CommunityEvents() {}

    public record CommunityCreated(MerchantId merchantId, CommunityId communityId, String name, MemberId leader,
            int capacity, Positioning positioning, Optional<String> minimumTier, Instant occurredAt)
            implements DomainEvent {}

    public record CommunityUpdated(MerchantId merchantId, CommunityId communityId, String name, int capacity,
            Positioning positioning, Optional<String> minimumTier, CommunityStatus status, Instant occurredAt)
            implements DomainEvent {}

    public record MemberJoinedCommunity(MerchantId merchantId, CommunityId communityId, MemberId memberId,
            Optional<ChannelId> channel, Optional<MemberId> inviter, int memberCount, Instant occurredAt)
            implements DomainEvent {}

    public record MemberLeftCommunity(MerchantId merchantId, CommunityId communityId, MemberId memberId,
            int memberCount, Instant occurredAt) implements DomainEvent {}

    public record MemberRemovedFromCommunity(MerchantId merchantId, CommunityId communityId, MemberId memberId,
            String reason, int memberCount, Instant occurredAt) implements DomainEvent {}

    public record MemberWarned(MerchantId merchantId, CommunityId communityId, MemberId memberId, String rule,
            int activeWarnings, Instant occurredAt) implements DomainEvent {}

    /** The community reached its bot threshold: the host should add an assistant bot (fires once). */
    public record AssistantBotRequested(MerchantId merchantId, CommunityId communityId, int memberCount,
            Instant occurredAt) implements DomainEvent {}

    public record JoinChannelCreated(MerchantId merchantId, ChannelId channelId, String code,
            List<CommunityId> pool, Instant occurredAt) implements DomainEvent {
        public JoinChannelCreated {
            pool = List.copyOf(pool);
        }
    }

    /** Every community behind a join channel is full or archived: the merchant should open another. */
    public record NewCommunityRequested(MerchantId merchantId, ChannelId channelId, String code,
            Instant occurredAt) implements DomainEvent {}
}
