package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * Sets the leader commission (群主佣金) of one community: the leader's percent of each paid order, and an
 * optional second level for the leader's own inviter (null: off). {@code NOT_FOUND}: no such community.
 */
public interface SetCommissionPlanUseCase {

    Either<UseCaseError, Result> setCommissionPlan(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotNull CommunityId communityId,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal leaderPercent,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal secondLevelPercent)
            implements SelfValidating {

        @AssertTrue(message = "the two levels together must not exceed 100 percent")
        public boolean isAtMostTheWholeOrder() {
            return leaderPercent == null || secondLevelPercent == null
                    || leaderPercent.add(secondLevelPercent).compareTo(BigDecimal.valueOf(100)) <= 0;
        }
    }

    record Result(CommunityId communityId, boolean created) {}
}
