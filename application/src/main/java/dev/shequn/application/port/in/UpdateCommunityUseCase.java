package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Changes a community's settings, or archives and reopens it. A field left out (null) keeps its value; an
 * empty {@code minimumTier} removes the minimum. Capacity cannot drop below the members already in.
 */
public interface UpdateCommunityUseCase {

    Either<UseCaseError, CommunityView> updateCommunity(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotNull CommunityId communityId,
            @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
            MemberId leader,
            @Min(1) @Max(100_000) Integer capacity,
            Positioning positioning,
            @Pattern(regexp = "|[a-z0-9][a-z0-9_-]{0,63}", message = "must be empty or a tier code: 1 to 64 of a-z, 0-9, '-', '_'") String minimumTier,
            @Min(1) @Max(100_000) Integer botThreshold,
            @Valid ModerationSettings moderation,
            Boolean archived) implements SelfValidating {}
}
