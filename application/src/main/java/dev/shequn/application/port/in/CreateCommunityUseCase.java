package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Opens a community. Left out (null): capacity 500, bot threshold 100, no minimum tier, default moderation.
 * The leader must be a member of the merchant; a minimum tier must be on the merchant's ladder.
 */
public interface CreateCommunityUseCase {

    Either<UseCaseError, CommunityView> createCommunity(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotBlank @Size(max = 200) String name,
            @NotNull MemberId leader,
            @Min(1) @Max(100_000) Integer capacity,
            @NotNull Positioning positioning,
            @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,63}", message = "must be a tier code: 1 to 64 of a-z, 0-9, '-', '_'") String minimumTier,
            @Min(1) @Max(100_000) Integer botThreshold,
            @Valid ModerationSettings moderation) implements SelfValidating {

        /** The usual case: defaults for everything but the name, leader and positioning. */
        public static Command of(MerchantId merchantId, String name, MemberId leader, Positioning positioning) {
            return new Command(merchantId, name, leader, null, positioning, null, null, null);
        }
    }
}
