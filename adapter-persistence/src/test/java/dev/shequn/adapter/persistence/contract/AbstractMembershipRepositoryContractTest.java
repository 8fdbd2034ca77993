package dev.shequn.adapter.persistence.contract;

import static dev.shequn.adapter.persistence.support.Aggregates.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.adapter.persistence.support.Aggregates;
import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.domain.community.ChannelId;
import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.JoinOutcome;
import dev.shequn.domain.community.Membership;
import dev.shequn.domain.community.MembershipStatus;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class AbstractMembershipRepositoryContractTest extends BackendTest {

    private MembershipRepository memberships;
    private MerchantId merchant;

    @BeforeEach
    void setUp() {
        memberships = backend.memberships();
        merchant = aMerchant();
    }

    private Membership joined(String community, String member, Optional<String> inviter) {
        Community c = Aggregates.community(merchant, community, 10, 10);
        JoinOutcome outcome = c.join(new MemberId(member), Optional.empty(), Optional.of(new ChannelId("ch-1")),
                inviter.map(MemberId::new), tier -> true, T0).get();
        return ((JoinOutcome.Joined) outcome).membership();
    }

    @Test
    void givenANewMembership_whenSaved_thenItReadsBackEqualWithChannelAndInviter() {
        Membership membership = joined("c-1", "alice", Optional.of("bob"));

        assertThat(memberships.save(membership)).isTrue();
        Membership found = memberships.find(merchant, new CommunityId("c-1"), new MemberId("alice")).orElseThrow();

        assertThat(found).usingRecursiveComparison().ignoringFields("version").isEqualTo(membership);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.channel()).contains(new ChannelId("ch-1"));
        assertThat(found.inviter()).contains(new MemberId("bob"));
    }

    @Test
    void givenARemoval_whenSavedAtTheVersionRead_thenStatusEndAndReasonAreKept() {
        memberships.save(joined("c-1", "alice", Optional.empty()));
        Membership loaded = memberships.find(merchant, new CommunityId("c-1"), new MemberId("alice")).orElseThrow();
        Community community = Aggregates.community(merchant, "c-1", 10, 10);
        community.join(new MemberId("alice"), Optional.empty(), Optional.empty(), Optional.empty(), t -> true, T0);
        community.remove(loaded, "spam links after a warning", T0.plusSeconds(60)).get();

        assertThat(memberships.save(loaded)).isTrue();
        assertThat(memberships.save(loaded)).isFalse();

        Membership found = memberships.find(merchant, new CommunityId("c-1"), new MemberId("alice")).orElseThrow();
        assertThat(found.status()).isEqualTo(MembershipStatus.REMOVED);
        assertThat(found.endedAt()).contains(T0.plusSeconds(60));
        assertThat(found.removalReason()).contains("spam links after a warning");
        assertThat(found.inviter()).isEmpty();
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void givenAMemberInSeveralCommunities_whenListed_thenAllComeOrderedByCommunity() {
        memberships.save(joined("c-b", "alice", Optional.empty()));
        memberships.save(joined("c-a", "alice", Optional.empty()));
        memberships.save(joined("c-a", "bob", Optional.empty()));

        assertThat(memberships.findByMember(merchant, new MemberId("alice")))
                .extracting(m -> m.communityId().value()).containsExactly("c-a", "c-b");
        assertThat(memberships.findByMember(aMerchant(), new MemberId("alice"))).isEmpty();
    }

    @Test
    void givenAStoredMembership_whenSavedAsNewAgain_thenItIsRefused() {
        memberships.save(joined("c-1", "alice", Optional.empty()));

        assertThat(memberships.save(joined("c-1", "alice", Optional.of("carol")))).isFalse();
        assertThat(memberships.find(merchant, new CommunityId("c-1"), new MemberId("alice")).orElseThrow().inviter())
                .isEmpty();
    }
}
