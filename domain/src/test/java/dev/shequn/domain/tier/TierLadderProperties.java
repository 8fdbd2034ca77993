package dev.shequn.domain.tier;

import static dev.shequn.domain.testing.Fixtures.KEEP_A_YEAR;
import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;
import static dev.shequn.domain.testing.Fixtures.aMember;
import static dev.shequn.domain.testing.Fixtures.cny;
import static dev.shequn.domain.testing.Fixtures.daysAfterT0;
import static dev.shequn.domain.testing.Fixtures.noTagRules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.member.Member;
import dev.shequn.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TierLadderProperties {

    private static final TierLadder LADDER = TierLadder.create(OLIVE_SHOP, List.of(
            new Tier("junior", "Junior", List.of(new QualificationRule.PaidOrdersInWindow(60, 1)), TierBenefits.none()),
            new Tier("intermediate", "Intermediate", List.of(new QualificationRule.PaidOrdersInWindow(30, 3)), TierBenefits.none()),
            new Tier("senior", "Senior", List.of(new QualificationRule.SpendInWindow(30, cny("1000"))), TierBenefits.none())),
            TierLadder.DEFAULT_GRACE);

    /**
     * Orders on random days, evaluations on random later days: a member never holds less than they qualify for
     * (upgrades are immediate), and loses a tier exactly when they have not qualified for it, at every
     * evaluation, for at least the grace period.
     */
    @Property(tries = 300)
    void upgradesAreImmediateAndDowngradesWaitExactlyForTheGracePeriod(
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 200) Integer> orderDays,
            @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 900) Integer> orderAmounts,
            @ForAll @Size(min = 1, max = 40) Set<@IntRange(min = 0, max = 300) Integer> evaluationDays) {
        Member member = aMember("m1");
        for (int i = 0; i < orderDays.size(); i++) {
            Money amount = cny(Integer.toString(orderAmounts.isEmpty() ? 100 : orderAmounts.get(i % orderAmounts.size())));
            member.recordPaidOrder("o" + i, amount, Set.of(), daysAfterT0(orderDays.get(i)), noTagRules(), KEEP_A_YEAR,
                    daysAfterT0(orderDays.get(i)));
        }
        Instant streakStart = null;
        for (int day : new TreeSet<>(evaluationDays)) {
            Instant now = daysAfterT0(day);
            int held = rank(member);
            int qualifying = LADDER.highestQualifying(member, now).map(t -> LADDER.rankOf(t.code())).orElse(-1);
            if (qualifying >= held) {
                streakStart = null;
            } else if (streakStart == null) {
                streakStart = now;
            }
            boolean graceOver = streakStart != null && Duration.between(streakStart, now).compareTo(LADDER.gracePeriod()) >= 0;

            TierEvaluation evaluation = LADDER.evaluate(member, now);
            member.changeTierStanding(evaluation.standing());

            assertThat(rank(member)).as("held rank on day %s", day).isGreaterThanOrEqualTo(qualifying);
            boolean downgraded = evaluation.change().filter(c -> c.direction() == TierChanged.Direction.DOWNGRADE).isPresent();
            assertThat(downgraded).as("downgrade on day %s", day).isEqualTo(graceOver);
            if (downgraded) {
                assertThat(rank(member)).isEqualTo(qualifying);
                streakStart = null;
            }
        }
    }

    private static int rank(Member member) {
        return member.tierStanding().tier().map(LADDER::rankOf).orElse(-1);
    }
}
