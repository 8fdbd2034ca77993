package dev.shequn.application.port.out;

import dev.shequn.domain.promotion.CatalogPromotion;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;
import java.util.Optional;

/**
 * A merchant's promotion catalogue: definitions, coupon terms and status (what an operator edits). What the
 * promotions have spent lives in the {@link PromotionLedger}.
 *
 * <p>Optimistic versioning: {@code save} writes only if the stored version is still the one the aggregate was
 * read at (its {@code version()}, 0 for one never stored) and makes it {@code version() + 1}; otherwise it
 * writes nothing and answers {@code false} (also when a new promotion's id is taken in the merchant).
 */
public interface CatalogPromotionRepository {

    Optional<CatalogPromotion> find(MerchantId merchantId, String promotionId);

    /** The merchant's active promotions, automatic ones and coupon templates, by id. */
    List<CatalogPromotion> findActive(MerchantId merchantId);

    /** Every promotion of the merchant, in any status, by id. */
    List<CatalogPromotion> findAll(MerchantId merchantId);

    boolean save(CatalogPromotion promotion);
}
