package dev.shequn.adapter.persistence.contract;

import static dev.shequn.adapter.persistence.support.Aggregates.T0;
import static dev.shequn.adapter.persistence.support.Aggregates.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.adapter.persistence.support.ReferralPorts;
import dev.shequn.application.port.out.IncentiveRepository;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.ledger.Amount;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.Beneficiary;
import dev.shequn.domain.referral.CommissionPlan;
import dev.shequn.domain.referral.IncentiveRule;
import dev.shequn.domain.referral.ReferralSettings;
import dev.shequn.domain.referral.Reward;
import dev.shequn.domain.referral.RewardGrant;
import dev.shequn.domain.referral.RewardKey;
import dev.shequn.domain.referral.Trigger;
import dev.shequn.domain.referral.WithheldReason;
import dev.shequn.domain.shared.MerchantId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class AbstractIncentiveRepositoryContractTest extends BackendTest {

    private static final MemberId ALICE = new MemberId("alice");
    private static final MemberId BOB = new MemberId("bob");

    private IncentiveRepository incentives;
    private MerchantId merchant;

    @BeforeEach
    void setUp() {
        incentives = ReferralPorts.of(backend).incentives();
        merchant = aMerchant();
    }

    private IncentiveRule rule(String id, Trigger trigger, Reward reward) {
        return IncentiveRule.create(id, merchant, new IncentiveRule.Definition("rule " + id, trigger, Beneficiary.BOTH,
                reward, OptionalLong.of(2), OptionalLong.empty(), Optional.of(T0), Optional.empty(),
                OptionalLong.of(5_000), true));
    }

    @Test
    void givenRulesOfEveryRewardKind_whenSaved_thenTheyReadBackEqualByTrigger() {
        List<IncentiveRule> saved = List.of(
                rule("a-points", Trigger.INVITEE_JOINED, new Reward.Points(30)),
                rule("b-cash", Trigger.INVITEE_JOINED, new Reward.FixedCash(cny("5.00"))),
                rule("c-percent", Trigger.INVITEE_JOINED, new Reward.PercentCash(new BigDecimal("2.50"))),
                rule("d-coupon", Trigger.INVITEE_JOINED, new Reward.Coupon("half-price")),
                rule("e-gift", Trigger.INVITEE_JOINED, new Reward.Gift("olive oil sample")),
                rule("f-other", Trigger.SHARE_REPORTED, new Reward.Points(1)));
        saved.forEach(r -> assertThat(incentives.saveRule(r)).isTrue());

        List<IncentiveRule> joined = incentives.findRules(merchant, Trigger.INVITEE_JOINED);

        assertThat(joined).extracting(IncentiveRule::id).containsExactly("a-points", "b-cash", "c-percent", "d-coupon",
                "e-gift");
        assertThat(joined).extracting(IncentiveRule::definition)
                .containsExactlyElementsOf(saved.subList(0, 5).stream().map(IncentiveRule::definition).toList());
        assertThat(incentives.findRules(aMerchant(), Trigger.INVITEE_JOINED)).isEmpty();
    }

    @Test
    void givenRuleSpending_whenSavedAtVersionRead_thenSpentKeptAndStaleCopyRefused() {
        incentives.saveRule(rule("r", Trigger.INVITEE_JOINED, new Reward.Points(30)));
        IncentiveRule first = incentives.findRule(merchant, "r").orElseThrow();
        IncentiveRule stale = incentives.findRule(merchant, "r").orElseThrow();
        first.redefine(new IncentiveRule.Definition("renamed", Trigger.INVITEE_JOINED, Beneficiary.INVITER,
                new Reward.Points(40), OptionalLong.empty(), OptionalLong.of(3), Optional.empty(),
                Optional.of(T0.plusSeconds(3600)), OptionalLong.empty(), false));

        assertThat(incentives.saveRule(first)).isTrue();
        assertThat(incentives.saveRule(stale)).isFalse();
        IncentiveRule found = incentives.findRule(merchant, "r").orElseThrow();
        assertThat(found.definition()).isEqualTo(first.definition());
        assertThat(found.version()).isEqualTo(2);
        assertThat(incentives.saveRule(rule("r", Trigger.INVITEE_JOINED, new Reward.Points(1))))
                .as("a new rule under a taken id").isFalse();
    }

    private RewardGrant grant(String rule, MemberId beneficiary, String occurrence, java.time.Instant at,
            Optional<WithheldReason> withheld) {
        RewardKey key = new RewardKey(merchant, rule, Trigger.INVITEE_TOP_UP, BOB, Beneficiary.Role.INVITER, occurrence);
        return new RewardGrant(key, beneficiary, new Reward.PercentCash(new BigDecimal("5")),
                withheld.isPresent() ? Optional.empty() : Optional.of(Amount.cash(cny("10.00"))), Optional.empty(),
                withheld, Optional.of("o-" + occurrence), at);
    }

    @Test
    void givenReward_whenAddedTwiceUnderOneKey_thenStoredOnceAndReadsBackEqual() {
        RewardGrant reward = grant("r", ALICE, "tu-1", T0, Optional.empty());

        assertThat(incentives.rewardExists(reward.key())).isFalse();
        assertThat(incentives.addReward(reward)).isTrue();
        assertThat(incentives.addReward(grant("r", ALICE, "tu-1", T0.plusSeconds(1), Optional.empty()))).isFalse();

        assertThat(incentives.rewardExists(reward.key())).isTrue();
        assertThat(incentives.findRewards(merchant, ALICE, 10)).containsExactly(reward);
    }

    @Test
    void givenGrantedAndWithheldRewards_whenCounted_thenOnlyGrantedSinceTheInstantCount() {
        incentives.addReward(grant("r", ALICE, "1", T0, Optional.empty()));
        incentives.addReward(grant("r", ALICE, "2", T0.plusSeconds(3600), Optional.empty()));
        RewardGrant withheld = grant("r", ALICE, "3", T0.plusSeconds(7200),
                Optional.of(new WithheldReason(WithheldReason.Code.FRAUD_SUSPECTED, "flagged [DEVICE_REUSED]")));
        incentives.addReward(withheld);
        incentives.addReward(grant("other", ALICE, "4", T0, Optional.empty()));

        assertThat(incentives.countGranted(merchant, "r", ALICE, T0)).isEqualTo(2);
        assertThat(incentives.countGranted(merchant, "r", ALICE, T0.plusSeconds(1))).isEqualTo(1);
        assertThat(incentives.countGranted(merchant, "r", BOB, T0)).isZero();
        assertThat(incentives.findRewards(merchant, ALICE, 10)).hasSize(4).contains(withheld);
        assertThat(incentives.findRewards(merchant, ALICE, 2)).hasSize(2);
    }

    @Test
    void givenCommissionPlanAndSettings_whenSavedAndReplaced_thenVersionedAndEqual() {
        CommunityId club = new CommunityId("club");
        CommissionPlan plan = new CommissionPlan(merchant, club, new BigDecimal("3.50"), Optional.empty(), 0);
        assertThat(incentives.saveCommissionPlan(plan)).isTrue();
        assertThat(incentives.saveCommissionPlan(plan)).isFalse();
        CommissionPlan replaced = new CommissionPlan(merchant, club, new BigDecimal("4"),
                Optional.of(new BigDecimal("1.25")), 1);
        assertThat(incentives.saveCommissionPlan(replaced)).isTrue();
        assertThat(incentives.findCommissionPlan(merchant, club)).contains(new CommissionPlan(merchant, club,
                new BigDecimal("4"), Optional.of(new BigDecimal("1.25")), 2));

        ReferralSettings settings = new ReferralSettings(merchant, 20, 5, Duration.ofDays(10), cny("2.50"),
                ZoneOffset.ofHours(-5), 0);
        assertThat(incentives.saveSettings(settings)).isTrue();
        assertThat(incentives.findSettings(merchant)).contains(new ReferralSettings(merchant, 20, 5,
                Duration.ofDays(10), cny("2.50"), ZoneOffset.ofHours(-5), 1));
        assertThat(incentives.saveSettings(settings)).isFalse();
        assertThat(incentives.findSettings(aMerchant())).isEmpty();
    }
}
