package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The reads over real HTTP: a community, a channel by its code, a member with communities and balances. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadRoutesTest {

    private TestServer http;

    /** The server under test; a subclass runs the same tests on other storage. */
    TestServer newServer() {
        return new TestServer();
    }

    @BeforeAll
    void start() {
        http = newServer();
    }

    @AfterAll
    void stop() {
        http.close();
    }

    private static JsonNode ok(TestServer.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void givenAWorld_whenItsCommunityChannelAndMembersAreRead_thenAsWritten_andOthersSeeNothing() {
        World world = new World(http, "reads");
        String other = http.newMerchant("reads-other");

        JsonNode community = ok(http.get("/v1/communities/" + world.community, world.key));
        JsonNode channel = ok(http.get("/v1/channels/" + World.CHANNEL, world.key));
        JsonNode alice = ok(http.get("/v1/members/alice", world.key));
        JsonNode bob = ok(http.get("/v1/members/bob", world.key));

        assertThat(community.path("name").asText()).isEqualTo("Olive club");
        assertThat(community.path("leader").asText()).isEqualTo(world.alice);
        assertThat(community.path("memberCount").asInt()).as("bob; the leader is not counted").isEqualTo(1);
        assertThat(channel.path("pool").get(0).asText()).isEqualTo(world.community);
        assertThat(channel.path("code").asText()).isEqualTo(World.CHANNEL);
        assertThat(alice.path("id").asText()).isEqualTo(world.alice);
        assertThat(alice.path("communities")).as("leads, but never joined").isEmpty();
        assertThat(alice.path("balances").path("cashAvailable").path("amount").asText()).as("100.00 rebate, 50.00 asked")
                .isEqualTo("50.00");
        assertThat(alice.path("balances").path("cashWithdrawing").path("amount").asText()).isEqualTo("50.00");
        assertThat(bob.path("paidOrders").asLong()).as("the world's paid order").isEqualTo(1);
        assertThat(bob.path("totalSpend").path("amount").asText()).isEqualTo("336.00");
        assertThat(bob.path("communities").get(0).asText()).isEqualTo(world.community);

        List<TestServer.Answer> foreign = List.of(
                http.get("/v1/communities/" + world.community, other),
                http.get("/v1/channels/" + World.CHANNEL, other),
                http.get("/v1/members/alice", other),
                http.get("/v1/members/nobody", world.key),
                http.get("/v1/communities/c-404", world.key));
        assertThat(foreign).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.isProblem()).isTrue();
        });
        List<TestServer.Answer> anonymous = List.of(
                http.get("/v1/communities/" + world.community, null),
                http.get("/v1/channels/" + World.CHANNEL, "wrong-key"),
                http.get("/v1/members/alice", TestServer.ADMIN_KEY));
        assertThat(anonymous).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(401));
    }
}
