package dev.shequn.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommissionPlanTest {

    static final CommunityId CLUB = new CommunityId("olive-club");
    static final MemberId LEADER = new MemberId("leader");
    static final MemberId UP = new MemberId("leaders-inviter");

    @Test
    void givenLeaderPercentOnly_whenOrderPaid_thenLeaderEarnsItAndSecondLevelIsOffByDefault() {
        CommissionPlan plan = new CommissionPlan(BindingTest.SHOP, CLUB, new BigDecimal("3"), Optional.empty(), 0);

        assertThat(plan.shares(Money.of("123.45", "CNY"), LEADER, Optional.of(UP)))
                .containsExactly(new CommissionPlan.Share(1, LEADER, Money.of("3.70", "CNY")));
    }

    @Test
    void givenSecondLevel_whenOrderPaid_thenLeadersInviterEarnsItsOwnPercent() {
        CommissionPlan plan = new CommissionPlan(BindingTest.SHOP, CLUB, new BigDecimal("5"),
                Optional.of(new BigDecimal("1.5")), 0);

        assertThat(plan.shares(Money.of("99.90", "CNY"), LEADER, Optional.of(UP))).containsExactly(
                new CommissionPlan.Share(1, LEADER, Money.of("5.00", "CNY")),
                new CommissionPlan.Share(2, UP, Money.of("1.50", "CNY")));
        assertThat(plan.shares(Money.of("99.90", "CNY"), LEADER, Optional.empty())).hasSize(1);
    }

    @Test
    void givenMoreThanTwoLevelsOrOverHundredPercent_thenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CommissionPlan.Share(3, UP, Money.of("1", "CNY")));
        assertThatIllegalArgumentException().isThrownBy(() -> new CommissionPlan(BindingTest.SHOP, CLUB,
                new BigDecimal("90"), Optional.of(new BigDecimal("20")), 0));
    }
}
