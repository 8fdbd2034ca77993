package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.FraudFlag;
import dev.shequn.domain.referral.InviteCode;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * Binds an invitee to its inviter when it joins or registers, named by the inviter's id or invite code, and
 * runs the {@code INVITEE_JOINED} rules in the same unit of work. {@code joinedCommunity}: the community whose
 * join brought the invitee in, if any (a membership there is the one being made, not an earlier one).
 * Refusals: {@code SELF_INVITE}, {@code ALREADY_BOUND}, {@code ALREADY_MEMBER}, {@code CYCLE},
 * {@code DAILY_CAP_REACHED}; {@code NOT_FOUND} for an unknown member or code. Fraud signals never refuse the
 * binding; they flag it, and its rewards are withheld naming the flags.
 */
public interface BindInviteeUseCase {

    Either<UseCaseError, Result> bindInvitee(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotNull MemberId invitee,
            MemberId inviter,
            @Size(min = 1, max = 32) String inviteCode,
            CommunityId joinedCommunity,
            @Size(min = 1, max = 128) String deviceHash,
            @Size(min = 1, max = 128) String phoneHash) implements SelfValidating {

        public static Command byInviter(MerchantId merchantId, MemberId invitee, MemberId inviter) {
            return new Command(merchantId, invitee, inviter, null, null, null, null);
        }

        public static Command byCode(MerchantId merchantId, MemberId invitee, String code) {
            return new Command(merchantId, invitee, null, code, null, null, null);
        }

        @AssertTrue(message = "name the inviter by id or by invite code, not both")
        public boolean isInviterNamedOnce() {
            return (inviter == null) != (inviteCode == null);
        }

        @AssertTrue(message = "an invite code is 8 characters without look-alikes")
        public boolean isInviteCodeWellFormed() {
            return inviteCode == null || InviteCode.isWellFormed(inviteCode);
        }
    }

    record Result(MemberId invitee, MemberId inviter, Set<FraudFlag> flags, List<RewardView> rewards) {
        public Result {
            flags = Set.copyOf(flags);
            rewards = List.copyOf(rewards);
        }
    }
}
