package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.ModerationAction;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The host reports a message a member posted; the community's moderation rules answer {@code NONE},
 * {@code WARN} (recorded) or {@code REMOVE} (the membership ends), with the rule that fired.
 */
public interface ReportMessageUseCase {

    Either<UseCaseError, Result> reportMessage(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotNull CommunityId communityId,
            @NotNull MemberId memberId,
            @NotNull @Size(max = 20_000) String message) implements SelfValidating {}

    record Result(ModerationAction action, Optional<String> rule) {}
}
