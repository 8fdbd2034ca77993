package dev.shequn.application.member;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.Commands;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.common.UseCaseError.NotFound;
import dev.shequn.application.port.in.CommunityView;
import dev.shequn.application.port.in.FindCommunityUseCase;
import dev.shequn.application.port.in.FindJoinChannelUseCase;
import dev.shequn.application.port.in.FindMemberUseCase;
import dev.shequn.application.port.in.MemberView;
import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.application.port.out.JoinChannelRepository;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.domain.community.Membership;
import io.vavr.control.Either;

/** Reads of communities, channels and members, straight from the repositories; nothing is written. */
public final class MemberQueries implements FindCommunityUseCase, FindJoinChannelUseCase, FindMemberUseCase {

    private final CommunityRepository communities;
    private final JoinChannelRepository channels;
    private final MemberRepository members;
    private final MembershipRepository memberships;

    public MemberQueries(CommunityRepository communities, JoinChannelRepository channels, MemberRepository members,
            MembershipRepository memberships) {
        this.communities = requireNonNull(communities, "communities");
        this.channels = requireNonNull(channels, "channels");
        this.members = requireNonNull(members, "members");
        this.memberships = requireNonNull(memberships, "memberships");
    }

    @Override
    public Either<UseCaseError, CommunityView> findCommunity(FindCommunityUseCase.Query query) {
        return Commands.ifValid(query, () -> communities.find(query.merchantId(), query.communityId())
                .<Either<UseCaseError, CommunityView>>map(c -> Either.right(CommunityView.of(c)))
                .orElseGet(() -> Either.left(new NotFound("community", query.communityId().value()))));
    }

    @Override
    public Either<UseCaseError, Channel> findJoinChannel(FindJoinChannelUseCase.Query query) {
        return Commands.ifValid(query, () -> channels.findByCode(query.merchantId(), query.code())
                .<Either<UseCaseError, Channel>>map(c -> Either.right(
                        new Channel(c.id(), c.name(), c.code(), c.pool(), c.createdAt())))
                .orElseGet(() -> Either.left(new NotFound("join channel", query.code()))));
    }

    @Override
    public Either<UseCaseError, FindMemberUseCase.Result> findMember(FindMemberUseCase.Query query) {
        return Commands.ifValid(query, () -> members.findByExternalId(query.merchantId(), query.externalId())
                .<Either<UseCaseError, FindMemberUseCase.Result>>map(m -> Either.right(new FindMemberUseCase.Result(
                        MemberView.of(m), memberships.findByMember(query.merchantId(), m.id()).stream()
                                .filter(Membership::isActive).map(Membership::communityId).toList())))
                .orElseGet(() -> Either.left(new NotFound("member", query.externalId()))));
    }
}
