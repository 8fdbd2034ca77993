package dev.shequn.application.port.out;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * Grants a member a coupon from one of the merchant's coupon templates, for coupon rewards. Implemented over
 * the coupon use cases; runs inside the caller's unit of work. Granting twice with the same
 * {@code idempotencyKey} answers the first coupon's code again.
 */
public interface CouponGranting {

    /** The granted coupon's code, or why none could be granted (unknown template, none left, expired). */
    Either<String, String> grant(MerchantId merchantId, MemberId memberId, String templateId, String idempotencyKey,
            Instant now);
}
