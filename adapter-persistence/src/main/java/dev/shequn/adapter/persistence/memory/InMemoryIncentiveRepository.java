package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.IncentiveRepository;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryIncentiveRepository implements IncentiveRepository {

    private final VersionedTable<RowKey, IncentiveRule> rules;
    private final AppendOnlyTable<RowKey, RewardGrant> rewards;
    private final VersionedTable<RowKey, CommissionPlan> plans;
    private final VersionedTable<RowKey, ReferralSettings> settings;

    public InMemoryIncentiveRepository(InMemoryStore store) {
        rules = new VersionedTable<>(store, IncentiveRule::version, (r, v) -> IncentiveRule.reconstitute(r.id(),
                r.merchantId(), r.definition(), r.spent(), r.granted(), v));
        rewards = new AppendOnlyTable<>(store);
        plans = new VersionedTable<>(store, CommissionPlan::version, (p, v) -> new CommissionPlan(p.merchantId(),
                p.communityId(), p.leaderPercent(), p.secondLevelPercent(), v));
        settings = new VersionedTable<>(store, ReferralSettings::version, (s, v) -> new ReferralSettings(
                s.merchantId(), s.dailyInviteCap(), s.invitesPerHourAlert(), s.refundWindow(),
                s.withdrawalMinimum(), s.dayOffset(), v));
    }

    @Override
    public Optional<IncentiveRule> findRule(MerchantId merchantId, String ruleId) {
        return rules.find(RowKey.of(merchantId, ruleId));
    }

    @Override
    public List<IncentiveRule> findRules(MerchantId merchantId, Trigger trigger) {
        return rules.where(r -> r.merchantId().equals(merchantId) && r.definition().trigger() == trigger).stream()
                .sorted(Comparator.comparing(IncentiveRule::id)).toList();
    }

    @Override
    public boolean saveRule(IncentiveRule rule) {
        return rules.save(RowKey.of(rule.merchantId(), rule.id()), rule);
    }

    @Override
    public boolean rewardExists(RewardKey key) {
        return rewards.contains(RowKey.of(key.merchantId(), key.asId()));
    }

    @Override
    public boolean addReward(RewardGrant reward) {
        return rewards.insert(RowKey.of(reward.key().merchantId(), reward.key().asId()), reward);
    }

    @Override
    public long countGranted(MerchantId merchantId, String ruleId, MemberId beneficiary, Instant since) {
        return rewards.count(g -> g.key().merchantId().equals(merchantId) && g.key().ruleId().equals(ruleId)
                && g.beneficiary().equals(beneficiary) && g.granted() && !g.at().isBefore(since));
    }

    @Override
    public List<RewardGrant> findRewards(MerchantId merchantId, MemberId beneficiary, int limit) {
        return rewards.where(g -> g.key().merchantId().equals(merchantId) && g.beneficiary().equals(beneficiary))
                .stream().sorted(Comparator.comparing(RewardGrant::at).thenComparing(g -> g.key().asId()))
                .limit(limit).toList();
    }

    @Override
    public Optional<CommissionPlan> findCommissionPlan(MerchantId merchantId, CommunityId communityId) {
        return plans.find(RowKey.of(merchantId, communityId));
    }

    @Override
    public boolean saveCommissionPlan(CommissionPlan plan) {
        return plans.save(RowKey.of(plan.merchantId(), plan.communityId()), plan);
    }

    @Override
    public Optional<ReferralSettings> findSettings(MerchantId merchantId) {
        return settings.find(RowKey.of(merchantId));
    }

    @Override
    public boolean saveSettings(ReferralSettings value) {
        return settings.save(RowKey.of(value.merchantId()), value);
    }
}
