package dev.shequn.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.common.Violation;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandValidationTest {

    private static final MerchantId SHOP = new MerchantId("shop");

    @Test
    void givenValidCommand_whenValidated_thenNoViolations() {
        assertThat(CreateCommunityUseCase.Command.of(SHOP, "Olive club", new MemberId("m1"), Positioning.NICHE)
                .violations()).isEmpty();
    }

    @Test
    void givenSeveralBrokenFields_whenValidated_thenEveryViolationIsNamed() {
        var command = new CreateCommunityUseCase.Command(null, " ", null, 0, null, "", -1,
                new ModerationSettings(Set.of(""), Set.of(), -1, 0));

        assertThat(command.violations()).extracting(Violation::field).containsExactly(
                "botThreshold", "capacity", "leader", "merchantId", "minimumTier",
                "moderation.allowedLinkDomains[].<iterable element>", "moderation.warningWindowDays",
                "moderation.warningsBeforeRemoval", "name", "positioning");
    }

    @Test
    void givenNestedTierSpecs_whenBroken_thenPathsPointIntoTheList() {
        var badRule = new SetTierLadderUseCase.RuleSpec(SetTierLadderUseCase.RuleKind.SPEND_IN_WINDOW, 0, null, 3L);
        var tier = new SetTierLadderUseCase.TierSpec("Senior!", "", List.of(badRule), List.of(), List.of());
        var command = new SetTierLadderUseCase.Command(SHOP, List.of(tier, tier), -1);

        assertThat(command.violations()).extracting(Violation::field).contains(
                "eachCodeOnce", "graceDays", "tiers[0].code", "tiers[0].name", "tiers[0].rules[0].complete",
                "tiers[0].rules[0].windowDays");
    }

    @Test
    void givenSelfInviteOrNonPositiveAmount_whenValidated_thenCrossFieldRulesFire() {
        MemberId me = new MemberId("m1");
        assertThat(new JoinThroughChannelUseCase.Command(SHOP, "CODE1", me, me).violations())
                .containsExactly(new Violation("inviterSomeoneElse", "a member cannot invite themselves"));
        assertThat(new RecordPaidOrderUseCase.Command(SHOP, me, "o1", Money.of("0", "CNY"), Set.of(), null).violations())
                .containsExactly(new Violation("amountPositive", "amount must be positive"));
    }

    @Test
    void givenChannelWithoutCommunitiesOrBadCode_whenValidated_thenBothNamed() {
        var command = new CreateJoinChannelUseCase.Command(SHOP, "Poster", "no spaces", List.<CommunityId>of());

        assertThat(command.violations()).extracting(Violation::field).containsExactly("code", "pool");
    }

    @Test
    void givenBlankButNonEmptyTexts_whenValidated_thenRefusedHereRatherThanByTheDomainLater() {
        assertThat(new UpsertMemberUseCase.Command(SHOP, "wx-1", null, null, "  ", Set.of()).violations())
                .containsExactly(new Violation("region", "must not be blank"));
        assertThat(new UpdateCommunityUseCase.Command(SHOP, new CommunityId("c1"), " ", null, null, null, " ", null,
                null, null).violations()).extracting(Violation::field).containsExactly("minimumTier", "name");
        assertThat(new UpdateCommunityUseCase.Command(SHOP, new CommunityId("c1"), null, null, null, null, "", null,
                null, null).violations()).isEmpty();
    }
}
