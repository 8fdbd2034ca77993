package dev.shequn.domain.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The random requests behind the properties do reach the interesting cases, not only empty answers. */
class RandomPricingTest {

    @Test
    void givenThousandSeeds_whenPricing_thenMostApplySomethingAndMostReasonsOccur() {
        int withApplied = 0;
        int withSeveralApplied = 0;
        int withDeposit = 0;
        Set<RejectionReason> reasons = EnumSet.noneOf(RejectionReason.class);
        for (long seed = 0; seed < 1000; seed++) {
            PricingAnswer answer = RandomPricing.request(seed).price();
            withApplied += answer.applied().isEmpty() ? 0 : 1;
            withSeveralApplied += answer.applied().size() > 1 ? 1 : 0;
            withDeposit += answer.depositPaid().isPositive() ? 1 : 0;
            answer.rejected().forEach(r -> reasons.add(r.reason()));
        }
        assertThat(withApplied).isGreaterThan(500);
        assertThat(withSeveralApplied).isGreaterThan(150);
        assertThat(withDeposit).isGreaterThan(30);
        assertThat(reasons).contains(RejectionReason.UNKNOWN_CODE, RejectionReason.CODE_NOT_PRESENTED,
                RejectionReason.TIER_NOT_ELIGIBLE, RejectionReason.USAGE_LIMIT_REACHED, RejectionReason.BUDGET_EXHAUSTED,
                RejectionReason.NO_TARGET_LINES, RejectionReason.MIN_SUBTOTAL_NOT_MET, RejectionReason.NOTHING_TO_DISCOUNT,
                RejectionReason.NOT_COMBINABLE);
    }
}
