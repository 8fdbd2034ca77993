package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.InviteCode;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;

/** Gives a member its invite code, or answers the one it has ({@code created} false). {@code NOT_FOUND}: no such member. */
public interface CreateInviteCodeUseCase {

    Either<UseCaseError, Result> createInviteCode(Command command);

    record Command(@NotNull MerchantId merchantId, @NotNull MemberId memberId) implements SelfValidating {}

    record Result(InviteCode code, boolean created) {}
}
