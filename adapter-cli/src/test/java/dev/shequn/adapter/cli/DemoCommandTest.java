package dev.shequn.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.shared.MerchantId;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void givenAFreshStorage_whenRunningTheDemo_thenTheReportMatchesWhatTheStoryStored() throws Exception {
        InMemoryBackends storage = new InMemoryBackends();

        Shequn.Run run = Shequn.runOn(storage, "demo", "--output", "json", "--data", dir.resolve("demo").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("members").asLong()).isEqualTo(100);
        assertThat(report.path("joins").asLong()).isEqualTo(40);
        assertThat(report.path("firstPurchases").asLong()).isEqualTo(30);
        assertThat(report.path("repeatBuyers").asLong()).isEqualTo(15);
        assertThat(report.path("repurchaseRatePercent").asText()).isEqualTo("50.00");
        assertThat(report.path("paidOrders").asLong()).isEqualTo(6 * 3 + 9 * 2 + 15);
        assertThat(report.path("refunds").asLong()).isEqualTo(1);
        assertThat(report.path("refunded").asText()).isEqualTo("CNY 88.00");

        // The tier rows agree with the members as stored, counted here independently of the insight query.
        List<Member> members = storage.ports.unitOfWork().inTransaction(() ->
                storage.ports.members().findPage(new MerchantId("olive-house"), Optional.empty(), 1000));
        Map<String, Long> expected = new HashMap<>();
        members.forEach(m -> expected.merge("tier " + m.tierStanding().tier().orElse("(none)"), 1L, Long::sum));
        assertThat(expected.keySet()).hasSizeGreaterThan(1);
        expected.forEach((tier, count) -> assertThat(report.path(tier).asLong()).as(tier).isEqualTo(count));
    }

    @Test
    void givenADirectoryThatHoldsADatabase_whenRunningTheDemo_thenItRefusesWithExitCode2() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("used"));
        java.nio.file.Files.writeString(dir.resolve("used").resolve("shequn.mv.db"), "");

        Shequn.Run run = Shequn.runOn(new InMemoryBackends(), "demo", "--data", dir.resolve("used").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("already holds a database");
    }
}
