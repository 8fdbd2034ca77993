package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.CatalogPromotionRepository;
import dev.shequn.domain.promotion.CatalogPromotion;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;
import java.util.Optional;

public final class InMemoryCatalogPromotionRepository implements CatalogPromotionRepository {

    private final VersionedTable<RowKey, CatalogPromotion> table;

    public InMemoryCatalogPromotionRepository(InMemoryStore store) {
        table = new VersionedTable<>(store, CatalogPromotion::version, (p, v) -> CatalogPromotion.reconstitute(
                p.merchantId(), p.definition(), p.couponTerms(), p.status(), p.createdAt(), p.updatedAt(), v));
    }

    @Override
    public Optional<CatalogPromotion> find(MerchantId merchantId, String promotionId) {
        return table.find(RowKey.of(merchantId, promotionId));
    }

    @Override
    public List<CatalogPromotion> findActive(MerchantId merchantId) {
        return findAll(merchantId).stream().filter(CatalogPromotion::isActive).toList();
    }

    @Override
    public List<CatalogPromotion> findAll(MerchantId merchantId) {
        return table.range(RowKey.of(merchantId), RowKey.afterMerchant(merchantId), Integer.MAX_VALUE);
    }

    @Override
    public boolean save(CatalogPromotion promotion) {
        return table.save(RowKey.of(promotion.merchantId(), promotion.id()), promotion);
    }
}
