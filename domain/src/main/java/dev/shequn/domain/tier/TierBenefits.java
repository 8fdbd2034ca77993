package dev.shequn.domain.tier;

import dev.shequn.domain.community.CommunityId;
import java.util.List;

/** What reaching a tier grants: coupons from these templates, invitations to these communities. */
public record TierBenefits(List<String> couponTemplateIds, List<CommunityId> communityIds) {
    public TierBenefits {
        couponTemplateIds = List.copyOf(couponTemplateIds);
        communityIds = List.copyOf(communityIds);
    }

    public static TierBenefits none() {
        return new TierBenefits(List.of(), List.of());
    }
}
