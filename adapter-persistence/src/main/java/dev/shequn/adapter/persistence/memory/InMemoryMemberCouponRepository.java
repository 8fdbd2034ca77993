package dev.shequn.adapter.persistence.memory;

import static com.google.common.base.Preconditions.checkArgument;

import dev.shequn.application.port.out.MemberCouponRepository;
import dev.shequn.domain.promotion.CouponCode;
import dev.shequn.domain.promotion.CouponState;
import dev.shequn.domain.promotion.MemberCoupon;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryMemberCouponRepository implements MemberCouponRepository {

    private final VersionedTable<RowKey, MemberCoupon> table;

    public InMemoryMemberCouponRepository(InMemoryStore store) {
        table = new VersionedTable<>(store, MemberCoupon::version, (c, v) -> MemberCoupon.reconstitute(c.merchantId(),
                c.code(), c.promotionId(), c.memberId(), c.grantedAt(), c.window(), c.state(), c.orderId(), v));
    }

    @Override
    public Optional<MemberCoupon> find(MerchantId merchantId, CouponCode code) {
        return table.find(RowKey.of(merchantId, code.value()));
    }

    @Override
    public List<MemberCoupon> findByMember(MerchantId merchantId, String memberId) {
        return ofMerchant(merchantId).stream().filter(c -> c.memberId().equals(memberId))
                .sorted(Comparator.comparing(MemberCoupon::grantedAt).thenComparing(c -> c.code().value()))
                .toList();
    }

    @Override
    public long countGranted(MerchantId merchantId, String memberId, String promotionId) {
        return ofMerchant(merchantId).stream()
                .filter(c -> c.memberId().equals(memberId) && c.promotionId().equals(promotionId)).count();
    }

    @Override
    public List<MemberCoupon> findLapsed(Instant now, int limit) {
        checkArgument(limit > 0, "limit must be positive");
        return table.range(new RowKey("", "", ""), new RowKey("\uFFFF", "", ""), Integer.MAX_VALUE).stream()
                .filter(c -> c.state() == CouponState.AVAILABLE && c.window().isOver(now))
                .sorted(Comparator.comparing((MemberCoupon c) -> c.window().validUntil()).thenComparing(c -> c.code().value()))
                .limit(limit).toList();
    }

    /** A scan of the merchant's coupons: enough for an embedded catalogue, and the database has its index. */
    private List<MemberCoupon> ofMerchant(MerchantId merchantId) {
        return table.range(RowKey.of(merchantId), RowKey.afterMerchant(merchantId), Integer.MAX_VALUE);
    }

    @Override
    public boolean save(MemberCoupon coupon) {
        return table.save(RowKey.of(coupon.merchantId(), coupon.code().value()), coupon);
    }
}
