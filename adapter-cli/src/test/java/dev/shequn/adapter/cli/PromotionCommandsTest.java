package dev.shequn.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shequn.application.port.in.ListMemberCouponsUseCase;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromotionCommandsTest {

    private static final String WELCOME = """
            {"definition": {"id": "welcome-back", "name": "Welcome back: half price", "code": "HALF", "currency": "CNY",
                            "conditions": [{"type": "memberOf", "communities": ["olive-club"]}],
                            "effect": {"type": "percentOff", "percent": "50"}},
             "couponTerms": {"perMemberLimit": 1, "validDays": 7, "refundPolicy": "restore"}}
            """;

    private final InMemoryBackends storage = new InMemoryBackends();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private Shequn.Run run(String... args) {
        return Shequn.runOn(storage, args);
    }

    private Path file(String text) throws Exception {
        Path file = dir.resolve("promotion.json");
        Files.writeString(file, text);
        return file;
    }

    private String member() throws Exception {
        assertThat(run("merchant", "create", "--id", "olive", "--name", "Olive House").exitCode()).isZero();
        Shequn.Run member = run("member", "upsert", "--merchant", "olive", "--external-id", "c-1", "--output", "json");
        return json.readTree(member.out()).path("memberId").asText();
    }

    @Test
    void givenACouponTemplateFile_whenCreatedActivatedAndGranted_thenTheMemberHoldsASevenDayCoupon() throws Exception {
        String member = member();

        Shequn.Run created = run("promotion", "create", "--merchant", "olive", "--file", file(WELCOME).toString(),
                "--output", "json");
        Shequn.Run grantedInDraft = run("coupon", "grant", "--merchant", "olive", "--promotion", "welcome-back",
                "--member", member);
        Shequn.Run activated = run("promotion", "status", "--merchant", "olive", "--id", "welcome-back",
                "--status", "active", "--output", "json");
        Shequn.Run granted = run("coupon", "grant", "--merchant", "olive", "--promotion", "welcome-back",
                "--member", member, "--output", "json");
        Shequn.Run again = run("coupon", "grant", "--merchant", "olive", "--promotion", "welcome-back",
                "--member", member);

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(json.readTree(created.out()).path("status").asText()).isEqualTo("draft");
        assertThat(json.readTree(created.out()).path("couponTemplate").asBoolean()).isTrue();
        assertThat(grantedInDraft.exitCode()).as("refused by the state").isEqualTo(3);
        assertThat(grantedInDraft.err()).contains("NOT_ACTIVE");
        assertThat(json.readTree(activated.out()).path("status").asText()).isEqualTo("active");
        JsonNode coupon = json.readTree(granted.out());
        assertThat(coupon.path("promotionId").asText()).isEqualTo("welcome-back");
        assertThat(coupon.path("state").asText()).isEqualTo("available");
        assertThat(again.err()).as("per-member limit 1").contains("PER_MEMBER_LIMIT_REACHED");
        var held = storage.promotions.listMemberCoupons().listCoupons(
                new ListMemberCouponsUseCase.Query(new MerchantId("olive"), new MemberId(member))).get();
        assertThat(held).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(coupon.path("code").asText());
            assertThat(c.validUntil()).isEqualTo(c.validFrom().plus(java.time.Duration.ofDays(7)));
        });
    }

    @Test
    void givenAFileWithBadFields_whenCreating_thenEachFieldIsNamedOnStderrWithExitCode2() throws Exception {
        member();
        String bad = """
                {"definition": {"id": "x", "code": "X", "effect": {"type": "percentOff", "percent": "150"}},
                 "couponTerms": {"validDays": 0, "refundPolicy": "keep"}, "extra": 1}
                """;

        Shequn.Run run = run("promotion", "create", "--merchant", "olive", "--file", file(bad).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("/definition/effect/percent").contains("/couponTerms/validDays")
                .contains("/couponTerms/refundPolicy").contains("/extra");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void givenAnUnknownStatus_whenChangingIt_thenTheOptionIsNamedWithExitCode2() throws Exception {
        member();
        run("promotion", "create", "--merchant", "olive", "--file", file(WELCOME).toString());

        Shequn.Run run = run("promotion", "status", "--merchant", "olive", "--id", "welcome-back", "--status", "live");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--status").contains("live");
    }
}
