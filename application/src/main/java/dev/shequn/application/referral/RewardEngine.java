package dev.shequn.application.referral;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.port.out.CouponGranting;
import dev.shequn.application.port.out.IncentiveRepository;
import dev.shequn.application.port.out.LedgerRepository;
import dev.shequn.domain.ledger.Accrual;
import dev.shequn.domain.ledger.Cause;
import dev.shequn.domain.ledger.LedgerRejection;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.Beneficiary;
import dev.shequn.domain.referral.IncentiveRule;
import dev.shequn.domain.referral.Occurrence;
import dev.shequn.domain.referral.ReferralEvents.RewardGranted;
import dev.shequn.domain.referral.ReferralEvents.RewardWithheld;
import dev.shequn.domain.referral.ReferralSettings;
import dev.shequn.domain.referral.Reward;
import dev.shequn.domain.referral.RewardGrant;
import dev.shequn.domain.referral.RewardKey;
import dev.shequn.domain.referral.Trigger;
import dev.shequn.domain.referral.WithheldReason;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a merchant's rules for one occurrence inside the caller's unit of work: for each rule that applies and
 * each beneficiary it names, decide, book, and store the reward under its key. A key already stored is skipped,
 * so an occurrence reported twice pays once; a key stored meanwhile by another server makes the save fail and
 * the whole unit of work retry, which then skips it.
 */
final class RewardEngine {

    private final IncentiveRepository incentives;
    private final LedgerRepository ledgers;
    private final CouponGranting coupons;

    RewardEngine(IncentiveRepository incentives, LedgerRepository ledgers, CouponGranting coupons) {
        this.incentives = requireNonNull(incentives, "incentives");
        this.ledgers = requireNonNull(ledgers, "ledgers");
        this.coupons = requireNonNull(coupons, "coupons");
    }

    List<RewardGrant> apply(MerchantId merchant, Occurrence occurrence, ReferralSettings settings, LedgerBook book,
            List<DomainEvent> events, Instant now) {
        // Only a share can reward a member nobody invited; the other triggers are an invitee's.
        if (occurrence.referral().isEmpty() && occurrence.trigger() != Trigger.SHARE_REPORTED) {
            return List.of();
        }
        List<RewardGrant> grants = new ArrayList<>();
        for (IncentiveRule rule : incentives.findRules(merchant, occurrence.trigger())) {
            if (!rule.appliesTo(occurrence)) {
                continue;
            }
            long before = rule.granted();
            for (Beneficiary.Role role : rule.definition().beneficiary().roles()) {
                Optional<MemberId> member = occurrence.memberIn(role);
                if (member.isEmpty()) {
                    continue;
                }
                RewardKey key = new RewardKey(merchant, rule.id(), occurrence.trigger(), occurrence.subject(), role,
                        occurrence.key());
                if (incentives.rewardExists(key)) {
                    continue;
                }
                RewardGrant grant = decide(rule, key, member.get(), occurrence, settings, book, now);
                VersionConflict.check(incentives.addReward(grant), "reward " + key.asId());
                events.add(event(grant, rule, now));
                grants.add(grant);
            }
            if (rule.granted() != before) {
                VersionConflict.check(incentives.saveRule(rule), "incentive rule " + rule.id());
            }
        }
        return grants;
    }

    private RewardGrant decide(IncentiveRule rule, RewardKey key, MemberId member, Occurrence occurrence,
            ReferralSettings settings, LedgerBook book, Instant now) {
        long today = incentives.countGranted(key.merchantId(), rule.id(), member, settings.startOfDay(now));
        long total = incentives.countGranted(key.merchantId(), rule.id(), member, Instant.EPOCH);
        Either<WithheldReason, IncentiveRule.Decision> decided = rule.decide(occurrence, today, total);
        if (decided.isLeft()) {
            return withheld(key, member, rule.definition().reward(), decided.getLeft(), occurrence, now);
        }
        IncentiveRule.Decision decision = decided.get();
        Reward reward = decision.reward();
        if (decision.bookable().isPresent()) {
            Cause cause = Cause.rule(key.asId());
            Either<LedgerRejection, ?> booked = occurrence.orderId().isPresent()
                    ? Accrual.accrue(key.asId(), book.of(member), occurrence.orderId().get(), decision.bookable().get(),
                            occurrence.amount().orElseThrow(), cause, settings.refundWindow(), occurrence.at(), now)
                            .peek(t -> VersionConflict.check(ledgers.saveAccrual(t._1), "accrual " + key.asId()))
                    : book.of(member).grant(decision.bookable().get(), false, cause, now);
            // A positive grant is never refused; a refusal here is a bug and must not be swallowed.
            booked.getOrElseThrow(r -> new IllegalStateException(r.detail()));
            return new RewardGrant(key, member, reward, decision.bookable(), Optional.empty(), Optional.empty(),
                    occurrence.orderId(), now);
        }
        if (reward instanceof Reward.Coupon coupon) {
            Either<String, String> code = coupons.grant(key.merchantId(), member, coupon.templateId(), key.asId(), now);
            if (code.isLeft()) {
                rule.refund(decision);
                return withheld(key, member, reward,
                        new WithheldReason(WithheldReason.Code.COUPON_UNAVAILABLE, code.getLeft()), occurrence, now);
            }
            return new RewardGrant(key, member, reward, Optional.empty(), Optional.of(code.get()), Optional.empty(),
                    occurrence.orderId(), now);
        }
        return new RewardGrant(key, member, reward, Optional.empty(), Optional.empty(), Optional.empty(),
                occurrence.orderId(), now);
    }

    private static RewardGrant withheld(RewardKey key, MemberId member, Reward reward, WithheldReason why,
            Occurrence occurrence, Instant now) {
        return new RewardGrant(key, member, reward, Optional.empty(), Optional.empty(), Optional.of(why),
                occurrence.orderId(), now);
    }

    private static DomainEvent event(RewardGrant grant, IncentiveRule rule, Instant now) {
        RewardKey key = grant.key();
        if (grant.withheld().isPresent()) {
            WithheldReason why = grant.withheld().get();
            return new RewardWithheld(key.merchantId(), key.asId(), rule.id(), key.trigger(), grant.beneficiary(),
                    key.role(), why.code(), why.detail(), now);
        }
        Optional<String> gift = grant.reward() instanceof Reward.Gift g ? Optional.of(g.name()) : Optional.empty();
        return new RewardGranted(key.merchantId(), key.asId(), rule.id(), key.trigger(), grant.beneficiary(),
                key.role(), grant.reward().getClass().getSimpleName(), grant.booked().map(a -> a.units()),
                grant.couponCode(), gift, grant.orderId().isPresent() && grant.booked().isPresent(), now);
    }
}
