package dev.shequn.adapter.persistence.contract;

import static dev.shequn.adapter.persistence.support.Aggregates.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.adapter.persistence.support.Aggregates;
import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.CommunityStatus;
import dev.shequn.domain.community.JoinOutcome;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class AbstractCommunityRepositoryContractTest extends BackendTest {

    private CommunityRepository communities;
    private MerchantId merchant;

    @BeforeEach
    void setUp() {
        communities = backend.communities();
        merchant = aMerchant();
    }

    private Community join(Community community, String member) {
        JoinOutcome outcome = community.join(new MemberId(member), Optional.empty(), Optional.empty(), Optional.empty(),
                tier -> true, T0).get();
        assertThat(outcome).isInstanceOf(JoinOutcome.Joined.class);
        return community;
    }

    @Test
    void givenANewCommunity_whenSaved_thenItReadsBackEqualAtVersionOne() {
        Community community = Aggregates.community(merchant, "c-1", 3, 2);

        assertThat(communities.save(community)).isTrue();
        Community found = communities.find(merchant, new CommunityId("c-1")).orElseThrow();

        assertThat(found).usingRecursiveComparison().ignoringFields("version").isEqualTo(community);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void givenAStoredCommunity_whenSavedAsNewAgain_thenItIsRefused() {
        communities.save(Aggregates.community(merchant, "c-1", 3, 2));

        assertThat(communities.save(Aggregates.community(merchant, "c-1", 9, 2))).isFalse();
        assertThat(communities.find(merchant, new CommunityId("c-1")).orElseThrow().capacity()).isEqualTo(3);
    }

    @Test
    void givenJoinsSavedAtTheVersionRead_whenReloaded_thenCountStatusAndBotFlagFollow() {
        communities.save(Aggregates.community(merchant, "c-1", 2, 2));
        Community loaded = communities.find(merchant, new CommunityId("c-1")).orElseThrow();
        join(join(loaded, "a"), "b");

        assertThat(communities.save(loaded)).isTrue();
        Community again = communities.find(merchant, new CommunityId("c-1")).orElseThrow();

        assertThat(again.version()).isEqualTo(2);
        assertThat(again.memberCount()).isEqualTo(2);
        assertThat(again.botRequested()).isTrue();
        assertThat(again.status()).isEqualTo(CommunityStatus.FULL);
    }

    @Test
    void givenTwoCopiesReadAtOneVersion_whenBothSave_thenOnlyTheFirstWins() {
        communities.save(Aggregates.community(merchant, "c-1", 1, 5));
        Community first = communities.find(merchant, new CommunityId("c-1")).orElseThrow();
        Community second = communities.find(merchant, new CommunityId("c-1")).orElseThrow();
        join(first, "a");
        join(second, "b");

        assertThat(communities.save(first)).isTrue();
        assertThat(communities.save(second)).isFalse();
        assertThat(communities.find(merchant, new CommunityId("c-1")).orElseThrow().memberCount()).isEqualTo(1);
    }

    @Test
    void givenSeveralCommunities_whenFindingAll_thenTheyComeInTheOrderAskedAndMissingOnesAreLeftOut() {
        communities.save(Aggregates.community(merchant, "c-a", 5, 5));
        communities.save(Aggregates.community(merchant, "c-b", 5, 5));
        communities.save(Aggregates.community(merchant, "c-c", 5, 5));

        List<Community> found = communities.findAll(merchant,
                List.of(new CommunityId("c-c"), new CommunityId("c-x"), new CommunityId("c-a")));

        assertThat(found).extracting(c -> c.id().value()).containsExactly("c-c", "c-a");
        assertThat(communities.findAll(merchant, List.of())).isEmpty();
    }

    @Test
    void givenAnotherMerchantsCommunity_whenLookedUp_thenNothingIsFound() {
        communities.save(Aggregates.community(merchant, "c-1", 5, 5));
        MerchantId other = aMerchant();

        assertThat(communities.find(other, new CommunityId("c-1"))).isEmpty();
        assertThat(communities.findAll(other, List.of(new CommunityId("c-1")))).isEmpty();
        assertThat(communities.save(Aggregates.community(other, "c-1", 5, 5))).isTrue();
    }
}
