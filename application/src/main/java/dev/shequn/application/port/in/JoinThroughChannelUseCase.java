package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member scans a channel's code: they join the first community of its pool that is open, has room and
 * admits their tier. Already in one of them: nothing changes ({@code newlyJoined} false). Refusals:
 * {@code CHANNEL_EXHAUSTED} (a new community is requested through the outbox all the same) and
 * {@code TIER_TOO_LOW}.
 */
public interface JoinThroughChannelUseCase {

    Either<UseCaseError, Result> joinThroughChannel(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotBlank @Size(max = 64) String code,
            @NotNull MemberId memberId,
            MemberId inviter) implements SelfValidating {

        @AssertTrue(message = "a member cannot invite themselves")
        public boolean isInviterSomeoneElse() {
            return inviter == null || !inviter.equals(memberId);
        }
    }

    record Result(CommunityId communityId, boolean newlyJoined, int memberCount) {}
}
