package dev.shequn.application.pricing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.promotion.PromotionSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark workload priced for real: what the benchmark times is checked here on every build. */
class WorkloadTest {

    private static Workload ten;
    private static Workload hundred;
    private static Workload thousand;

    @BeforeAll
    static void load() {
        ten = Workload.load(10);
        hundred = Workload.load(100);
        thousand = Workload.load(1000);
    }

    @Test
    void givenEachWorkload_whenPricingEveryCart_thenEngineAgreesWithReferenceAndFullAnswer() {
        // The full JSON path reads every promotion per cart: all carts at N=10, a sample beyond (the
        // benchmark's own check runs all 64 at every N).
        int[] fullPathEvery = {1, 4, 16};
        Workload[] workloads = {ten, hundred, thousand};
        for (int w = 0; w < workloads.length; w++) {
            Workload workload = workloads[w];
            assertThat(workload.promotions).hasSize(workload.size);
            assertThat(workload.carts).hasSize(64);
            assertThat(WorkloadCheck.mismatches(workload, PromotionSet.prepare(workload.promotions), fullPathEvery[w]))
                    .as("workload %d", workload.size).isEmpty();
        }
    }

    @Test
    void givenHundredAndThousandPromotions_whenPricingEachCart_thenTheSameDiscounts() {
        PromotionSet small = PromotionSet.prepare(hundred.promotions);
        PromotionSet large = PromotionSet.prepare(thousand.promotions);
        long applied = 0;
        for (int c = 0; c < 64; c++) {
            PricingAnswer a = small.price(hundred.carts.get(c));
            PricingAnswer b = large.price(thousand.carts.get(c));
            assertThat(b.lines()).as("cart %d", c).isEqualTo(a.lines());
            assertThat(b.discountTotal()).isEqualTo(a.discountTotal());
            assertThat(b.applied()).isEqualTo(a.applied());
            assertThat(b.rejected()).hasSize(a.rejected().size() + 900);
            applied += a.applied().size();
        }
        // The README's figure: 4.1 promotions applied per cart on average at N=100 and N=1000.
        assertThat(applied / 64.0).isBetween(3.5, 4.7);
    }
}
