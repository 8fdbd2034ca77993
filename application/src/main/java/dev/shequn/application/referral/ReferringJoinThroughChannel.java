package dev.shequn.application.referral;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.BindInviteeUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import io.vavr.control.Either;

/**
 * The join-through-channel use case with the invitee bound on the way: a member newly joined through a channel
 * with an inviter named is bound to that inviter (and the {@code INVITEE_JOINED} rules run). The binding is its
 * own unit of work after the join's: a refused binding (already bound, already a member, cycle, cap) is an
 * expected outcome that leaves the join as it is. A host that also reports fraud signals calls
 * {@link BindInviteeUseCase} itself instead, with an inviter-less join.
 */
public final class ReferringJoinThroughChannel implements JoinThroughChannelUseCase {

    private final JoinThroughChannelUseCase join;
    private final BindInviteeUseCase bind;

    public ReferringJoinThroughChannel(JoinThroughChannelUseCase join, BindInviteeUseCase bind) {
        this.join = requireNonNull(join, "join");
        this.bind = requireNonNull(bind, "bind");
    }

    @Override
    public Either<UseCaseError, Result> joinThroughChannel(Command command) {
        Either<UseCaseError, Result> joined = join.joinThroughChannel(command);
        if (joined.isRight() && joined.get().newlyJoined() && command.inviter() != null) {
            bind.bindInvitee(new BindInviteeUseCase.Command(command.merchantId(), command.memberId(),
                    command.inviter(), null, joined.get().communityId(), null, null));
        }
        return joined;
    }
}
