package dev.shequn.domain.referral;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.referral.BindingRejection.Reason;
import dev.shequn.domain.referral.ReferralEvents.InviteeBound;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Binds an invitee to an inviter: the refusal policies in order (self-invite, already bound, already a member,
 * cycle, the inviter's daily cap), each answering the reason it refuses; then the fraud checks, which never
 * refuse the binding but flag it, so that its rewards are withheld with the reason.
 */
public final class Binding {

    private Binding() {}

    /** The binding and its event, recorded on {@code inviter} (save both, the inviter under its version). */
    public record Bound(Referral referral, InviteeBound event) {}

    interface Policy {
        Either<BindingRejection, Allowed> check(Inviter inviter, BindingFacts facts, ReferralSettings settings,
                Instant now);
    }

    /** A policy's nod. */
    record Allowed() {}

    private static final Allowed ALLOWED = new Allowed();

    static final Policy NO_SELF_INVITE = (inviter, facts, settings, now) -> inviter.memberId().equals(facts.invitee())
            ? refuse(Reason.SELF_INVITE, "a member cannot invite itself")
            : Either.right(ALLOWED);

    static final Policy FIRST_INVITER_KEEPS = (inviter, facts, settings, now) -> facts.existingReferral()
            .<Either<BindingRejection, Allowed>>map(r -> refuse(Reason.ALREADY_BOUND,
                    facts.invitee() + " is already bound to " + r.inviter()))
            .orElse(Either.right(ALLOWED));

    static final Policy ONLY_NEW_MEMBERS = (inviter, facts, settings, now) -> facts.inviteeAlreadyMember()
            ? refuse(Reason.ALREADY_MEMBER, facts.invitee() + " was already a member of the merchant")
            : Either.right(ALLOWED);

    static final Policy NO_CYCLE = (inviter, facts, settings, now) -> facts.inviterAncestors().contains(facts.invitee())
            ? refuse(Reason.CYCLE, facts.invitee() + " is up the invitation chain of " + inviter.memberId())
            : Either.right(ALLOWED);

    static final Policy DAILY_CAP = (inviter, facts, settings, now) ->
            inviter.bindingsSince(settings.startOfDay(now)) >= settings.dailyInviteCap()
                    ? refuse(Reason.DAILY_CAP_REACHED, inviter.memberId() + " already invited "
                            + settings.dailyInviteCap() + " today")
                    : Either.right(ALLOWED);

    static final List<Policy> POLICIES = List.of(NO_SELF_INVITE, FIRST_INVITER_KEEPS, ONLY_NEW_MEMBERS, NO_CYCLE,
            DAILY_CAP);

    public static Either<BindingRejection, Bound> bind(Inviter inviter, BindingFacts facts, ReferralSettings settings,
            Instant now) {
        requireNonNull(inviter, "inviter");
        requireNonNull(facts, "facts");
        requireNonNull(settings, "settings");
        for (Policy policy : POLICIES) {
            Either<BindingRejection, Allowed> verdict = policy.check(inviter, facts, settings, now);
            if (verdict.isLeft()) {
                return Either.left(verdict.getLeft());
            }
        }
        long pastHour = inviter.bindingsSince(now.minus(Duration.ofHours(1)).plusNanos(1));
        Set<FraudFlag> flags = EnumSet.noneOf(FraudFlag.class);
        if (facts.deviceSeenBefore()) {
            flags.add(FraudFlag.DEVICE_REUSED);
        }
        if (facts.phoneSeenBefore()) {
            flags.add(FraudFlag.PHONE_REUSED);
        }
        if (pastHour + 1 > settings.invitesPerHourAlert()) {
            flags.add(FraudFlag.VELOCITY_EXCEEDED);
        }
        inviter.recordBinding(now);
        Referral referral = Referral.bind(inviter.merchantId(), facts.invitee(), inviter.memberId(), facts.code(), now,
                facts.signals(), pastHour + 1, flags);
        return Either.right(new Bound(referral, new InviteeBound(inviter.merchantId(), facts.invitee(),
                inviter.memberId(), facts.code().map(InviteCode::value), referral.invitesInPastHour(),
                referral.flags(), now)));
    }

    private static Either<BindingRejection, Allowed> refuse(Reason reason, String detail) {
        return Either.left(new BindingRejection(reason, detail));
    }
}
