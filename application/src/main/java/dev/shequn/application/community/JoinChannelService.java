package dev.shequn.application.community;

import static java.util.Objects.requireNonNull;

import com.google.common.io.BaseEncoding;
import dev.shequn.application.common.Commands;
import dev.shequn.application.common.Transactions;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.common.UseCaseRefusal;
import dev.shequn.application.common.UseCaseError.AlreadyExists;
import dev.shequn.application.common.UseCaseError.NotFound;
import dev.shequn.application.common.UseCaseError.Refused;
import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.IdGenerator;
import dev.shequn.application.port.out.JoinChannelRepository;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.application.port.out.RandomSource;
import dev.shequn.application.port.out.TierLadderRepository;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.community.ChannelId;
import dev.shequn.domain.community.ChannelJoin;
import dev.shequn.domain.community.ChannelRefusal;
import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.JoinChannel;
import dev.shequn.domain.community.JoinOutcome;
import dev.shequn.domain.community.Membership;
import dev.shequn.domain.community.TierStandingCheck;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Join channels (活码): creating them, and routing members through them. */
public final class JoinChannelService implements CreateJoinChannelUseCase, JoinThroughChannelUseCase {

    private static final int CODE_BYTES = 5;

    private final MerchantRepository merchants;
    private final JoinChannelRepository channels;
    private final CommunityRepository communities;
    private final MembershipRepository memberships;
    private final MemberRepository members;
    private final TierLadderRepository ladders;
    private final IdGenerator ids;
    private final RandomSource random;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public JoinChannelService(MerchantRepository merchants, JoinChannelRepository channels,
            CommunityRepository communities, MembershipRepository memberships, MemberRepository members,
            TierLadderRepository ladders, IdGenerator ids, RandomSource random, EventOutbox outbox,
            UnitOfWork unitOfWork, Clock clock) {
        this.merchants = requireNonNull(merchants, "merchants");
        this.channels = requireNonNull(channels, "channels");
        this.communities = requireNonNull(communities, "communities");
        this.memberships = requireNonNull(memberships, "memberships");
        this.members = requireNonNull(members, "members");
        this.ladders = requireNonNull(ladders, "ladders");
        this.ids = requireNonNull(ids, "ids");
        this.random = requireNonNull(random, "random");
        this.outbox = requireNonNull(outbox, "outbox");
        this.transactions = new Transactions(unitOfWork);
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Either<UseCaseError, CreateJoinChannelUseCase.Result> createJoinChannel(CreateJoinChannelUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("new join channel", () -> {
            MerchantId merchant = command.merchantId();
            if (merchants.find(merchant).isEmpty()) {
                return Either.left(new NotFound("merchant", merchant.value()));
            }
            if (new HashSet<>(command.pool()).size() != command.pool().size()) {
                return Either.left(new Refused(UseCaseRefusal.DUPLICATE_COMMUNITY, "a community appears once in a channel's pool"));
            }
            List<CommunityId> found = communities.findAll(merchant, command.pool()).stream().map(Community::id).toList();
            Optional<CommunityId> missing = command.pool().stream().filter(id -> !found.contains(id)).findFirst();
            if (missing.isPresent()) {
                return Either.left(new NotFound("community", missing.get().value()));
            }
            String code = Optional.ofNullable(command.code()).orElseGet(this::randomCode);
            if (channels.findByCode(merchant, code).isPresent()) {
                return Either.left(new AlreadyExists("channel code", code));
            }
            JoinChannel channel = JoinChannel.create(new ChannelId(ids.newId("ch")), merchant, command.name(), code,
                    command.pool(), clock.instant());
            VersionConflict.check(channels.save(channel), "join channel " + code);
            outbox.append(List.of(channel.created()));
            return Either.right(new CreateJoinChannelUseCase.Result(channel.id(), channel.code()));
        }));
    }

    private String randomCode() {
        return BaseEncoding.base32().omitPadding().encode(random.nextBytes(CODE_BYTES)).toUpperCase(Locale.ROOT);
    }

    @Override
    public Either<UseCaseError, JoinThroughChannelUseCase.Result> joinThroughChannel(JoinThroughChannelUseCase.Command command) {
        // Committed even when refused: an exhausted channel still asks for a new community through the outbox.
        return Commands.ifValid(command, () -> transactions.commitEvenIfRefused("join channel " + command.code(), () -> {
            MerchantId merchant = command.merchantId();
            Instant now = clock.instant();
            Optional<JoinChannel> channel = channels.findByCode(merchant, command.code());
            if (channel.isEmpty()) {
                return Either.left(new NotFound("join channel", command.code()));
            }
            Optional<Member> member = members.find(merchant, command.memberId());
            if (member.isEmpty()) {
                return Either.left(new NotFound("member", command.memberId().value()));
            }
            TierStandingCheck tiers = ladders.find(merchant)
                    .map(l -> l.standingOf(member.get().tierStanding().tier()))
                    .orElse(TierStandingCheck.noTiers());
            List<Community> pool = communities.findAll(merchant, channel.get().pool());
            Map<CommunityId, Membership> current = memberships.findByMember(merchant, command.memberId()).stream()
                    .filter(m -> channel.get().pool().contains(m.communityId()))
                    .collect(Collectors.toMap(Membership::communityId, Function.identity()));
            Either<ChannelRefusal, ChannelJoin> routed = channel.get().route(
                    command.memberId(), pool, current, Optional.ofNullable(command.inviter()), tiers, now);
            if (routed.isLeft()) {
                routed.getLeft().event().ifPresent(e -> outbox.append(List.of(e)));
                return Either.left(new Refused(routed.getLeft().rejection().reason(),
                        routed.getLeft().rejection().detail()));
            }
            ChannelJoin join = routed.get();
            if (join.outcome() instanceof JoinOutcome.Joined joined) {
                VersionConflict.check(communities.save(join.community()), "community " + join.community().id());
                VersionConflict.check(memberships.save(joined.membership()), "membership " + command.memberId());
                outbox.append(joined.events());
            }
            return Either.right(new JoinThroughChannelUseCase.Result(join.community().id(),
                    join.outcome() instanceof JoinOutcome.Joined, join.community().memberCount()));
        }));
    }
}
