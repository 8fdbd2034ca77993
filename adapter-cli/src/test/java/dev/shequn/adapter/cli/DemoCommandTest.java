package dev.shequn.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shequn.application.port.in.ListMemberCouponsUseCase;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.math.BigDecimal;
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
        assertThat(report.path("joins").asLong()).as("40 through the card, 10 invited friends").isEqualTo(50);
        assertThat(report.path("firstPurchases").asLong()).as("20 imported, 30 members, 10 friends").isEqualTo(60);
        assertThat(report.path("repeatBuyers").asLong()).as("10 imported, 6 + 9 members").isEqualTo(25);
        assertThat(report.path("repurchaseRatePercent").asText()).isEqualTo("41.67");
        assertThat(report.path("paidOrders").asLong()).isEqualTo(30 + 6 * 3 + 9 * 2 + 15 + 10);
        assertThat(report.path("refunds").asLong()).isEqualTo(1);
        assertThat(report.path("refunded").asText()).as("two bottles at the 50% rung").isEqualTo("CNY 88.00");
        assertThat(new BigDecimal(report.path("discountCost").asText().substring(4))).isPositive();
        assertThat(report.path("rewardsGranted").asLong()).as("10 joins x 2 coupons, 10 first purchases, 1 top-up")
                .isEqualTo(31);
        assertThat(new BigDecimal(report.path("commissionBooked").asText().substring(4))).isPositive();
        assertThat(report.path("ladder past-1").asText()).isEqualTo("50% 40% 30%");

        // Coupons as the story used them: past-7 brought the welcome-back coupon to its second order, past-1 kept
        // its own (the ladder alone priced its three orders) and, as an inviter, holds two bring-a-friend coupons.
        assertThat(coupons(storage, "past-7")).containsExactly("welcome-back REDEEMED");
        assertThat(coupons(storage, "past-1")).containsExactlyInAnyOrder("welcome-back AVAILABLE",
                "friend-half AVAILABLE", "friend-half AVAILABLE");

        // The tier rows agree with the members as stored, counted here independently of the insight query.
        List<Member> members = storage.ports.unitOfWork().inTransaction(() ->
                storage.ports.members().findPage(new MerchantId("olive-house"), Optional.empty(), 1000));
        Map<String, Long> expected = new HashMap<>();
        members.forEach(m -> expected.merge("tier " + m.tierStanding().tier().orElse("(none)"), 1L, Long::sum));
        assertThat(expected.keySet()).hasSizeGreaterThan(1);
        expected.forEach((tier, count) -> assertThat(report.path(tier).asLong()).as(tier).isEqualTo(count));
    }

    private static List<String> coupons(InMemoryBackends storage, String externalId) {
        MerchantId merchant = new MerchantId("olive-house");
        MemberId member = storage.ports.unitOfWork().inTransaction(() ->
                storage.ports.members().findByExternalId(merchant, externalId)).orElseThrow().id();
        return storage.promotions.listMemberCoupons().listCoupons(new ListMemberCouponsUseCase.Query(merchant, member))
                .get().stream().map(c -> c.promotionId() + " " + c.state()).toList();
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
