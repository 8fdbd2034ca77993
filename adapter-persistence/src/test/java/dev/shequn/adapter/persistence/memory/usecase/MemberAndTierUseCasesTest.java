package dev.shequn.adapter.persistence.memory.usecase;

import static dev.shequn.domain.testing.Fixtures.CNY;
import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;
import static dev.shequn.domain.testing.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.in.EvaluateAllTiersUseCase;
import dev.shequn.application.port.in.EvaluateTierUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.in.MemberView;
import dev.shequn.application.port.in.RecordPaidOrderUseCase;
import dev.shequn.application.port.in.RecordRefundUseCase;
import dev.shequn.application.port.in.SetTagRulesUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase.RuleKind;
import dev.shequn.application.port.in.SetTierLadderUseCase.RuleSpec;
import dev.shequn.application.port.in.SetTierLadderUseCase.TierSpec;
import dev.shequn.application.port.in.UpdateCommunityUseCase;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.AgeBand;
import dev.shequn.domain.member.Gender;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import dev.shequn.domain.tier.TierChanged;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberAndTierUseCasesTest {

    private final InMemoryShequn app = new InMemoryShequn().withMerchant();

    private void ladder(CommunityId seniorClub) {
        app.shequn.setTierLadder().setTierLadder(new SetTierLadderUseCase.Command(OLIVE_SHOP, List.of(
                new TierSpec("junior", "Junior", List.of(new RuleSpec(RuleKind.PAID_ORDERS_IN_WINDOW, 90, null, 1L)),
                        List.of("coupon-junior"), List.of()),
                new TierSpec("senior", "Senior", List.of(new RuleSpec(RuleKind.SPEND_IN_WINDOW, 30, cny("1000"), null)),
                        List.of("coupon-senior"), List.of(seniorClub))), null)).get();
    }

    private EvaluateTierUseCase.Result evaluate(MemberId member) {
        return app.shequn.evaluateTier().evaluateTier(new EvaluateTierUseCase.Command(OLIVE_SHOP, member)).get();
    }

    @Test
    void givenMerchantTwice_whenCreated_thenSecondRefusedAsExisting() {
        var again = app.shequn.createMerchant().createMerchant(new CreateMerchantUseCase.Command(OLIVE_SHOP, "Again", CNY));

        assertThat(again.getLeft()).isEqualTo(new UseCaseError.AlreadyExists("merchant", "olive-shop"));
    }

    @Test
    void givenExternalIdKnown_whenUpserted_thenSameMemberWithTheNewProfile() {
        MemberId first = app.member("wx-1");

        var updated = app.shequn.upsertMember().upsertMember(new UpsertMemberUseCase.Command(OLIVE_SHOP, "wx-1",
                Gender.FEMALE, AgeBand.FROM_25_TO_34, "Hangzhou", Set.of("vip"))).get();

        assertThat(updated.created()).isFalse();
        assertThat(updated.member().id()).isEqualTo(first);
        assertThat(updated.member().tags()).containsExactly("vip");
        assertThat(app.ports.members().find(OLIVE_SHOP, first).orElseThrow().portrait().region()).contains("Hangzhou");
    }

    @Test
    void givenMemberOfUnknownMerchant_whenUpserted_thenNotFound() {
        var result = app.shequn.upsertMember().upsertMember(
                UpsertMemberUseCase.Command.of(new MerchantId("nobody"), "x"));

        assertThat(result.getLeft()).isEqualTo(new UseCaseError.NotFound("merchant", "nobody"));
    }

    @Test
    void givenTagRulesAndTwoOrders_whenRecorded_thenMetricsAndTagsFollow() {
        app.shequn.setTagRules().setTagRules(new SetTagRulesUseCase.Command(OLIVE_SHOP, cny("300"), true, 60)).get();
        MemberId member = app.member("wx-1");

        app.pay(member, "o1", "100", "oil");
        app.pay(member, "o2", "200.50", "vinegar");
        MemberView view = app.shequn.evaluateTier().evaluateTier(new EvaluateTierUseCase.Command(OLIVE_SHOP, member))
                .map(r -> MemberView.of(app.ports.members().find(OLIVE_SHOP, member).orElseThrow())).get();

        assertThat(view.paidOrders()).isEqualTo(2);
        assertThat(view.totalSpend()).isEqualTo(cny("300.50"));
        assertThat(view.averageOrderValue()).isEqualTo(cny("150.25"));
        assertThat(view.tags()).containsExactly("category:oil", "category:vinegar", "high-value");
        app.advanceDays(60);
        evaluate(member);
        assertThat(app.ports.members().find(OLIVE_SHOP, member).orElseThrow().tags()).contains("lapsed");
    }

    @Test
    void givenRefund_whenRecorded_thenSpendDropsAndAnUnknownOrderIsRefused() {
        MemberId member = app.member("wx-1");
        app.pay(member, "o1", "100");

        var view = app.shequn.recordRefund().recordRefund(
                new RecordRefundUseCase.Command(OLIVE_SHOP, member, "o1", cny("100"))).get();
        var unknown = app.shequn.recordRefund().recordRefund(
                new RecordRefundUseCase.Command(OLIVE_SHOP, member, "o9", cny("1")));

        assertThat(view.paidOrders()).isZero();
        assertThat(view.totalSpend()).isEqualTo(cny("0"));
        assertThat(unknown.getLeft().code()).isEqualTo("ORDER_NOT_FOUND");
    }

    @Test
    void givenOrderInAnotherCurrency_whenRecorded_thenRefusedAndNothingChanges() {
        MemberId member = app.member("wx-1");
        int before = app.events().size();

        var result = app.shequn.recordPaidOrder().recordPaidOrder(new RecordPaidOrderUseCase.Command(OLIVE_SHOP, member,
                "o1", Money.of("5", Currency.getInstance("USD")), Set.of(), null));

        assertThat(result.getLeft().code()).isEqualTo("CURRENCY_MISMATCH");
        assertThat(app.events()).hasSize(before);
        assertThat(app.ports.members().find(OLIVE_SHOP, member).orElseThrow().metrics().paidOrders()).isZero();
    }

    @Test
    void givenLadder_whenOrdersArePaid_thenUpgradeAtOnceWithTheBenefitsNamed() {
        CommunityId seniorClub = app.community("senior club", 50);
        ladder(seniorClub);
        MemberId member = app.member("wx-1");

        app.pay(member, "o1", "400");
        app.pay(member, "o2", "600");

        List<TierChanged> changes = app.events(TierChanged.class);
        assertThat(changes).extracting(c -> c.to().orElseThrow()).containsExactly("junior", "senior");
        assertThat(changes.get(1).couponTemplateIds()).containsExactly("coupon-senior");
        assertThat(changes.get(1).communityIds()).containsExactly(seniorClub);
        assertThat(evaluate(member).tier()).contains("senior");
    }

    @Test
    void givenSeniorWhoStopsQualifying_whenEvaluatedOverTime_thenDowngradedOnlyAfterTheGracePeriod() {
        ladder(app.community("senior club", 50));
        MemberId member = app.member("wx-1");
        app.pay(member, "o1", "1000");

        app.advanceDays(30);
        assertThat(evaluate(member)).isEqualTo(new EvaluateTierUseCase.Result(member, java.util.Optional.of("senior"), false));
        app.advanceDays(29);
        assertThat(evaluate(member).tier()).contains("senior");
        app.advanceDays(1);
        var downgraded = evaluate(member);

        assertThat(downgraded.changed()).isTrue();
        assertThat(downgraded.tier()).contains("junior");
        assertThat(app.events(TierChanged.class)).last()
                .satisfies(c -> assertThat(c.direction()).isEqualTo(TierChanged.Direction.DOWNGRADE));
    }

    @Test
    void givenSeniorCommunity_whenAMemberBelowItJoins_thenTierTooLowUntilUpgraded() {
        CommunityId seniorClub = app.community("senior club", 50);
        ladder(seniorClub);
        app.shequn.updateCommunity().updateCommunity(new UpdateCommunityUseCase.Command(
                OLIVE_SHOP, seniorClub, null, null, null, null, "senior", null, null, null)).get();
        String code = app.channel("SENIORS", seniorClub);
        MemberId member = app.member("wx-1");
        var join = new JoinThroughChannelUseCase.Command(OLIVE_SHOP, code, member, null);

        assertThat(app.shequn.joinThroughChannel().joinThroughChannel(join).getLeft().code()).isEqualTo("TIER_TOO_LOW");
        app.pay(member, "o1", "1000");
        assertThat(app.shequn.joinThroughChannel().joinThroughChannel(join).get().communityId()).isEqualTo(seniorClub);
    }

    @Test
    void givenManyMembers_whenAllTiersAreEvaluatedInBatches_thenEachIsVisitedOnce() {
        ladder(app.community("senior club", 50)); // its leader is a member too
        List<MemberId> buyers = List.of("a", "b", "c", "d", "e", "f", "g").stream().map(app::member).toList();
        buyers.forEach(m -> app.pay(m, "o-" + m.value(), "1000"));
        app.advanceDays(30);

        var result = app.shequn.evaluateAllTiers().evaluateAllTiers(new EvaluateAllTiersUseCase.Command(OLIVE_SHOP, 3)).get();

        assertThat(result.evaluated()).isEqualTo(8);
        assertThat(result.skipped()).isZero();
        assertThat(result.changed()).isZero(); // the grace period starts now
        app.advanceDays(30);
        var later = app.shequn.evaluateAllTiers().evaluateAllTiers(new EvaluateAllTiersUseCase.Command(OLIVE_SHOP, 3)).get();
        assertThat(later.changed()).isEqualTo(7);
        buyers.forEach(m -> assertThat(evaluate(m).tier()).contains("junior"));
    }

    @Test
    void givenLadderWithForeignCurrencyOrUnknownCommunity_whenSet_thenRefused() {
        var usd = app.shequn.setTierLadder().setTierLadder(new SetTierLadderUseCase.Command(OLIVE_SHOP, List.of(
                new TierSpec("vip", "VIP", List.of(new RuleSpec(RuleKind.SPEND_IN_WINDOW, 30, Money.of("5", "USD"), null)),
                        List.of(), List.of())), null));
        var unknown = app.shequn.setTierLadder().setTierLadder(new SetTierLadderUseCase.Command(OLIVE_SHOP, List.of(
                new TierSpec("vip", "VIP", List.of(new RuleSpec(RuleKind.PAID_ORDERS_IN_WINDOW, 30, null, 2L)),
                        List.of(), List.of(new CommunityId("nope")))), null));

        assertThat(usd.getLeft().code()).isEqualTo("CURRENCY_MISMATCH");
        assertThat(unknown.getLeft()).isEqualTo(new UseCaseError.NotFound("community", "nope"));
        assertThat(app.ports.tierLadders().find(OLIVE_SHOP)).isEmpty();
    }
}
