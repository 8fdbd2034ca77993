package dev.shequn.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shequn.domain.shared.MerchantId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminCommandsTest {

    private final InMemoryBackends storage = new InMemoryBackends();

    private Shequn.Run run(String... args) {
        return Shequn.runOn(storage, args);
    }

    private void merchant() {
        assertThat(run("merchant", "create", "--id", "olive", "--name", "Olive House").exitCode()).isZero();
    }

    @Test
    void givenAMerchant_whenCreatingACommunityAndAChannel_thenBothAreStoredAndPrintedAsTables() {
        merchant();
        String leader = memberId("leader-1");

        Shequn.Run community = run("community", "create", "--merchant", "olive", "--name", "Olive Club", "--leader", leader);
        assertThat(community.exitCode()).as(community.err()).isZero();
        assertThat(community.out()).contains("field").contains("communityId").contains("Olive Club");
        String communityId = community.out().lines().filter(l -> l.startsWith("communityId"))
                .findFirst().orElseThrow().split("\\s+")[1];

        Shequn.Run channel = run("channel", "create", "--merchant", "olive", "--name", "QR at the till",
                "--code", "TILL-01", "--community", communityId);
        assertThat(channel.exitCode()).as(channel.err()).isZero();
        assertThat(channel.out()).contains("TILL-01");
        assertThat(storage.ports.communities().find(new MerchantId("olive"),
                new dev.shequn.domain.community.CommunityId(communityId))).isPresent();
    }

    @Test
    void givenJsonOutput_whenUpsertingAMemberTwice_thenTheSecondUpdatesTheSameMember() throws Exception {
        merchant();
        ObjectMapper json = new ObjectMapper();

        Shequn.Run first = run("member", "upsert", "--merchant", "olive", "--external-id", "c-1", "--tag", "vip,oil",
                "--output", "json");
        Shequn.Run second = run("member", "upsert", "--merchant", "olive", "--external-id", "c-1", "--region", "Shanghai",
                "--output", "json");

        JsonNode a = json.readTree(first.out());
        JsonNode b = json.readTree(second.out());
        assertThat(a.path("created").asBoolean()).isTrue();
        assertThat(b.path("created").asBoolean()).isFalse();
        assertThat(b.path("memberId").asText()).isEqualTo(a.path("memberId").asText());
        assertThat(a.path("tags").asText()).isEqualTo("oil,vip");
    }

    @Test
    void givenAMemberAndNoLadder_whenEvaluatingItsTier_thenItHasNoTierAndNothingChanged() {
        merchant();
        String memberId = memberId("c-1");

        Shequn.Run tier = run("tier", "evaluate", "--merchant", "olive", "--member", memberId, "--output", "json");

        assertThat(tier.exitCode()).as(tier.err()).isZero();
        assertThat(tier.out()).contains("\"tier\" : \"\"").contains("\"changed\" : false");
    }

    private String memberId(String externalId) {
        Shequn.Run member = run("member", "upsert", "--merchant", "olive", "--external-id", externalId, "--output", "json");
        assertThat(member.exitCode()).as(member.err()).isZero();
        try {
            return new ObjectMapper().readTree(member.out()).path("memberId").asText();
        } catch (Exception e) {
            throw new AssertionError(member.out(), e);
        }
    }

    @Test
    void givenALadderFileAndTagRules_whenSettingThem_thenTheyAreAcceptedAndABrokenLadderNamesTheField(
            @TempDir Path dir) throws Exception {
        merchant();
        Path ladder = dir.resolve("ladder.json");
        Files.writeString(ladder, """
                {"graceDays": 30, "tiers": [
                  {"code": "silver", "name": "Silver", "rules": [{"kind": "PAID_ORDERS_IN_WINDOW", "windowDays": 365, "minOrders": 2}]},
                  {"code": "gold", "name": "Gold", "rules": [{"kind": "SPEND_IN_WINDOW", "windowDays": 365, "minSpend": "500.00"}]}
                ]}""");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, """
                {"tiers": [{"code": "Gold!", "name": "Gold", "rules": [{"kind": "SPEND_IN_WINDOW", "windowDays": 365}]}]}""");

        Shequn.Run set = run("tier-ladder", "set", "--merchant", "olive", "--file", ladder.toString());
        Shequn.Run tags = run("tag-rules", "set", "--merchant", "olive", "--high-value-at", "800", "--category-tags");
        Shequn.Run refused = run("tier-ladder", "set", "--merchant", "olive", "--file", broken.toString());
        Shequn.Run unreadable = run("tier-ladder", "set", "--merchant", "olive", "--file", dir.resolve("none.json").toString());

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("silver,gold");
        assertThat(tags.exitCode()).as(tags.err()).isZero();
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("tiers[0].code").contains("tiers[0].rules[0]");
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(unreadable.err()).contains("Cannot read the ladder");
    }

    @Test
    void givenABlankName_whenCreatingACommunity_thenStandardErrorNamesTheFieldAndTheExitCodeIs2() {
        merchant();

        Shequn.Run run = run("community", "create", "--merchant", "olive", "--name", " ", "--leader", memberId("leader-1"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("invalid input").contains("name:");
    }

    @Test
    void givenAnUnknownMerchant_whenCreatingACommunity_thenItIsRefusedWithExitCode3() {
        Shequn.Run run = run("community", "create", "--merchant", "nobody", "--name", "Club", "--leader", "lead-1");

        assertThat(run.exitCode()).as("refused by the stored state, not bad input").isEqualTo(3);
        assertThat(run.err()).startsWith("error:");
    }

    @Test
    void givenAMissingRequiredOption_whenRunning_thenItIsAUsageErrorNamingTheOption() {
        Shequn.Run run = run("member", "upsert", "--merchant", "olive");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--external-id");
    }

    @Test
    void givenDataAndPostgresOptions_whenRunning_thenTheFactoryIsHandedTheChoice() {
        run("merchant", "create", "--id", "olive", "--name", "Olive House", "--data", "some-dir");
        assertThat(storage.lastChoice.dataDirectory()).isEqualTo(Path.of("some-dir"));
        assertThat(storage.lastChoice.dbUrl()).isEmpty();

        run("merchant", "create", "--id", "olive2", "--name", "Olive House", "--db-url", "jdbc:postgresql://db/shequn",
                "--db-user", "u", "--db-password", "secret");
        assertThat(storage.lastChoice.dbUrl()).contains("jdbc:postgresql://db/shequn");
        assertThat(storage.lastChoice.toString()).doesNotContain("secret");
    }

    @Test
    void givenADbUrlThatIsNotPostgres_whenRunning_thenItIsAUsageErrorBeforeAnythingOpens() {
        Shequn.Run run = run("merchant", "create", "--id", "olive", "--name", "Olive", "--db-url", "jdbc:mysql://db/x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--db-url");
        assertThat(storage.lastChoice).isNull();
    }

    @Test
    void givenStorageThatCannotOpen_whenRunning_thenOneErrorLineWithTheCauseAndExitCode1() {
        Backend.Factory broken = choice -> {
            throw new IllegalStateException("cannot open storage",
                    new IllegalStateException("Database may be already in use"));
        };

        Shequn.Run run = Shequn.runOn(broken, "merchant", "create", "--id", "olive", "--name", "Olive");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: cannot open storage <- Database may be already in use"
                + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "merchant create", "community create", "channel create", "member upsert",
        "tier evaluate", "demo", "tier-ladder set", "tag-rules set", "import members", "import orders", "export members", "price"})
    void givenHelp_whenAskingAnyCommand_thenItsUsageIsPrinted(String command) {
        String[] words = (command + " --help").split(" ");

        Shequn.Run run = run(words);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: shequn " + command);
    }

    @Test
    void givenAGroupWithoutSubcommand_whenRunning_thenItIsAUsageError() {
        Shequn.Run run = run("community");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing subcommand");
    }
}
