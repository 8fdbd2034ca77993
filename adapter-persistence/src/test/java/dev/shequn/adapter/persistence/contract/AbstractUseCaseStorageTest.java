package dev.shequn.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.shequn.adapter.persistence.support.Aggregates;
import dev.shequn.application.Shequn;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.CommunityView;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.in.EvaluateAllTiersUseCase;
import dev.shequn.application.port.in.RecordPaidOrderUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase.RuleKind;
import dev.shequn.application.port.in.SetTierLadderUseCase.RuleSpec;
import dev.shequn.application.port.in.SetTierLadderUseCase.TierSpec;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.application.port.out.EventOutbox.StoredEvent;
import dev.shequn.domain.community.CommunityEvents.AssistantBotRequested;
import dev.shequn.domain.community.CommunityEvents.MemberJoinedCommunity;
import dev.shequn.domain.community.CommunityEvents.NewCommunityRequested;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.CommunityStatus;
import dev.shequn.domain.community.Membership;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.tier.TierChanged;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application's use cases over one storage: the races the storage must keep exact, and the atomicity of a
 * unit of work, seen from the outside.
 */
public abstract class AbstractUseCaseStorageTest extends BackendTest {

    private static final int THREADS = 32;
    private static final int MEMBERS = 200;
    private static final int CAPACITY = 50;
    private static final int BOT_THRESHOLD = 40;

    private Shequn shequn;
    private MerchantId merchant;

    @BeforeEach
    void setUp() {
        shequn = new Shequn(backend.outPorts(), Clock.fixed(Aggregates.T0, ZoneOffset.UTC));
        merchant = aMerchant();
        assertThat(shequn.createMerchant().createMerchant(
                new CreateMerchantUseCase.Command(merchant, "Olive oil shop", Aggregates.CNY)).isRight()).isTrue();
    }

    private MemberId member(String externalId) {
        return shequn.upsertMember().upsertMember(UpsertMemberUseCase.Command.of(merchant, externalId)).get().member().id();
    }

    private CommunityId community(String name, MemberId leader) {
        Either<UseCaseError, CommunityView> created = shequn.createCommunity().createCommunity(
                new CreateCommunityUseCase.Command(merchant, name, leader, CAPACITY, Positioning.HIGH_FREQUENCY, null,
                        BOT_THRESHOLD, null));
        return created.get().id();
    }

    private List<DomainEvent> events() {
        return backend.eventOutbox().readAfter(merchant, 0, 100_000).stream().map(StoredEvent::event).toList();
    }

    @Test
    void given200MembersJoiningOneChannelFrom32Threads_whenDone_thenFourCommunitiesAreExactlyFullWithOneBotRequestEach()
            throws Exception {
        MemberId leader = member("leader");
        List<CommunityId> pool = IntStream.rangeClosed(1, 4).mapToObj(i -> community("Olive club " + i, leader)).toList();
        String code = shequn.createJoinChannel().createJoinChannel(
                new CreateJoinChannelUseCase.Command(merchant, "Spring flyer", "SPRING-2026", pool)).get().code();
        List<MemberId> joiners = IntStream.range(0, MEMBERS).mapToObj(i -> member("customer-" + i)).toList();

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Either<UseCaseError, JoinThroughChannelUseCase.Result>> results = new ArrayList<>();
        try {
            List<Callable<Either<UseCaseError, JoinThroughChannelUseCase.Result>>> joins = joiners.stream()
                    .<Callable<Either<UseCaseError, JoinThroughChannelUseCase.Result>>>map(m -> () -> shequn.joinThroughChannel()
                            .joinThroughChannel(new JoinThroughChannelUseCase.Command(merchant, code, m, null)))
                    .toList();
            for (Future<Either<UseCaseError, JoinThroughChannelUseCase.Result>> future : threads.invokeAll(joins)) {
                results.add(future.get());
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(results).allSatisfy(r -> assertThat(r.isRight()).as("%s", r).isTrue());
        assertThat(results).allMatch(r -> r.get().newlyJoined());
        assertThat(backend.communities().findAll(merchant, pool)).hasSize(4).allSatisfy(c -> {
            assertThat(c.memberCount()).isEqualTo(CAPACITY);
            assertThat(c.status()).isEqualTo(CommunityStatus.FULL);
            assertThat(c.botRequested()).isTrue();
        });
        Map<CommunityId, Long> joinedPerCommunity = results.stream()
                .collect(Collectors.groupingBy(r -> r.get().communityId(), Collectors.counting()));
        assertThat(joinedPerCommunity).containsOnlyKeys(pool).allSatisfy((c, n) -> assertThat(n).isEqualTo(CAPACITY));
        for (MemberId joiner : joiners) {
            List<Membership> memberships = backend.memberships().findByMember(merchant, joiner);
            assertThat(memberships).as("memberships of %s", joiner).hasSize(1).allMatch(Membership::isActive);
        }
        List<DomainEvent> events = events();
        assertThat(events).filteredOn(MemberJoinedCommunity.class::isInstance).hasSize(MEMBERS);
        List<CommunityId> botRequests = events.stream().filter(AssistantBotRequested.class::isInstance)
                .map(e -> ((AssistantBotRequested) e).communityId()).toList();
        assertThat(botRequests).containsExactlyInAnyOrderElementsOf(pool);
        assertThat(events).filteredOn(AssistantBotRequested.class::isInstance)
                .allMatch(e -> ((AssistantBotRequested) e).memberCount() == BOT_THRESHOLD);

        Either<UseCaseError, JoinThroughChannelUseCase.Result> late = shequn.joinThroughChannel()
                .joinThroughChannel(new JoinThroughChannelUseCase.Command(merchant, code, member("late"), null));
        assertThat(late.getLeft().code()).isEqualTo("CHANNEL_EXHAUSTED");
        assertThat(events()).last().isInstanceOf(NewCommunityRequested.class);
    }

    @Test
    void givenMembersAndANewLadder_whenAllTiersAreEvaluatedInBatches_thenEveryMemberIsVisitedOnce() {
        List<MemberId> members = IntStream.range(0, 230).mapToObj(i -> member("buyer-" + i)).toList();
        for (int i = 0; i < members.size(); i += 2) {
            assertThat(shequn.recordPaidOrder().recordPaidOrder(new RecordPaidOrderUseCase.Command(merchant,
                    members.get(i), "order-" + i, Aggregates.cny("99.00"), Set.of("oil"), null)).isRight()).isTrue();
        }
        shequn.setTierLadder().setTierLadder(new SetTierLadderUseCase.Command(merchant, List.of(new TierSpec("junior",
                "Junior", List.of(new RuleSpec(RuleKind.PAID_ORDERS_IN_WINDOW, 90, null, 1L)), List.of(), List.of())),
                null)).get();

        EvaluateAllTiersUseCase.Result result = shequn.evaluateAllTiers()
                .evaluateAllTiers(new EvaluateAllTiersUseCase.Command(merchant, 50)).get();

        assertThat(result).isEqualTo(new EvaluateAllTiersUseCase.Result(230, 115, 0));
        for (int i = 0; i < members.size(); i++) {
            Optional<String> tier = backend.members().find(merchant, members.get(i)).orElseThrow().tierStanding().tier();
            assertThat(tier).as("tier of buyer-%s", i).isEqualTo(i % 2 == 0 ? Optional.of("junior") : Optional.empty());
        }
        assertThat(events()).filteredOn(TierChanged.class::isInstance).hasSize(115);
    }

    @Test
    void givenAUseCaseThatFailsAfterItsFirstWrite_whenItEnds_thenNoRowAndNoEventRemain() {
        MemberId leader = member("leader");
        CommunityId club = community("Olive club", leader);
        List<DomainEvent> before = events();
        Member newcomer = Aggregates.member(merchant, "newcomer");

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> backend.unitOfWork().inTransaction(() -> {
            backend.members().save(newcomer);
            backend.eventOutbox().append(List.of(newcomer.registered()));
            var community = backend.communities().find(merchant, club).orElseThrow();
            community.join(newcomer.id(), Optional.empty(), Optional.empty(), Optional.empty(), t -> true, Aggregates.T0);
            backend.communities().save(community);
            throw new IllegalStateException("the host's call failed half-way");
        }));

        assertThat(backend.members().find(merchant, newcomer.id())).isEmpty();
        assertThat(backend.members().findByExternalId(merchant, newcomer.externalId())).isEmpty();
        assertThat(backend.communities().find(merchant, club).orElseThrow().memberCount()).isZero();
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void givenARefusedUseCase_whenItAnswersLeft_thenNothingItWroteRemains() {
        MemberId leader = member("leader");
        community("Olive club", leader);
        List<DomainEvent> before = events();

        Either<UseCaseError, CommunityView> refused = shequn.createCommunity().createCommunity(
                CreateCommunityUseCase.Command.of(merchant, "Without a leader", new MemberId("nobody"),
                        Positioning.NICHE));

        assertThat(refused.isLeft()).isTrue();
        assertThat(events()).isEqualTo(before);
        assertThat(events().stream().map(DomainEvent::type).collect(Collectors.toMap(Function.identity(), t -> 1, Integer::sum)))
                .containsEntry("CommunityCreated", 1);
    }
}
