package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A member by the host's own id (the one {@link UpsertMemberUseCase} takes): metrics, tags, tier, and the
 * communities it is an active member of. {@code NotFound} when the merchant has no such member.
 */
public interface FindMemberUseCase {

    Either<UseCaseError, Result> findMember(Query query);

    record Query(@NotNull MerchantId merchantId, @NotBlank @Size(max = 100) String externalId) implements SelfValidating {}

    record Result(MemberView member, List<CommunityId> communities) {
        public Result {
            communities = List.copyOf(communities);
        }
    }
}
