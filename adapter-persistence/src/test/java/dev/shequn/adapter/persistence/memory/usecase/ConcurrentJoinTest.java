package dev.shequn.adapter.persistence.memory.usecase;

import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.domain.community.CommunityEvents.MemberJoinedCommunity;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.MemberId;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentJoinTest {

    @Test
    void givenManyThreadsJoiningAtOnce_whenCapacityRunsOut_thenNoCommunityIsOverfilledAndTheRestAreExhausted() throws Exception {
        InMemoryShequn app = new InMemoryShequn().withMerchant();
        CommunityId first = app.community("first", 30);
        CommunityId second = app.community("second", 20);
        String code = app.channel("POSTER", first, second);
        List<MemberId> members = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            members.add(app.member("wx-" + i));
        }

        List<Either<UseCaseError, JoinThroughChannelUseCase.Result>> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Either<UseCaseError, JoinThroughChannelUseCase.Result>>> joins = members.stream()
                    .<Callable<Either<UseCaseError, JoinThroughChannelUseCase.Result>>>map(m -> () -> app.shequn
                            .joinThroughChannel().joinThroughChannel(new JoinThroughChannelUseCase.Command(OLIVE_SHOP, code, m, null)))
                    .toList();
            for (Future<Either<UseCaseError, JoinThroughChannelUseCase.Result>> f : pool.invokeAll(joins)) {
                results.add(f.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(results.stream().filter(Either::isRight).count()).isEqualTo(50);
        assertThat(results.stream().filter(Either::isLeft).map(r -> r.getLeft().code())).containsOnly("CHANNEL_EXHAUSTED").hasSize(30);
        assertThat(app.ports.communities().find(OLIVE_SHOP, first).orElseThrow().memberCount()).isEqualTo(30);
        assertThat(app.ports.communities().find(OLIVE_SHOP, second).orElseThrow().memberCount()).isEqualTo(20);
        assertThat(app.events(MemberJoinedCommunity.class)).hasSize(50);
    }
}
