package dev.shequn.domain.tier;

import static dev.shequn.domain.testing.Fixtures.KEEP_A_YEAR;
import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;
import static dev.shequn.domain.testing.Fixtures.T0;
import static dev.shequn.domain.testing.Fixtures.aMember;
import static dev.shequn.domain.testing.Fixtures.cny;
import static dev.shequn.domain.testing.Fixtures.daysAfterT0;
import static dev.shequn.domain.testing.Fixtures.noTagRules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.Member;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TierLadderTest {

    private static final Tier JUNIOR = new Tier("junior", "Junior",
            List.of(new QualificationRule.PaidOrdersInWindow(90, 1)), TierBenefits.none());
    private static final Tier SENIOR = new Tier("senior", "Senior",
            List.of(new QualificationRule.SpendInWindow(30, cny("1000")), new QualificationRule.PaidOrdersInWindow(30, 5)),
            new TierBenefits(List.of("coupon-senior-50"), List.of(new CommunityId("senior-club"))));
    private static final TierLadder LADDER = TierLadder.create(OLIVE_SHOP, List.of(JUNIOR, SENIOR), TierLadder.DEFAULT_GRACE);

    private static void pay(Member member, String orderId, String amount, Instant at) {
        member.recordPaidOrder(orderId, cny(amount), Set.of(), at, noTagRules(), KEEP_A_YEAR, at);
    }

    private static TierEvaluation evaluateAndApply(Member member, Instant now) {
        TierEvaluation evaluation = LADDER.evaluate(member, now);
        member.changeTierStanding(evaluation.standing());
        return evaluation;
    }

    @Test
    void givenFirstOrder_whenEvaluated_thenUpgradedAtOnceToJunior() {
        Member member = aMember("m1");
        pay(member, "o1", "50", T0);

        TierEvaluation evaluation = evaluateAndApply(member, T0);

        assertThat(member.tierStanding().tier()).contains("junior");
        TierChanged change = evaluation.change().orElseThrow();
        assertThat(change.from()).isEmpty();
        assertThat(change.to()).contains("junior");
        assertThat(change.direction()).isEqualTo(TierChanged.Direction.UPGRADE);
    }

    @Test
    void givenSpendReachesTheWindowThreshold_whenEvaluated_thenSeniorWithItsBenefitsNamed() {
        Member member = aMember("m1");
        pay(member, "o1", "600", T0);
        pay(member, "o2", "400", daysAfterT0(10));

        TierChanged change = evaluateAndApply(member, daysAfterT0(10)).change().orElseThrow();

        assertThat(change.to()).contains("senior");
        assertThat(change.couponTemplateIds()).containsExactly("coupon-senior-50");
        assertThat(change.communityIds()).containsExactly(new CommunityId("senior-club"));
    }

    @Test
    void givenSpendOutsideTheRollingWindow_whenEvaluated_thenItDoesNotCount() {
        Member member = aMember("m1");
        pay(member, "o1", "600", T0);
        pay(member, "o2", "400", daysAfterT0(30));

        evaluateAndApply(member, daysAfterT0(30));

        assertThat(member.tierStanding().tier()).contains("junior");
    }

    @Test
    void givenSeniorNoLongerQualifying_whenEvaluatedWithinGrace_thenKeepsTierAndDowngradesOnlyAfter30Days() {
        Member member = aMember("m1");
        pay(member, "o1", "1000", T0);
        evaluateAndApply(member, T0);
        assertThat(member.tierStanding().tier()).contains("senior");

        // The 30-day spend window closes at day 30: from then on the member qualifies only for junior.
        assertThat(evaluateAndApply(member, daysAfterT0(30)).change()).isEmpty();
        assertThat(member.tierStanding().notQualifyingSince()).contains(daysAfterT0(30));
        assertThat(evaluateAndApply(member, daysAfterT0(59)).change()).isEmpty();
        assertThat(member.tierStanding().tier()).contains("senior");

        TierChanged change = evaluateAndApply(member, daysAfterT0(60)).change().orElseThrow();
        assertThat(change.direction()).isEqualTo(TierChanged.Direction.DOWNGRADE);
        assertThat(change.from()).contains("senior");
        assertThat(change.to()).contains("junior");
        assertThat(member.tierStanding().notQualifyingSince()).isEmpty();
    }

    @Test
    void givenMemberRequalifiesDuringGrace_whenEvaluated_thenGraceClockResets() {
        Member member = aMember("m1");
        pay(member, "o1", "1000", T0);
        evaluateAndApply(member, T0);
        evaluateAndApply(member, daysAfterT0(30));

        pay(member, "o2", "1000", daysAfterT0(40));
        evaluateAndApply(member, daysAfterT0(40));
        assertThat(member.tierStanding()).extracting(s -> s.notQualifyingSince()).isEqualTo(Optional.empty());

        assertThat(evaluateAndApply(member, daysAfterT0(75)).change()).isEmpty();
        assertThat(member.tierStanding().tier()).contains("senior");
    }

    @Test
    void givenRefundTakesTheSpendBelowTheThreshold_whenEvaluated_thenDowngradeWaitsForGraceToo() {
        Member member = aMember("m1");
        pay(member, "o1", "1000", T0);
        evaluateAndApply(member, T0);
        member.recordRefund("o1", cny("500"), noTagRules(), daysAfterT0(1));

        assertThat(evaluateAndApply(member, daysAfterT0(1)).change()).isEmpty();
        assertThat(evaluateAndApply(member, daysAfterT0(31)).change().orElseThrow().to()).contains("junior");
    }

    @Test
    void givenLadder_whenCommunityAsksForAMinimumTier_thenRankDecides() {
        assertThat(LADDER.standingOf(Optional.of("senior")).holdsAtLeast("junior")).isTrue();
        assertThat(LADDER.standingOf(Optional.of("junior")).holdsAtLeast("senior")).isFalse();
        assertThat(LADDER.standingOf(Optional.empty()).holdsAtLeast("junior")).isFalse();
        assertThat(LADDER.standingOf(Optional.of("senior")).holdsAtLeast("platinum")).isFalse();
        assertThat(LADDER.longestWindow()).isEqualTo(java.time.Duration.ofDays(90));
    }
}
