package dev.shequn.domain.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Invariants of every answer, over random carts and promotions of every kind (see {@link RandomPricing}). */
class PricingProperties {

    @Property(tries = 1500)
    void aPromotionsLineAllocationsAddUpToItsAmount(@ForAll long seed) {
        PricingFixtures.RequestBuilder request = RandomPricing.request(seed);
        PricingAnswer answer = request.price();
        Map<String, Long> allocated = new HashMap<>();
        for (PricingAnswer.LineResult line : answer.lines()) {
            for (PricingAnswer.Allocation a : line.allocations()) {
                assertThat(a.amount().minorUnits()).isPositive();
                allocated.merge(a.promotion(), a.amount().minorUnits(), Long::sum);
            }
        }
        Map<String, Promotion> byId = new HashMap<>();
        request.promotions().forEach(p -> byId.put(p.id(), p));
        for (PricingAnswer.Applied applied : answer.applied()) {
            Effect effect = byId.get(applied.promotion()).effect();
            long expected = effect instanceof Effect.ShippingOff ? 0 : applied.amount().minorUnits();
            assertThat(allocated.getOrDefault(applied.promotion(), 0L)).as("allocations of %s", applied.promotion())
                    .isEqualTo(expected);
            Promotion p = byId.get(applied.promotion());
            p.maxDiscount().ifPresent(cap -> assertThat(applied.amount().minorUnits()).isLessThanOrEqualTo(cap.minorUnits()));
        }
    }

    @Property(tries = 1500)
    void noLineTotalBelowZeroAndLinesAddUp(@ForAll long seed) {
        PricingAnswer answer = RandomPricing.request(seed).price();
        long discounts = 0;
        for (PricingAnswer.LineResult line : answer.lines()) {
            long allocated = line.allocations().stream().mapToLong(a -> a.amount().minorUnits()).sum();
            assertThat(line.discount().minorUnits()).isEqualTo(allocated);
            assertThat(line.total().minorUnits()).isNotNegative()
                    .isEqualTo(line.subtotal().minorUnits() - line.discount().minorUnits());
            discounts += line.discount().minorUnits();
        }
        assertThat(answer.discountTotal().minorUnits()).isEqualTo(discounts);
    }

    @Property(tries = 1500)
    void discountTotalNeverAboveSubtotal(@ForAll long seed) {
        PricingAnswer answer = RandomPricing.request(seed).price();
        assertThat(answer.discountTotal().minorUnits()).isNotNegative().isLessThanOrEqualTo(answer.subtotal().minorUnits());
        assertThat(answer.shippingDiscount().minorUnits()).isNotNegative().isLessThanOrEqualTo(answer.shipping().minorUnits());
    }

    @Property(tries = 1500)
    void totalEqualsTheContractsFormulaAndIsNeverNegative(@ForAll long seed) {
        PricingAnswer answer = RandomPricing.request(seed).price();
        long expected = answer.subtotal().minorUnits() - answer.discountTotal().minorUnits() + answer.shipping().minorUnits()
                - answer.shippingDiscount().minorUnits() - answer.depositPaid().minorUnits();
        assertThat(answer.total().minorUnits()).isEqualTo(expected).isNotNegative();
        assertThat(answer.depositPaid().minorUnits()).isNotNegative();
    }

    @Property(tries = 1000)
    void everyPromotionIsAppliedOrRejectedOnceInRequestOrder(@ForAll long seed) {
        PricingFixtures.RequestBuilder request = RandomPricing.request(seed);
        PricingAnswer answer = request.price();
        List<Promotion> promotions = request.promotions();
        List<String> rejectedIds = answer.rejected().stream().filter(r -> r.promotion().isPresent())
                .map(r -> r.promotion().get()).toList();
        List<String> expected = promotions.stream().map(Promotion::id)
                .filter(id -> answer.applied().stream().noneMatch(a -> a.promotion().equals(id))).toList();
        assertThat(rejectedIds).isEqualTo(expected);
        assertThat(answer.applied().size() + rejectedIds.size()).isEqualTo(promotions.size());
    }

    @Property(tries = 1000)
    void theSameRequestTwiceGivesTheSameAnswer(@ForAll long seed) {
        PricingFixtures.RequestBuilder request = RandomPricing.request(seed);
        PromotionSet set = PromotionSet.prepare(request.promotions());
        PricingAnswer once = set.price(request.build());
        PricingAnswer twice = set.price(request.build());
        PricingAnswer fresh = PromotionSet.prepare(request.promotions()).price(request.build());
        assertThat(twice).isEqualTo(once);
        assertThat(fresh).isEqualTo(once);
    }

    @Property(tries = 500)
    void promotionsNoLineCanReachChangeNothingButTheirOwnRejection(@ForAll long seed) {
        PricingFixtures.RequestBuilder request = RandomPricing.request(seed);
        PricingAnswer without = request.price();
        request.promotion(PricingFixtures.aPromotion("far-away").priority(99).exclusive().categories("far").percentOff("90"));
        PricingAnswer with = request.price();
        assertThat(with.lines()).isEqualTo(without.lines());
        assertThat(with.applied()).isEqualTo(without.applied());
        assertThat(with.total()).isEqualTo(without.total());
        assertThat(with.rejected()).anySatisfy(r -> assertThat(r.promotion()).contains("far-away"));
    }
}
