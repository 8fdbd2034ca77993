package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.member.AgeBand;
import dev.shequn.domain.member.Gender;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Creates the member with this external id, or updates its portrait and manual tags. Portrait parts left out
 * (null) are unknown; {@code created} says which happened.
 */
public interface UpsertMemberUseCase {

    Either<UseCaseError, Result> upsertMember(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotBlank @Size(max = 100) String externalId,
            Gender gender,
            AgeBand ageBand,
            @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String region,
            @NotNull @Size(max = 100) Set<@NotBlank @Size(max = 100) String> manualTags) implements SelfValidating {

        /** A member known only by the host's id. */
        public static Command of(MerchantId merchantId, String externalId) {
            return new Command(merchantId, externalId, null, null, null, Set.of());
        }
    }

    record Result(MemberView member, boolean created) {}
}
