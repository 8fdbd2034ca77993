package dev.shequn.domain.member;

import static dev.shequn.domain.testing.Fixtures.KEEP_A_YEAR;
import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;
import static dev.shequn.domain.testing.Fixtures.T0;
import static dev.shequn.domain.testing.Fixtures.aMember;
import static dev.shequn.domain.testing.Fixtures.cny;
import static dev.shequn.domain.testing.Fixtures.daysAfterT0;
import static dev.shequn.domain.testing.Fixtures.noTagRules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.member.MemberEvents.MemberTagsChanged;
import dev.shequn.domain.member.MemberEvents.PaidOrderRecorded;
import dev.shequn.domain.member.MemberEvents.RefundRecorded;
import dev.shequn.domain.shared.Money;
import java.time.Duration;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static final TagRules ALL_TAGS = new TagRules(OLIVE_SHOP, Optional.of(cny("500")), true, Optional.of(60), 0);

    @Test
    void givenTwoPaidOrders_whenRecorded_thenMetricsCountSpendAverageCategoriesAndDates() {
        Member member = aMember("m1");

        member.recordPaidOrder("o1", cny("100.00"), Set.of("oil"), daysAfterT0(1), noTagRules(), KEEP_A_YEAR, daysAfterT0(1));
        member.recordPaidOrder("o2", cny("50.01"), Set.of("vinegar"), daysAfterT0(3), noTagRules(), KEEP_A_YEAR, daysAfterT0(3));

        BehaviourMetrics metrics = member.metrics();
        assertThat(metrics.paidOrders()).isEqualTo(2);
        assertThat(metrics.totalSpend()).isEqualTo(cny("150.01"));
        assertThat(metrics.averageOrderValue()).isEqualTo(cny("75.01"));
        assertThat(metrics.categoriesBought()).containsExactly("oil", "vinegar");
        assertThat(metrics.firstPurchase()).contains(daysAfterT0(1));
        assertThat(metrics.lastPurchase()).contains(daysAfterT0(3));
    }

    @Test
    void givenAverageWithAHalfMinorUnit_whenAsked_thenRoundsHalfUp() {
        Member member = aMember("m1");
        member.recordPaidOrder("o1", cny("0.01"), Set.of(), T0, noTagRules(), KEEP_A_YEAR, T0);
        member.recordPaidOrder("o2", cny("0.02"), Set.of(), T0, noTagRules(), KEEP_A_YEAR, T0);

        assertThat(member.metrics().averageOrderValue()).isEqualTo(cny("0.02"));
    }

    @Test
    void givenSameOrderReportedTwice_whenRecorded_thenSecondChangesNothing() {
        Member member = aMember("m1");
        member.recordPaidOrder("o1", cny("100"), Set.of(), T0, noTagRules(), KEEP_A_YEAR, T0);

        var again = member.recordPaidOrder("o1", cny("100"), Set.of(), T0, noTagRules(), KEEP_A_YEAR, T0);

        assertThat(again.get()).isEmpty();
        assertThat(member.metrics().paidOrders()).isEqualTo(1);
        assertThat(member.metrics().totalSpend()).isEqualTo(cny("100"));
    }

    @Test
    void givenOrderInAnotherCurrency_whenRecorded_thenRefused() {
        Member member = aMember("m1");

        var result = member.recordPaidOrder("o1", Money.of("100", Currency.getInstance("JPY")), Set.of(), T0,
                noTagRules(), KEEP_A_YEAR, T0);

        assertThat(result.getLeft().reason()).isEqualTo(MemberRejection.Reason.CURRENCY_MISMATCH);
        assertThat(member.metrics().paidOrders()).isZero();
    }

    @Test
    void givenPartialThenFullRefund_whenRecorded_thenSpendDropsAndOrderLeavesTheCountOnlyWhenFullyRefunded() {
        Member member = aMember("m1");
        member.recordPaidOrder("o1", cny("100"), Set.of(), T0, noTagRules(), KEEP_A_YEAR, T0);
        member.recordPaidOrder("o2", cny("40"), Set.of(), T0, noTagRules(), KEEP_A_YEAR, T0);

        var partial = member.recordRefund("o1", cny("30"), noTagRules(), daysAfterT0(1));
        assertThat(partial.get()).singleElement().isInstanceOf(RefundRecorded.class);
        assertThat(member.metrics().paidOrders()).isEqualTo(2);
        assertThat(member.metrics().totalSpend()).isEqualTo(cny("110"));

        member.recordRefund("o1", cny("70"), noTagRules(), daysAfterT0(1));
        assertThat(member.metrics().paidOrders()).isEqualTo(1);
        assertThat(member.metrics().totalSpend()).isEqualTo(cny("40"));
        assertThat(member.paidOrdersWithin(Duration.ofDays(30), daysAfterT0(1))).isEqualTo(1);
    }

    @Test
    void givenRefundAboveWhatIsLeftOrOfAnUnknownOrder_whenRecorded_thenRefusedAndNothingChanges() {
        Member member = aMember("m1");
        member.recordPaidOrder("o1", cny("100"), Set.of(), T0, noTagRules(), KEEP_A_YEAR, T0);

        assertThat(member.recordRefund("o1", cny("100.01"), noTagRules(), T0).getLeft().reason())
                .isEqualTo(MemberRejection.Reason.REFUND_EXCEEDS_ORDER);
        assertThat(member.recordRefund("nope", cny("1"), noTagRules(), T0).getLeft().reason())
                .isEqualTo(MemberRejection.Reason.ORDER_NOT_FOUND);
        assertThat(member.metrics().totalSpend()).isEqualTo(cny("100"));
    }

    @Test
    void givenOrdersOlderThanTheRetention_whenANewOrderIsRecorded_thenTheyAreDroppedButLifetimeMetricsStay() {
        Member member = aMember("m1");
        member.recordPaidOrder("old", cny("10"), Set.of(), T0, noTagRules(), Duration.ofDays(30), T0);

        member.recordPaidOrder("new", cny("20"), Set.of(), daysAfterT0(31), noTagRules(), Duration.ofDays(30), daysAfterT0(31));

        assertThat(member.recentOrders()).extracting(PaidOrder::orderId).containsExactly("new");
        assertThat(member.metrics().paidOrders()).isEqualTo(2);
        assertThat(member.metrics().totalSpend()).isEqualTo(cny("30"));
    }

    @Test
    void givenTagRules_whenSpendCrossesThresholdAndCategoriesAreBought_thenTagsFollowEveryChange() {
        Member member = aMember("m1");

        var first = member.recordPaidOrder("o1", cny("300"), Set.of("oil"), T0, ALL_TAGS, KEEP_A_YEAR, T0).get();
        assertThat(first).hasSize(2).last().isInstanceOf(MemberTagsChanged.class);
        assertThat(member.automaticTags()).containsExactly("category:oil");

        member.recordPaidOrder("o2", cny("200"), Set.of("wine"), T0, ALL_TAGS, KEEP_A_YEAR, T0);
        assertThat(member.automaticTags()).containsExactly("category:oil", "category:wine", "high-value");

        var refund = member.recordRefund("o2", cny("0.01"), ALL_TAGS, T0).get();
        assertThat(member.automaticTags()).containsExactly("category:oil", "category:wine");
        assertThat(refund).last().isEqualTo(new MemberTagsChanged(OLIVE_SHOP, member.id(), java.util.List.of(),
                java.util.List.of("high-value"), T0));
    }

    @Test
    void givenNoPurchaseForTheLapseDays_whenRetagged_thenLapsedAndNotBefore() {
        Member member = aMember("m1");
        member.recordPaidOrder("o1", cny("10"), Set.of(), T0, ALL_TAGS, KEEP_A_YEAR, T0);

        assertThat(member.retag(ALL_TAGS, daysAfterT0(59))).isEmpty();
        assertThat(member.automaticTags()).doesNotContain("lapsed");

        assertThat(member.retag(ALL_TAGS, daysAfterT0(60))).isPresent();
        assertThat(member.automaticTags()).contains("lapsed");
    }

    @Test
    void givenMemberWhoNeverBought_whenRetagged_thenNotLapsed() {
        Member member = aMember("m1");

        member.retag(ALL_TAGS, daysAfterT0(1000));

        assertThat(member.automaticTags()).isEmpty();
    }

    @Test
    void givenNewProfile_whenUpdated_thenEventOnlyWhenSomethingChanged() {
        Member member = aMember("m1");
        Portrait portrait = new Portrait(Optional.of(Gender.FEMALE), Optional.of(AgeBand.FROM_25_TO_34), Optional.of("Hangzhou"));

        assertThat(member.updateProfile(portrait, Set.of("vip"), T0)).isPresent();
        assertThat(member.updateProfile(portrait, Set.of("vip"), T0)).isEmpty();
        assertThat(member.tags()).containsExactly("vip");
    }

    @Test
    void givenRecordedOrder_whenEventsRead_thenTheyCarryTheNewTotals() {
        Member member = aMember("m1");

        var events = member.recordPaidOrder("o1", cny("12.50"), Set.of(), T0, noTagRules(), KEEP_A_YEAR, T0).get();

        assertThat(events).containsExactly(new PaidOrderRecorded(OLIVE_SHOP, member.id(), "o1", cny("12.50"), 1, cny("12.50"), T0));
    }
}
