package dev.shequn.domain.referral;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 群主佣金: what the leader of one community earns on the community's paid orders, a percent of the paid
 * amount (after discounts, before shipping), rounded once, half-up. The optional second level pays the leader's
 * own inviter its own percent; off unless set, and never deeper. {@code version}: stored version read at.
 */
public record CommissionPlan(
        MerchantId merchantId,
        CommunityId communityId,
        BigDecimal leaderPercent,
        Optional<BigDecimal> secondLevelPercent,
        long version) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CommissionPlan {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(communityId, "communityId");
        requireNonNull(leaderPercent, "leaderPercent");
        checkArgument(leaderPercent.signum() >= 0 && leaderPercent.compareTo(HUNDRED) <= 0,
                "leader percent is 0 to 100");
        requireNonNull(secondLevelPercent, "secondLevelPercent");
        secondLevelPercent.ifPresent(p -> checkArgument(p.signum() > 0 && p.compareTo(HUNDRED) <= 0,
                "second-level percent is above 0 and at most 100"));
        checkArgument(leaderPercent.add(secondLevelPercent.orElse(BigDecimal.ZERO)).compareTo(HUNDRED) <= 0,
                "commission cannot exceed the order");
        checkArgument(version >= 0, "version must not be negative");
    }

    /** One level's commission on one order. */
    public record Share(int level, MemberId beneficiary, Money amount) {
        public Share {
            checkArgument(level == 1 || level == 2, "commission has two levels at most");
            requireNonNull(beneficiary, "beneficiary");
            requireNonNull(amount, "amount");
        }
    }

    /**
     * The commission on {@code paid}: the leader's, and the second level's when it is on and the leader has an
     * inviter. Shares that round to nothing are left out.
     */
    public List<Share> shares(Money paid, MemberId leader, Optional<MemberId> leadersInviter) {
        requireNonNull(paid, "paid");
        checkArgument(!paid.isNegative(), "paid is not negative");
        List<Share> shares = new ArrayList<>();
        Money first = paid.times(leaderPercent.movePointLeft(2));
        if (first.isPositive()) {
            shares.add(new Share(1, leader, first));
        }
        secondLevelPercent.ifPresent(percent -> leadersInviter.ifPresent(up -> {
            Money second = paid.times(percent.movePointLeft(2));
            if (second.isPositive()) {
                shares.add(new Share(2, up, second));
            }
        }));
        return List.copyOf(shares);
    }
}
