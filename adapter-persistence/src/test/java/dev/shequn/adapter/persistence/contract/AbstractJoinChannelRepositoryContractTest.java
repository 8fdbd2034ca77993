package dev.shequn.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.adapter.persistence.support.Aggregates;
import dev.shequn.application.port.out.JoinChannelRepository;
import dev.shequn.domain.community.ChannelId;
import dev.shequn.domain.community.JoinChannel;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class AbstractJoinChannelRepositoryContractTest extends BackendTest {

    private JoinChannelRepository channels;
    private MerchantId merchant;

    @BeforeEach
    void setUp() {
        channels = backend.joinChannels();
        merchant = aMerchant();
    }

    @Test
    void givenANewChannel_whenSaved_thenItReadsBackByIdAndByCodeWithItsPoolInOrder() {
        JoinChannel channel = Aggregates.channel(merchant, "ch-1", "SPRING-2026", List.of("c-3", "c-1", "c-2"));

        assertThat(channels.save(channel)).isTrue();

        JoinChannel byId = channels.find(merchant, new ChannelId("ch-1")).orElseThrow();
        JoinChannel byCode = channels.findByCode(merchant, "SPRING-2026").orElseThrow();
        assertThat(byId).usingRecursiveComparison().ignoringFields("version").isEqualTo(channel);
        assertThat(byCode).usingRecursiveComparison().isEqualTo(byId);
        assertThat(byId.pool()).extracting(c -> c.value()).containsExactly("c-3", "c-1", "c-2");
        assertThat(byId.version()).isEqualTo(1);
    }

    @Test
    void givenATakenIdOrCode_whenANewChannelIsSaved_thenItIsRefused() {
        channels.save(Aggregates.channel(merchant, "ch-1", "CODE-1", List.of("c-1")));

        assertThat(channels.save(Aggregates.channel(merchant, "ch-1", "CODE-2", List.of("c-1")))).isFalse();
        assertThat(channels.save(Aggregates.channel(merchant, "ch-2", "CODE-1", List.of("c-1")))).isFalse();
        assertThat(channels.findByCode(merchant, "CODE-2")).isEmpty();
        assertThat(channels.find(merchant, new ChannelId("ch-2"))).isEmpty();
    }

    @Test
    void givenAStoredChannel_whenSavedAtItsVersionThenAtAStaleOne_thenOnlyTheFirstWins() {
        channels.save(Aggregates.channel(merchant, "ch-1", "CODE-1", List.of("c-1")));
        JoinChannel loaded = channels.find(merchant, new ChannelId("ch-1")).orElseThrow();

        assertThat(channels.save(loaded)).isTrue();
        assertThat(channels.save(loaded)).isFalse();
        assertThat(channels.find(merchant, new ChannelId("ch-1")).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void givenTwoMerchants_whenBothUseOneCode_thenEachFindsItsOwn() {
        MerchantId other = aMerchant();
        channels.save(Aggregates.channel(merchant, "ch-1", "SHARED", List.of("c-1")));

        assertThat(channels.save(Aggregates.channel(other, "ch-9", "SHARED", List.of("c-9")))).isTrue();

        assertThat(channels.findByCode(merchant, "SHARED").orElseThrow().id().value()).isEqualTo("ch-1");
        assertThat(channels.findByCode(other, "SHARED").orElseThrow().id().value()).isEqualTo("ch-9");
        assertThat(channels.find(other, new ChannelId("ch-1"))).isEmpty();
    }
}
