package dev.shequn.domain.referral;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;

/**
 * One happening that may trigger rules: the subject is the invitee (or the sharer), its referral names the
 * inviter. {@code key} tells happenings of the same trigger apart: {@code once} for joining and the first
 * purchase, the top-up's or share's id otherwise. {@code orderId} is set when it came from an order, whose
 * rewards are then frozen for the refund window.
 */
public record Occurrence(
        Trigger trigger,
        MemberId subject,
        Optional<Referral> referral,
        String key,
        Optional<Money> amount,
        Optional<String> orderId,
        Instant at) {

    public static final String ONCE = "once";

    public Occurrence {
        requireNonNull(trigger, "trigger");
        requireNonNull(subject, "subject");
        requireNonNull(referral, "referral");
        referral.ifPresent(r -> checkArgument(r.invitee().equals(subject), "the subject's own referral"));
        requireNonNull(key, "key");
        checkArgument(!key.isBlank() && key.length() <= 100, "occurrence key is 1 to 100 characters");
        requireNonNull(amount, "amount");
        requireNonNull(orderId, "orderId");
        requireNonNull(at, "at");
    }

    /** Who stands in {@code role}: the subject as invitee, its inviter (if bound) as inviter. */
    public Optional<MemberId> memberIn(Beneficiary.Role role) {
        return role == Beneficiary.Role.INVITEE ? Optional.of(subject) : referral.map(Referral::inviter);
    }
}
