package dev.shequn.application.port.out;

import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.CommissionPlan;
import dev.shequn.domain.referral.IncentiveRule;
import dev.shequn.domain.referral.ReferralSettings;
import dev.shequn.domain.referral.RewardGrant;
import dev.shequn.domain.referral.RewardKey;
import dev.shequn.domain.referral.Trigger;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A merchant's incentive rules (with what each has spent), the rewards they gave or withheld, leader
 * commission plans per community and the merchant's referral settings.
 *
 * <p>Rules, plans and settings are versioned like every aggregate here ({@code save} answers false when the
 * stored version moved on). A reward is stored once per {@link RewardKey}: {@code addReward} answers false when
 * the key is taken, which is how two servers handling the same trigger at once never both pay.
 */
public interface IncentiveRepository {

    Optional<IncentiveRule> findRule(MerchantId merchantId, String ruleId);

    /** The merchant's rules for a trigger, active or not, ordered by id. */
    List<IncentiveRule> findRules(MerchantId merchantId, Trigger trigger);

    boolean saveRule(IncentiveRule rule);

    boolean rewardExists(RewardKey key);

    boolean addReward(RewardGrant reward);

    /** Rewards granted (not withheld) by the rule to the beneficiary at or after {@code since}. */
    long countGranted(MerchantId merchantId, String ruleId, MemberId beneficiary, Instant since);

    /** A beneficiary's rewards, granted and withheld, oldest first, at most {@code limit}. */
    List<RewardGrant> findRewards(MerchantId merchantId, MemberId beneficiary, int limit);

    Optional<CommissionPlan> findCommissionPlan(MerchantId merchantId, CommunityId communityId);

    boolean saveCommissionPlan(CommissionPlan plan);

    Optional<ReferralSettings> findSettings(MerchantId merchantId);

    boolean saveSettings(ReferralSettings settings);
}
