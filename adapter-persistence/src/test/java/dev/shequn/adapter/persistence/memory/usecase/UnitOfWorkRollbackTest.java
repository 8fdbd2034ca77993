package dev.shequn.adapter.persistence.memory.usecase;

import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.shequn.application.OutPorts;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityEvents.CommunityCreated;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Membership;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UnitOfWorkRollbackTest {

    /** The outbox breaks after the community was saved: the save must not survive. */
    @Test
    void givenOutboxFailingMidWay_whenCreatingACommunity_thenNothingIsLeftBehind() {
        List<CommunityId> attempted = new java.util.ArrayList<>();
        InMemoryShequn app = new InMemoryShequn(p -> withOutbox(p, new FailingOutbox(p.outbox(), attempted))).withMerchant();
        MemberId leader = app.member("leader");
        int before = app.events().size();

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> app.shequn.createCommunity()
                .createCommunity(CreateCommunityUseCase.Command.of(OLIVE_SHOP, "Club", leader, Positioning.NICHE)));

        assertThat(attempted).hasSize(1);
        assertThat(app.ports.communities().find(OLIVE_SHOP, attempted.get(0))).isEmpty();
        assertThat(app.events()).hasSize(before);
    }

    /** The membership save breaks after the community's count went up: the count must not move. */
    @Test
    void givenMembershipSaveFailing_whenJoining_thenTheCommunityCountIsUnchanged() {
        AtomicInteger failures = new AtomicInteger(1);
        InMemoryShequn app = new InMemoryShequn(p -> withMemberships(p, new MembershipRepository() {
            @Override
            public Optional<Membership> find(MerchantId m, CommunityId c, MemberId member) {
                return p.memberships().find(m, c, member);
            }

            @Override
            public List<Membership> findByMember(MerchantId m, MemberId member) {
                return p.memberships().findByMember(m, member);
            }

            @Override
            public boolean save(Membership membership) {
                if (failures.getAndDecrement() > 0) {
                    throw new IllegalStateException("disk full");
                }
                return p.memberships().save(membership);
            }
        })).withMerchant();
        CommunityId club = app.community("club", 5);
        String code = app.channel("POSTER", club);
        MemberId member = app.member("a");
        int before = app.events().size();
        var join = new JoinThroughChannelUseCase.Command(OLIVE_SHOP, code, member, null);

        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> app.shequn.joinThroughChannel().joinThroughChannel(join));

        assertThat(app.ports.communities().find(OLIVE_SHOP, club).orElseThrow().memberCount()).isZero();
        assertThat(app.events()).hasSize(before);
        assertThat(app.shequn.joinThroughChannel().joinThroughChannel(join).get().memberCount()).isEqualTo(1);
    }

    @Test
    void givenVersionConflicts_whenSaving_thenRetriedInAFreshUnitOfWorkAndFinallyGivenUp() {
        AtomicInteger conflictsLeft = new AtomicInteger(2);
        InMemoryShequn app = new InMemoryShequn(p -> withCommunities(p, new ConflictingCommunities(p.communities(),
                conflictsLeft))).withMerchant();
        MemberId leader = app.member("leader");
        var command = CreateCommunityUseCase.Command.of(OLIVE_SHOP, "Club", leader, Positioning.NICHE);

        var created = app.shequn.createCommunity().createCommunity(command);
        assertThat(created.isRight()).isTrue();
        assertThat(app.events(CommunityCreated.class)).hasSize(1);

        conflictsLeft.set(Integer.MAX_VALUE);
        var gaveUp = app.shequn.createCommunity().createCommunity(command);
        assertThat(gaveUp.getLeft()).isInstanceOf(UseCaseError.ConcurrentUpdate.class);
        assertThat(app.events(CommunityCreated.class)).hasSize(1);
    }

    private static final class FailingOutbox implements EventOutbox {
        private final EventOutbox delegate;
        private final List<CommunityId> attempted;

        FailingOutbox(EventOutbox delegate, List<CommunityId> attempted) {
            this.delegate = delegate;
            this.attempted = attempted;
        }

        @Override
        public List<Long> append(List<? extends DomainEvent> events) {
            for (DomainEvent e : events) {
                if (e instanceof CommunityCreated created) {
                    attempted.add(created.communityId());
                }
            }
            if (!attempted.isEmpty()) {
                throw new IllegalStateException("outbox unavailable");
            }
            return delegate.append(events);
        }

        @Override
        public List<StoredEvent> readAfter(MerchantId merchantId, long afterSequence, int limit) {
            return delegate.readAfter(merchantId, afterSequence, limit);
        }
    }

    /** Loses the race a given number of times, as if another server saved first. */
    private static final class ConflictingCommunities implements CommunityRepository {
        private final CommunityRepository delegate;
        private final AtomicInteger conflictsLeft;

        ConflictingCommunities(CommunityRepository delegate, AtomicInteger conflictsLeft) {
            this.delegate = delegate;
            this.conflictsLeft = conflictsLeft;
        }

        @Override
        public Optional<Community> find(MerchantId merchantId, CommunityId id) {
            return delegate.find(merchantId, id);
        }

        @Override
        public List<Community> findAll(MerchantId merchantId, List<CommunityId> ids) {
            return delegate.findAll(merchantId, ids);
        }

        @Override
        public boolean save(Community community) {
            return conflictsLeft.getAndDecrement() <= 0 && delegate.save(community);
        }
    }

    private static OutPorts withOutbox(OutPorts p, EventOutbox outbox) {
        return new OutPorts(p.unitOfWork(), outbox, p.ids(), p.random(), p.merchants(), p.communities(),
                p.memberships(), p.channels(), p.members(), p.moderation(), p.tagRules(), p.tierLadders());
    }

    private static OutPorts withMemberships(OutPorts p, MembershipRepository memberships) {
        return new OutPorts(p.unitOfWork(), p.outbox(), p.ids(), p.random(), p.merchants(), p.communities(),
                memberships, p.channels(), p.members(), p.moderation(), p.tagRules(), p.tierLadders());
    }

    private static OutPorts withCommunities(OutPorts p, CommunityRepository communities) {
        return new OutPorts(p.unitOfWork(), p.outbox(), p.ids(), p.random(), p.merchants(), communities,
                p.memberships(), p.channels(), p.members(), p.moderation(), p.tagRules(), p.tierLadders());
    }
}
