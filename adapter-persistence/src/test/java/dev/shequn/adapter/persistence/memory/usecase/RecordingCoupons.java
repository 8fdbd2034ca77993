package dev.shequn.adapter.persistence.memory.usecase;

import dev.shequn.application.port.out.CouponGranting;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coupon granting as the coupon use cases answer it, for tests of the referral side only: a code per
 * idempotency key, and a refusal for templates the test declares sold out.
 */
final class RecordingCoupons implements CouponGranting {

    record Granted(MemberId member, String templateId, String code) {}

    private final Map<String, Granted> byKey = new LinkedHashMap<>();
    private final Set<String> soldOut;

    RecordingCoupons(Set<String> soldOut) {
        this.soldOut = Set.copyOf(soldOut);
    }

    @Override
    public synchronized Either<String, String> grant(MerchantId merchantId, MemberId memberId, String templateId,
            String idempotencyKey, Instant now) {
        if (soldOut.contains(templateId)) {
            return Either.left("template " + templateId + " has no coupons left");
        }
        Granted granted = byKey.computeIfAbsent(idempotencyKey,
                k -> new Granted(memberId, templateId, "CPN-" + (byKey.size() + 1)));
        return Either.right(granted.code());
    }

    synchronized List<Granted> granted() {
        return List.copyOf(byKey.values());
    }
}
