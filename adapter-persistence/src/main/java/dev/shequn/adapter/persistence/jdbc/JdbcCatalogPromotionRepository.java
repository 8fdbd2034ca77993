package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.CatalogPromotionRepository;
import dev.shequn.domain.promotion.CatalogPromotion;
import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.PromotionStatus;
import dev.shequn.domain.shared.MerchantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue, one row per promotion: status as a column (active ones are what every quote reads), the
 * definition and coupon terms as JSON. A promotion read by id inside a unit of work is locked until it ends, so
 * two edits queue; the list of active promotions is read without locks, as every order reads it.
 */
public final class JdbcCatalogPromotionRepository implements CatalogPromotionRepository {

    private static final String COLUMNS = "promotion_id, status, definition, coupon_terms, created_at, updated_at, version";

    private final JdbcSession session;
    private final JsonCodec json = JsonCodec.INSTANCE;

    public JdbcCatalogPromotionRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Optional<CatalogPromotion> find(MerchantId merchantId, String promotionId) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(promotionId, "promotionId");
        return session.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM promotion WHERE merchant_id = :merchant AND promotion_id = :id" + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("id", promotionId)
                .map((rs, ctx) -> promotion(merchantId, rs))
                .findOne());
    }

    @Override
    public List<CatalogPromotion> findActive(MerchantId merchantId) {
        requireNonNull(merchantId, "merchantId");
        return session.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM promotion WHERE merchant_id = :merchant AND status = :status ORDER BY promotion_id")
                .bind("merchant", merchantId.value())
                .bind("status", PromotionStatus.ACTIVE.name())
                .map((rs, ctx) -> promotion(merchantId, rs))
                .list());
    }

    @Override
    public List<CatalogPromotion> findAll(MerchantId merchantId) {
        requireNonNull(merchantId, "merchantId");
        return session.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM promotion WHERE merchant_id = :merchant ORDER BY promotion_id")
                .bind("merchant", merchantId.value())
                .map((rs, ctx) -> promotion(merchantId, rs))
                .list());
    }

    @Override
    public boolean save(CatalogPromotion promotion) {
        requireNonNull(promotion, "promotion");
        return session.withHandle(h -> {
            var statement = promotion.version() == 0
                    ? h.createUpdate("""
                            INSERT INTO promotion (merchant_id, promotion_id, status, coupon_template, definition,
                                coupon_terms, created_at, updated_at, version)
                            VALUES (:merchant, :id, :status, :template, :definition, :terms, :createdAt, :updatedAt, 1)""")
                            .bind("createdAt", Rows.utc(promotion.createdAt()))
                    : h.createUpdate("""
                            UPDATE promotion SET status = :status, coupon_template = :template, definition = :definition,
                                coupon_terms = :terms, updated_at = :updatedAt, version = version + 1
                            WHERE merchant_id = :merchant AND promotion_id = :id AND version = :version""")
                            .bind("version", promotion.version());
            statement.bind("merchant", promotion.merchantId().value())
                    .bind("id", promotion.id())
                    .bind("status", promotion.status().name())
                    .bind("template", promotion.isCouponTemplate())
                    .bind("definition", json.write(promotion.definition()))
                    .bind("terms", promotion.couponTerms().map(json::write).orElse(null))
                    .bind("updatedAt", Rows.utc(promotion.updatedAt()));
            return promotion.version() == 0 ? Rows.insertUnlessTaken(h, statement) : Rows.updatedOne(statement);
        });
    }

    private CatalogPromotion promotion(MerchantId merchantId, ResultSet rs) throws SQLException {
        return CatalogPromotion.reconstitute(merchantId, json.read(rs.getString("definition"), Promotion.class),
                Rows.optionalString(rs, "coupon_terms").map(t -> json.read(t, CouponTerms.class)),
                PromotionStatus.valueOf(rs.getString("status")), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"), rs.getLong("version"));
    }
}
