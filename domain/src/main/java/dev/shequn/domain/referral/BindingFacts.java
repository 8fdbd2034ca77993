package dev.shequn.domain.referral;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.MemberId;
import java.util.List;
import java.util.Optional;

/**
 * What the binding policies look at, gathered by the application: the invitee's current referral if any,
 * whether it was a member of the merchant before, the inviter's chain of inviters upwards (its inviter first),
 * and whether the reported device or phone hash was already seen on another referral of the merchant.
 */
public record BindingFacts(
        MemberId invitee,
        Optional<InviteCode> code,
        Optional<Referral> existingReferral,
        boolean inviteeAlreadyMember,
        List<MemberId> inviterAncestors,
        FraudSignals signals,
        boolean deviceSeenBefore,
        boolean phoneSeenBefore) {

    public BindingFacts {
        requireNonNull(invitee, "invitee");
        requireNonNull(code, "code");
        requireNonNull(existingReferral, "existingReferral");
        existingReferral.ifPresent(r -> checkArgument(r.invitee().equals(invitee), "another invitee's referral"));
        inviterAncestors = List.copyOf(inviterAncestors);
        requireNonNull(signals, "signals");
    }
}
