package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A member's coupons, oldest grant first, each in its state as of now; {@code NotFound} for a member the merchant lacks. */
public interface ListMemberCouponsUseCase {

    Either<UseCaseError, List<CouponView>> listCoupons(Query query);

    record Query(@NotNull MerchantId merchantId, @NotNull MemberId memberId) implements SelfValidating {}
}
