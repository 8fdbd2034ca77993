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

    private PricingAnswer.Rejected memberConditions(CompiledPromotion p) {
        for (Condition.TierIn c : p.tierIns) {
            if (member == null || member.tier().isEmpty() || !c.tiers().contains(member.tier().get())) {
                return p.reject(RejectionReason.TIER_NOT_ELIGIBLE, "for tiers " + c.tiers() + "; "
                        + (member == null ? "the order names no member"
                        : member.tier().map(t -> "member " + member.id() + " is " + t)
                        .orElse("member " + member.id() + " has no tier")));
            }
        }
        for (Condition.HasTag c : p.hasTags) {
            if (member == null || !hasTags(c)) {
                return p.reject(RejectionReason.TAG_NOT_ELIGIBLE, "needs " + (c.match() == Condition.Match.ALL ? "all" : "any")
                        + " of the tags " + c.tags() + "; " + (member == null ? "the order names no member"
                        : "member " + member.id() + " has " + member.tags()));
            }
        }
        for (Condition.MemberOf c : p.memberOfs) {
            if (member == null || !memberOf(c)) {
                return p.reject(RejectionReason.NOT_A_COMMUNITY_MEMBER, "for members of " + c.communities() + "; "
                        + (member == null ? "the order names no member" : "member " + member.id() + " is not one"));
            }
        }
        for (Condition.PurchaseOrdinal c : p.ordinals) {
            if (member == null || !ordinalHolds(c, member.purchaseOrdinal())) {
                return p.reject(RejectionReason.PURCHASE_ORDINAL_NOT_MET, "for purchase " + describe(c) + "; "
                        + (member == null ? "the order names no member"
                        : "this is purchase " + member.purchaseOrdinal() + " of member " + member.id()));
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

    private static String describe(Condition.PurchaseOrdinal c) {
        if (c.equalTo().isPresent()) {
            return "number " + c.equalTo().getAsLong();
        }
        if (c.atLeast().isPresent() && c.atMost().isPresent()) {
            return "numbers " + c.atLeast().getAsLong() + " to " + c.atMost().getAsLong();
        }
        return c.atLeast().isPresent() ? "number " + c.atLeast().getAsLong() + " or later"
                : "number " + c.atMost().getAsLong() + " or earlier";
    }
}
