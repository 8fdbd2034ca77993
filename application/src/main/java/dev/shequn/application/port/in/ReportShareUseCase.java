package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A member shared to its feed (分享朋友圈): the {@code SHARE_REPORTED} rules reward the sharer (as invitee)
 * and/or its inviter. The same {@code shareId} reported again rewards nothing more.
 */
public interface ReportShareUseCase {

    Either<UseCaseError, Result> reportShare(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotNull MemberId memberId,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[^/]+", message = "must not contain '/'") String shareId)
            implements SelfValidating {}

    record Result(List<RewardView> rewards) {
        public Result {
            rewards = List.copyOf(rewards);
        }
    }
}
