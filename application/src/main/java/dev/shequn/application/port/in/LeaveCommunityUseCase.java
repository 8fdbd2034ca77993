package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;

/** A member leaves a community; refused with {@code NOT_A_MEMBER} when they are not in it. */
public interface LeaveCommunityUseCase {

    Either<UseCaseError, CommunityView> leaveCommunity(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotNull CommunityId communityId,
            @NotNull MemberId memberId) implements SelfValidating {}
}
