package dev.shequn.adapter.persistence.contract;

import static dev.shequn.adapter.persistence.support.Aggregates.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.port.out.ModerationRepository;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.ModerationRecord;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class AbstractModerationRepositoryContractTest extends BackendTest {

    private static final CommunityId CLUB = new CommunityId("c-1");
    private static final MemberId ALICE = new MemberId("alice");

    private ModerationRepository moderation;
    private MerchantId merchant;

    @BeforeEach
    void setUp() {
        moderation = backend.moderation();
        merchant = aMerchant();
    }

    @Test
    void givenWarnings_whenSavedAndUpdated_thenTheyReadBackInOrderWithTheVersionRaised() {
        ModerationRecord record = ModerationRecord.create(merchant, CLUB, ALICE);
        record.warn(Duration.ofDays(30), T0);
        assertThat(moderation.save(record)).isTrue();

        ModerationRecord loaded = moderation.find(merchant, CLUB, ALICE).orElseThrow();
        loaded.warn(Duration.ofDays(30), T0.plus(Duration.ofDays(1)));
        assertThat(moderation.save(loaded)).isTrue();
        assertThat(moderation.save(loaded)).isFalse();

        ModerationRecord found = moderation.find(merchant, CLUB, ALICE).orElseThrow();
        assertThat(found.warnings()).containsExactly(T0, T0.plus(Duration.ofDays(1)));
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.activeWarnings(Duration.ofDays(30), T0.plus(Duration.ofDays(2)))).isEqualTo(2);
    }

    @Test
    void givenARecord_whenAnotherMemberCommunityOrMerchantIsAsked_thenNothingIsFound() {
        moderation.save(ModerationRecord.create(merchant, CLUB, ALICE));

        assertThat(moderation.find(merchant, CLUB, ALICE)).isPresent();
        assertThat(moderation.find(merchant, CLUB, new MemberId("bob"))).isEmpty();
        assertThat(moderation.find(merchant, new CommunityId("c-2"), ALICE)).isEmpty();
        assertThat(moderation.find(aMerchant(), CLUB, ALICE)).isEmpty();
        assertThat(moderation.save(ModerationRecord.create(merchant, CLUB, ALICE))).isFalse();
    }
}
