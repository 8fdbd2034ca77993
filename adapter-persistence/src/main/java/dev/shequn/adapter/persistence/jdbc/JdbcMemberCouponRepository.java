package dev.shequn.adapter.persistence.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.MemberCouponRepository;
import dev.shequn.domain.promotion.CouponCode;
import dev.shequn.domain.promotion.CouponState;
import dev.shequn.domain.promotion.CouponValidity.CouponWindow;
import dev.shequn.domain.promotion.MemberCoupon;
import dev.shequn.domain.shared.MerchantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Member coupons, one row each, keyed by merchant and code. A coupon read by code inside a unit of work is
 * locked until it ends: two orders presenting the same coupon queue, and the second sees it held.
 */
public final class JdbcMemberCouponRepository implements MemberCouponRepository {

    private static final String COLUMNS =
            "code, promotion_id, member_id, granted_at, valid_from, valid_until, state, order_id, version";

    private final JdbcSession session;

    public JdbcMemberCouponRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Optional<MemberCoupon> find(MerchantId merchantId, CouponCode code) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(code, "code");
        return session.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM member_coupon WHERE merchant_id = :merchant AND code = :code" + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("code", code.value())
                .map((rs, ctx) -> coupon(merchantId, rs))
                .findOne());
    }

    @Override
    public List<MemberCoupon> findByMember(MerchantId merchantId, String memberId) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(memberId, "memberId");
        return session.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM member_coupon WHERE merchant_id = :merchant AND member_id = :member ORDER BY granted_at, code")
                .bind("merchant", merchantId.value())
                .bind("member", memberId)
                .map((rs, ctx) -> coupon(merchantId, rs))
                .list());
    }

    @Override
    public long countGranted(MerchantId merchantId, String memberId, String promotionId) {
        return session.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM member_coupon
                        WHERE merchant_id = :merchant AND member_id = :member AND promotion_id = :promotion""")
                .bind("merchant", merchantId.value())
                .bind("member", memberId)
                .bind("promotion", promotionId)
                .mapTo(Long.class)
                .one());
    }

    @Override
    public List<MemberCoupon> findLapsed(Instant now, int limit) {
        checkArgument(limit > 0, "limit must be positive");
        return session.withHandle(h -> h.createQuery("SELECT merchant_id, " + COLUMNS + """
                         FROM member_coupon WHERE state = :state AND valid_until <= :now
                        ORDER BY valid_until, code LIMIT :limit""")
                .bind("state", CouponState.AVAILABLE.name())
                .bind("now", Rows.utc(now))
                .bind("limit", limit)
                .map((rs, ctx) -> coupon(new MerchantId(rs.getString("merchant_id")), rs))
                .list());
    }

    @Override
    public boolean save(MemberCoupon coupon) {
        requireNonNull(coupon, "coupon");
        return session.withHandle(h -> {
            var statement = coupon.version() == 0
                    ? h.createUpdate("""
                            INSERT INTO member_coupon (merchant_id, code, promotion_id, member_id, granted_at, valid_from,
                                valid_until, state, order_id, version)
                            VALUES (:merchant, :code, :promotion, :member, :grantedAt, :validFrom, :validUntil, :state,
                                :order, 1)""")
                            .bind("promotion", coupon.promotionId())
                            .bind("member", coupon.memberId())
                            .bind("grantedAt", Rows.utc(coupon.grantedAt()))
                            .bind("validFrom", Rows.utc(coupon.window().validFrom()))
                            .bind("validUntil", Rows.utc(coupon.window().validUntil()))
                    : h.createUpdate("""
                            UPDATE member_coupon SET state = :state, order_id = :order, version = version + 1
                            WHERE merchant_id = :merchant AND code = :code AND version = :version""")
                            .bind("version", coupon.version());
            statement.bind("merchant", coupon.merchantId().value())
                    .bind("code", coupon.code().value())
                    .bind("state", coupon.state().name())
                    .bind("order", coupon.orderId().orElse(null));
            return coupon.version() == 0 ? Rows.insertUnlessTaken(h, statement) : Rows.updatedOne(statement);
        });
    }

    private static MemberCoupon coupon(MerchantId merchantId, ResultSet rs) throws SQLException {
        return MemberCoupon.reconstitute(merchantId, new CouponCode(rs.getString("code")), rs.getString("promotion_id"),
                rs.getString("member_id"), Rows.instant(rs, "granted_at"),
                new CouponWindow(Rows.instant(rs, "valid_from"), Rows.instant(rs, "valid_until")),
                CouponState.valueOf(rs.getString("state")), Rows.optionalString(rs, "order_id"), rs.getLong("version"));
    }
}
