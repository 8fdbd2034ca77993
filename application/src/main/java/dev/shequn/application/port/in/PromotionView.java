package dev.shequn.application.port.in;

import dev.shequn.domain.promotion.CatalogPromotion;
import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.PromotionCounters;
import dev.shequn.domain.promotion.PromotionStatus;
import java.util.Optional;

/** A catalogue promotion as use cases answer it: definition, terms, status and what it has spent. */
public record PromotionView(
        String id,
        PromotionStatus status,
        Promotion definition,
        Optional<CouponTerms> couponTerms,
        PromotionCounters counters) {

    public static PromotionView of(CatalogPromotion promotion, PromotionCounters counters) {
        return new PromotionView(promotion.id(), promotion.status(), promotion.definition(), promotion.couponTerms(),
                counters);
    }
}
