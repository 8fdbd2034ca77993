package dev.shequn.application.community;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.Commands;
import dev.shequn.application.common.Transactions;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.common.UseCaseRefusal;
import dev.shequn.application.common.UseCaseError.NotFound;
import dev.shequn.application.common.UseCaseError.Refused;
import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.port.in.CommunityView;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.LeaveCommunityUseCase;
import dev.shequn.application.port.in.ModerationSettings;
import dev.shequn.application.port.in.UpdateCommunityUseCase;
import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.IdGenerator;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.application.port.out.TierLadderRepository;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.CommunitySettings;
import dev.shequn.domain.community.CommunityStatus;
import dev.shequn.domain.community.Membership;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.tier.TierLadder;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Opening, changing and leaving communities. */
public final class CommunityService implements CreateCommunityUseCase, UpdateCommunityUseCase, LeaveCommunityUseCase {

    private final MerchantRepository merchants;
    private final CommunityRepository communities;
    private final MembershipRepository memberships;
    private final MemberRepository members;
    private final TierLadderRepository ladders;
    private final IdGenerator ids;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public CommunityService(MerchantRepository merchants, CommunityRepository communities,
            MembershipRepository memberships, MemberRepository members, TierLadderRepository ladders, IdGenerator ids,
            EventOutbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.merchants = requireNonNull(merchants, "merchants");
        this.communities = requireNonNull(communities, "communities");
        this.memberships = requireNonNull(memberships, "memberships");
        this.members = requireNonNull(members, "members");
        this.ladders = requireNonNull(ladders, "ladders");
        this.ids = requireNonNull(ids, "ids");
        this.outbox = requireNonNull(outbox, "outbox");
        this.transactions = new Transactions(unitOfWork);
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Either<UseCaseError, CommunityView> createCommunity(CreateCommunityUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("new community", () -> {
            MerchantId merchant = command.merchantId();
            if (merchants.find(merchant).isEmpty()) {
                return Either.left(new NotFound("merchant", merchant.value()));
            }
            Optional<String> minimumTier = Optional.ofNullable(command.minimumTier());
            return checkLeaderAndTier(merchant, command.leader(), minimumTier).flatMap(ok -> {
                CommunitySettings settings = new CommunitySettings(command.name(), command.leader(),
                        Optional.ofNullable(command.capacity()).orElse(CommunitySettings.DEFAULT_CAPACITY),
                        command.positioning(), minimumTier,
                        Optional.ofNullable(command.botThreshold()).orElse(CommunitySettings.DEFAULT_BOT_THRESHOLD),
                        Optional.ofNullable(command.moderation()).orElse(ModerationSettings.defaults()).toPolicy());
                Community community = Community.create(new CommunityId(ids.newId("c")), merchant, settings, clock.instant());
                VersionConflict.check(communities.save(community), "community " + community.id());
                outbox.append(List.of(community.created()));
                return Either.right(CommunityView.of(community));
            });
        }));
    }

    @Override
    public Either<UseCaseError, CommunityView> updateCommunity(UpdateCommunityUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("community " + command.communityId(), () -> {
            MerchantId merchant = command.merchantId();
            Optional<Community> found = communities.find(merchant, command.communityId());
            if (found.isEmpty()) {
                return Either.left(new NotFound("community", command.communityId().value()));
            }
            Community community = found.get();
            CommunitySettings old = community.settings();
            MemberId leader = Optional.ofNullable(command.leader()).orElse(old.leader());
            Optional<String> minimumTier = command.minimumTier() == null ? old.minimumTier()
                    : Optional.of(command.minimumTier()).filter(t -> !t.isEmpty());
            return checkLeaderAndTier(merchant, leader, minimumTier).flatMap(ok -> {
                CommunitySettings settings = new CommunitySettings(
                        Optional.ofNullable(command.name()).orElse(old.name()),
                        leader,
                        Optional.ofNullable(command.capacity()).orElse(old.capacity()),
                        Optional.ofNullable(command.positioning()).orElse(old.positioning()),
                        minimumTier,
                        Optional.ofNullable(command.botThreshold()).orElse(old.botThreshold()),
                        Optional.ofNullable(command.moderation()).map(ModerationSettings::toPolicy).orElse(old.moderation()));
                boolean archive = Optional.ofNullable(command.archived())
                        .orElse(community.status() == CommunityStatus.ARCHIVED);
                return community.update(settings, archive, clock.instant())
                        .<UseCaseError>mapLeft(r -> new Refused(r.reason(), r.detail()))
                        .map(event -> {
                            VersionConflict.check(communities.save(community), "community " + community.id());
                            outbox.append(List.of(event));
                            return CommunityView.of(community);
                        });
            });
        }));
    }

    @Override
    public Either<UseCaseError, CommunityView> leaveCommunity(LeaveCommunityUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("community " + command.communityId(), () -> {
            Instant now = clock.instant();
            Optional<Community> found = communities.find(command.merchantId(), command.communityId());
            if (found.isEmpty()) {
                return Either.left(new NotFound("community", command.communityId().value()));
            }
            Community community = found.get();
            Optional<Membership> membership = memberships.find(command.merchantId(), command.communityId(), command.memberId());
            if (membership.isEmpty()) {
                return Either.left(new Refused(UseCaseRefusal.NOT_A_MEMBER, command.memberId() + " is not a member of " + community.id()));
            }
            return community.leave(membership.get(), now)
                    .<UseCaseError>mapLeft(r -> new Refused(r.reason(), r.detail()))
                    .map(event -> {
                        VersionConflict.check(communities.save(community), "community " + community.id());
                        VersionConflict.check(memberships.save(membership.get()), "membership " + command.memberId());
                        outbox.append(List.of(event));
                        return CommunityView.of(community);
                    });
        }));
    }

    private Either<UseCaseError, Boolean> checkLeaderAndTier(MerchantId merchant, MemberId leader, Optional<String> minimumTier) {
        if (members.find(merchant, leader).isEmpty()) {
            return Either.left(new NotFound("member", leader.value()));
        }
        if (minimumTier.isPresent()) {
            Optional<TierLadder> ladder = ladders.find(merchant);
            if (ladder.map(l -> l.rankOf(minimumTier.get()) < 0).orElse(true)) {
                return Either.left(new Refused(UseCaseRefusal.UNKNOWN_TIER,
                        "tier " + minimumTier.get() + " is not on the merchant's tier ladder"));
            }
        }
        return Either.right(true);
    }
}
