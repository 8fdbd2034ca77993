package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Grants a member a coupon of an active coupon template, with a fresh unique code. Refused with a reason:
 * {@code NOT_A_COUPON_TEMPLATE}, {@code NOT_ACTIVE}, {@code QUANTITY_EXHAUSTED}, {@code PER_MEMBER_LIMIT_REACHED},
 * {@code VALIDITY_OVER}.
 */
public interface GrantCouponUseCase {

    Either<UseCaseError, CouponView> grantCoupon(Command command);

    record Command(@NotNull MerchantId merchantId, @NotBlank @Size(max = 64) String promotionId,
            @NotNull MemberId memberId) implements SelfValidating {}
}
