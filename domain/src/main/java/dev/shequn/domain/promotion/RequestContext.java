package dev.shequn.domain.promotion;

import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * What the checks before the target need from a request: currency, instant, member and the presented
 * codes (as indices of the set's distinct codes). Immutable, so the lazily built part of {@code rejected}
 * may use it after the pricing call has returned.
 */
final class RequestContext {

    final Currency currency;
    final int digits;
    final Instant at;
    /** Null when the request names no member. */
    final MemberContext member;
    private final int[] presentedCodes;
    private final int presentedCount;

    RequestContext(PricingRequest request, int[] presentedCodes, int presentedCount) {
        this.currency = request.currency();
        this.digits = Money.digitsOf(currency);
        this.at = request.at();
        this.member = request.member().orElse(null);
        this.presentedCodes = presentedCodes;
        this.presentedCount = presentedCount;
    }

    boolean presented(int codeGroup) {
        for (int i = 0; i < presentedCount; i++) {
            if (presentedCodes[i] == codeGroup) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first reason, in the contract's order, among those that do not look at the cart's lines: code,
     * window, currency, member conditions, per-member limit, redemptions, budget. Null when all hold.
     */
    PricingAnswer.Rejected beforeTarget(CompiledPromotion p) {
        if (p.codeGroup >= 0 && !presented(p.codeGroup)) {
            return p.codeNotPresented;
        }
        if (p.validFrom != null && at.isBefore(p.validFrom)) {
            return p.notStarted();
        }
        if (p.validUntil != null && !at.isBefore(p.validUntil)) {
            return p.expired();
        }
        if (p.currency != null && !p.currency.equals(currency)) {
            return p.reject(RejectionReason.CURRENCY_MISMATCH, "its amounts are in " + p.currency.getCurrencyCode()
                    + ", the order is in " + currency.getCurrencyCode());
        }
        if (p.tierIns.length > 0 || p.hasTags.length > 0 || p.memberOfs.length > 0 || p.ordinals.length > 0) {
            PricingAnswer.Rejected memberRejection = memberConditions(p);
            if (memberRejection != null) {
                return memberRejection;
            }
        }
        if (p.perMemberLimit >= 0) {
            if (member == null) {
                return p.reject(RejectionReason.USAGE_LIMIT_REACHED,
                        "limited to " + p.perMemberLimit + " per member, and the order names no member");
            }
            long used = member.usageOf(p.id);
            if (used >= p.perMemberLimit) {
                return p.reject(RejectionReason.USAGE_LIMIT_REACHED,
                        "member " + member.id() + " used it " + used + " time(s) of " + p.perMemberLimit);
            }
        }
        return p.staticRejection;
    }

    /**
     * Member conditions in the table's order. Their rejections name what the promotion asks for, not what
     * the member lacks, so each is built once per promotion and condition and shared (the caller knows its
     * member); that keeps building {@code rejected} for a large set cheap.
     */
    private PricingAnswer.Rejected memberConditions(CompiledPromotion p) {
        for (int i = 0; i < p.tierIns.length; i++) {
            Condition.TierIn c = p.tierIns[i];
            if (member == null || member.tier().isEmpty() || !c.tiers().contains(member.tier().get())) {
                return p.memberRejection(i, RejectionReason.TIER_NOT_ELIGIBLE);
            }
        }
        for (int i = 0; i < p.hasTags.length; i++) {
            if (member == null || !hasTags(p.hasTags[i])) {
                return p.memberRejection(i, RejectionReason.TAG_NOT_ELIGIBLE);
            }
        }
        for (int i = 0; i < p.memberOfs.length; i++) {
            if (member == null || !memberOf(p.memberOfs[i])) {
                return p.memberRejection(i, RejectionReason.NOT_A_COMMUNITY_MEMBER);
            }
        }
        for (int i = 0; i < p.ordinals.length; i++) {
            if (member == null || !ordinalHolds(p.ordinals[i], member.purchaseOrdinal())) {
                return p.memberRejection(i, RejectionReason.PURCHASE_ORDINAL_NOT_MET);
            }
        }
        return null;
    }

    private boolean hasTags(Condition.HasTag c) {
        List<String> tags = member.tags();
        if (c.match() == Condition.Match.ALL) {
            for (String tag : c.tags()) {
                if (!tags.contains(tag)) {
                    return false;
                }
            }
            return true;
        }
        for (String tag : c.tags()) {
            if (tags.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    private boolean memberOf(Condition.MemberOf c) {
        List<String> communities = member.communities();
        for (String community : c.communities()) {
            if (communities.contains(community)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ordinalHolds(Condition.PurchaseOrdinal c, long ordinal) {
        if (c.equalTo().isPresent()) {
            return ordinal == c.equalTo().getAsLong();
        }
        return (c.atLeast().isEmpty() || ordinal >= c.atLeast().getAsLong())
                && (c.atMost().isEmpty() || ordinal <= c.atMost().getAsLong());
    }
}
