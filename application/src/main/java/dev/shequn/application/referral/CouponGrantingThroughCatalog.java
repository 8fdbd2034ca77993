package dev.shequn.application.referral;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.port.in.CouponView;
import dev.shequn.application.port.in.GrantCouponUseCase;
import dev.shequn.application.port.out.CouponGranting;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * Coupon rewards granted through the coupon use case, inside the reward's unit of work. The reward's key is
 * stored in that same unit of work, so a coupon is granted at most once per key without an idempotency key of
 * its own. A grant that lost a race is not a reason to withhold: it makes the whole unit of work retry.
 */
public final class CouponGrantingThroughCatalog implements CouponGranting {

    private final GrantCouponUseCase grant;

    public CouponGrantingThroughCatalog(GrantCouponUseCase grant) {
        this.grant = requireNonNull(grant, "grant");
    }

    @Override
    public Either<String, String> grant(MerchantId merchantId, MemberId memberId, String templateId,
            String idempotencyKey, Instant now) {
        Either<UseCaseError, CouponView> granted = grant.grantCoupon(
                new GrantCouponUseCase.Command(merchantId, templateId, memberId));
        if (granted.isLeft() && granted.getLeft() instanceof UseCaseError.ConcurrentUpdate busy) {
            throw new VersionConflict(busy.what());
        }
        return granted.map(CouponView::code).mapLeft(CouponGrantingThroughCatalog::describe);
    }

    private static String describe(UseCaseError error) {
        if (error instanceof UseCaseError.Refused refused) {
            return refused.reason() + ": " + refused.detail();
        }
        if (error instanceof UseCaseError.NotFound missing) {
            return "NOT_FOUND: " + missing.kind() + " " + missing.id();
        }
        return error.code();
    }
}
