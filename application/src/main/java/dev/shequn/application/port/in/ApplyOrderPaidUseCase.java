package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A paid order as referrals see it: {@code paidAmount} after discounts, before shipping; {@code community} the
 * one the order is attributed to, if any. The buyer's first paid order triggers {@code INVITEE_FIRST_PURCHASE};
 * the community's leader (and, when the plan says so, the leader's inviter) earns commission. Points and cash
 * from the order stay frozen for the refund window from {@code paidAt}. Reporting the same order again pays
 * nothing more. Without {@code paidAt}, the order is paid now.
 */
public interface ApplyOrderPaidUseCase {

    Either<UseCaseError, Result> applyOrderPaid(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[^/]+", message = "must not contain '/'") String orderId,
            @NotNull MemberId memberId,
            CommunityId community,
            @NotNull Money paidAmount,
            Instant paidAt) implements SelfValidating {

        @AssertTrue(message = "paidAmount must be positive")
        public boolean isPaidPositive() {
            return paidAmount == null || paidAmount.isPositive();
        }
    }

    /** One level's commission on the order. */
    record CommissionView(int level, MemberId beneficiary, Money amount, Instant releaseAt) {}

    record Result(List<RewardView> rewards, List<CommissionView> commissions) {
        public Result {
            rewards = List.copyOf(rewards);
            commissions = List.copyOf(commissions);
        }
    }
}
