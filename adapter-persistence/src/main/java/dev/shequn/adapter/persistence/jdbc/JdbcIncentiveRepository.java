package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.IncentiveRepository;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.ledger.Amount;
import dev.shequn.domain.ledger.Asset;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.Beneficiary;
import dev.shequn.domain.referral.CommissionPlan;
import dev.shequn.domain.referral.IncentiveRule;
import dev.shequn.domain.referral.ReferralSettings;
import dev.shequn.domain.referral.Reward;
import dev.shequn.domain.referral.RewardGrant;
import dev.shequn.domain.referral.RewardKey;
import dev.shequn.domain.referral.Trigger;
import dev.shequn.domain.referral.WithheldReason;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.statement.Update;

/**
 * Incentive rules, reward grants, commission plans and referral settings. A reward's key is its primary key:
 * the second server to pay the same key fails its insert and retries, finding it paid. Rules read inside a unit
 * of work are locked, so grants under one rule queue and its budget and caps stay exact.
 */
public final class JdbcIncentiveRepository implements IncentiveRepository {

    private static final String RULE_COLUMNS = """
            rule_id, name, trigger_type, beneficiary, reward_kind, reward_units, reward_ccy, reward_percent, reward_ref,
            per_day_cap, total_cap, valid_from, valid_until, budget, active, spent, granted, version""";
    private static final String GRANT_COLUMNS = """
            reward_key, rule_id, trigger_type, subject_id, role, occurrence, beneficiary_id, reward_kind, reward_units,
            reward_ccy, reward_percent, reward_ref, booked_asset, booked_units, coupon_code, withheld_code,
            withheld_detail, order_id, granted_at""";

    private final JdbcSession session;

    public JdbcIncentiveRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Optional<IncentiveRule> findRule(MerchantId merchantId, String ruleId) {
        return session.withHandle(h -> h.createQuery("SELECT " + RULE_COLUMNS
                        + " FROM incentive_rule WHERE merchant_id = :merchant AND rule_id = :rule" + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("rule", ruleId)
                .map((rs, ctx) -> rule(merchantId, rs))
                .findOne());
    }

    @Override
    public List<IncentiveRule> findRules(MerchantId merchantId, Trigger trigger) {
        return session.withHandle(h -> h.createQuery("SELECT " + RULE_COLUMNS + """
                         FROM incentive_rule WHERE merchant_id = :merchant AND trigger_type = :trigger
                        ORDER BY rule_id""" + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("trigger", trigger.name())
                .map((rs, ctx) -> rule(merchantId, rs))
                .list());
    }

    @Override
    public boolean saveRule(IncentiveRule rule) {
        return session.withHandle(h -> {
            IncentiveRule.Definition d = rule.definition();
            Update statement = rule.version() == 0
                    ? h.createUpdate("INSERT INTO incentive_rule (merchant_id, " + RULE_COLUMNS + """
                            ) VALUES (:merchant, :rule, :name, :trigger, :beneficiary, :kind, :units, :ccy, :percent, :ref,
                                      :perDayCap, :totalCap, :validFrom, :validUntil, :budget, :active, :spent, :granted, 1)""")
                    : h.createUpdate("""
                            UPDATE incentive_rule SET name = :name, trigger_type = :trigger, beneficiary = :beneficiary,
                                reward_kind = :kind, reward_units = :units, reward_ccy = :ccy, reward_percent = :percent,
                                reward_ref = :ref, per_day_cap = :perDayCap, total_cap = :totalCap,
                                valid_from = :validFrom, valid_until = :validUntil, budget = :budget, active = :active,
                                spent = :spent, granted = :granted, version = version + 1
                            WHERE merchant_id = :merchant AND rule_id = :rule AND version = :version""")
                            .bind("version", rule.version());
            bindReward(statement, d.reward())
                    .bind("merchant", rule.merchantId().value())
                    .bind("rule", rule.id())
                    .bind("name", d.name())
                    .bind("trigger", d.trigger().name())
                    .bind("beneficiary", d.beneficiary().name())
                    .bind("perDayCap", boxed(d.perDayCap()))
                    .bind("totalCap", boxed(d.totalCap()))
                    .bind("validFrom", Rows.utc(d.validFrom().orElse(null)))
                    .bind("validUntil", Rows.utc(d.validUntil().orElse(null)))
                    .bind("budget", boxed(d.budget()))
                    .bind("active", d.active())
                    .bind("spent", rule.spent())
                    .bind("granted", rule.granted());
            return rule.version() == 0 ? Rows.insertUnlessTaken(h, statement) : Rows.updatedOne(statement);
        });
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static OptionalLong optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static Update bindReward(Update statement, Reward reward) {
        Long units = null;
        String ccy = null;
        String percent = null;
        String ref = null;
        if (reward instanceof Reward.Points p) {
            units = p.points();
        } else if (reward instanceof Reward.FixedCash c) {
            units = c.amount().minorUnits();
            ccy = c.amount().currency().getCurrencyCode();
        } else if (reward instanceof Reward.PercentCash p) {
            percent = p.percent().toString();
        } else if (reward instanceof Reward.Coupon c) {
            ref = c.templateId();
        } else if (reward instanceof Reward.Gift g) {
            ref = g.name();
        }
        return statement.bind("kind", reward.getClass().getSimpleName())
                .bind("units", units)
                .bind("ccy", ccy)
                .bind("percent", percent)
                .bind("ref", ref);
    }

    private static Reward reward(ResultSet rs) throws SQLException {
        String kind = rs.getString("reward_kind");
        return switch (kind) {
            case "Points" -> new Reward.Points(rs.getLong("reward_units"));
            case "FixedCash" -> new Reward.FixedCash(Money.ofMinor(rs.getLong("reward_units"),
                    Currency.getInstance(rs.getString("reward_ccy"))));
            case "PercentCash" -> new Reward.PercentCash(new BigDecimal(rs.getString("reward_percent")));
            case "Coupon" -> new Reward.Coupon(rs.getString("reward_ref"));
            case "Gift" -> new Reward.Gift(rs.getString("reward_ref"));
            default -> throw new IllegalStateException("unknown stored reward kind " + kind);
        };
    }

    private static IncentiveRule rule(MerchantId merchantId, ResultSet rs) throws SQLException {
        IncentiveRule.Definition definition = new IncentiveRule.Definition(rs.getString("name"),
                Trigger.valueOf(rs.getString("trigger_type")), Beneficiary.valueOf(rs.getString("beneficiary")),
                reward(rs), optionalLong(rs, "per_day_cap"), optionalLong(rs, "total_cap"),
                Rows.optionalInstant(rs, "valid_from"), Rows.optionalInstant(rs, "valid_until"),
                optionalLong(rs, "budget"), rs.getBoolean("active"));
        return IncentiveRule.reconstitute(rs.getString("rule_id"), merchantId, definition, rs.getLong("spent"),
                rs.getLong("granted"), rs.getLong("version"));
    }

    @Override
    public boolean rewardExists(RewardKey key) {
        return session.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM reward_grant WHERE merchant_id = :merchant AND reward_key = :key")
                .bind("merchant", key.merchantId().value())
                .bind("key", key.asId())
                .mapTo(Long.class).one() > 0);
    }

    @Override
    public boolean addReward(RewardGrant grant) {
        return session.withHandle(h -> {
            RewardKey key = grant.key();
            Update insert = h.createUpdate("INSERT INTO reward_grant (merchant_id, " + GRANT_COLUMNS + """
                    ) VALUES (:merchant, :key, :rule, :trigger, :subject, :role, :occurrence, :beneficiary, :kind, :units,
                              :ccy, :percent, :ref, :bookedAsset, :bookedUnits, :coupon, :withheldCode, :withheldDetail,
                              :order, :at)""");
            bindReward(insert, grant.reward())
                    .bind("merchant", key.merchantId().value())
                    .bind("key", key.asId())
                    .bind("rule", key.ruleId())
                    .bind("trigger", key.trigger().name())
                    .bind("subject", key.subject().value())
                    .bind("role", key.role().name())
                    .bind("occurrence", key.occurrence())
                    .bind("beneficiary", grant.beneficiary().value())
                    .bind("bookedAsset", grant.booked().map(a -> a.asset().name()).orElse(null))
                    .bind("bookedUnits", grant.booked().map(Amount::units).orElse(null))
                    .bind("coupon", grant.couponCode().orElse(null))
                    .bind("withheldCode", grant.withheld().map(w -> w.code().name()).orElse(null))
                    .bind("withheldDetail", grant.withheld().map(WithheldReason::detail).orElse(null))
                    .bind("order", grant.orderId().orElse(null))
                    .bind("at", Rows.utc(grant.at()));
            return Rows.insertUnlessTaken(h, insert);
        });
    }

    @Override
    public long countGranted(MerchantId merchantId, String ruleId, MemberId beneficiary, Instant since) {
        return session.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM reward_grant
                        WHERE merchant_id = :merchant AND beneficiary_id = :beneficiary AND rule_id = :rule
                          AND granted_at >= :since AND withheld_code IS NULL""")
                .bind("merchant", merchantId.value())
                .bind("beneficiary", beneficiary.value())
                .bind("rule", ruleId)
                .bind("since", Rows.utc(since))
                .mapTo(Long.class).one());
    }

    @Override
    public List<RewardGrant> findRewards(MerchantId merchantId, MemberId beneficiary, int limit) {
        return session.withHandle(h -> h.createQuery("SELECT " + GRANT_COLUMNS + """
                         FROM reward_grant WHERE merchant_id = :merchant AND beneficiary_id = :beneficiary
                        ORDER BY granted_at, reward_key LIMIT :limit""")
                .bind("merchant", merchantId.value())
                .bind("beneficiary", beneficiary.value())
                .bind("limit", limit)
                .map((rs, ctx) -> grant(merchantId, rs))
                .list());
    }

    private static RewardGrant grant(MerchantId merchantId, ResultSet rs) throws SQLException {
        RewardKey key = new RewardKey(merchantId, rs.getString("rule_id"), Trigger.valueOf(rs.getString("trigger_type")),
                new MemberId(rs.getString("subject_id")), Beneficiary.Role.valueOf(rs.getString("role")),
                rs.getString("occurrence"));
        Optional<Amount> booked = Rows.optionalString(rs, "booked_asset").isPresent()
                ? Optional.of(new Amount(Asset.valueOf(rs.getString("booked_asset")), rs.getLong("booked_units")))
                : Optional.empty();
        Optional<String> withheldCode = Rows.optionalString(rs, "withheld_code");
        Optional<WithheldReason> withheld = withheldCode.isPresent()
                ? Optional.of(new WithheldReason(WithheldReason.Code.valueOf(withheldCode.get()),
                        rs.getString("withheld_detail")))
                : Optional.empty();
        return new RewardGrant(key, new MemberId(rs.getString("beneficiary_id")), reward(rs), booked,
                Rows.optionalString(rs, "coupon_code"), withheld, Rows.optionalString(rs, "order_id"),
                Rows.instant(rs, "granted_at"));
    }

    @Override
    public Optional<CommissionPlan> findCommissionPlan(MerchantId merchantId, CommunityId communityId) {
        return session.withHandle(h -> h.createQuery("""
                        SELECT leader_percent, second_level_percent, version FROM commission_plan
                        WHERE merchant_id = :merchant AND community_id = :community""")
                .bind("merchant", merchantId.value())
                .bind("community", communityId.value())
                .map((rs, ctx) -> new CommissionPlan(merchantId, communityId, new BigDecimal(rs.getString("leader_percent")),
                        Rows.optionalString(rs, "second_level_percent").map(BigDecimal::new), rs.getLong("version")))
                .findOne());
    }

    @Override
    public boolean saveCommissionPlan(CommissionPlan plan) {
        return session.withHandle(h -> {
            Update statement = plan.version() == 0
                    ? h.createUpdate("""
                            INSERT INTO commission_plan (merchant_id, community_id, leader_percent, second_level_percent,
                                version) VALUES (:merchant, :community, :leader, :second, 1)""")
                    : h.createUpdate("""
                            UPDATE commission_plan SET leader_percent = :leader, second_level_percent = :second,
                                version = version + 1
                            WHERE merchant_id = :merchant AND community_id = :community AND version = :version""")
                            .bind("version", plan.version());
            statement.bind("merchant", plan.merchantId().value())
                    .bind("community", plan.communityId().value())
                    .bind("leader", plan.leaderPercent().toString())
                    .bind("second", plan.secondLevelPercent().map(BigDecimal::toString).orElse(null));
            return plan.version() == 0 ? Rows.insertUnlessTaken(h, statement) : Rows.updatedOne(statement);
        });
    }

    @Override
    public Optional<ReferralSettings> findSettings(MerchantId merchantId) {
        return session.withHandle(h -> h.createQuery("""
                        SELECT daily_invite_cap, invites_per_hour_alert, refund_window_seconds, withdrawal_minimum,
                               withdrawal_ccy, day_offset_seconds, version
                        FROM referral_settings WHERE merchant_id = :merchant""")
                .bind("merchant", merchantId.value())
                .map((rs, ctx) -> new ReferralSettings(merchantId, rs.getInt("daily_invite_cap"),
                        rs.getInt("invites_per_hour_alert"), Duration.ofSeconds(rs.getLong("refund_window_seconds")),
                        Money.ofMinor(rs.getLong("withdrawal_minimum"), Currency.getInstance(rs.getString("withdrawal_ccy"))),
                        ZoneOffset.ofTotalSeconds(rs.getInt("day_offset_seconds")), rs.getLong("version")))
                .findOne());
    }

    @Override
    public boolean saveSettings(ReferralSettings settings) {
        return session.withHandle(h -> {
            Update statement = settings.version() == 0
                    ? h.createUpdate("""
                            INSERT INTO referral_settings (merchant_id, daily_invite_cap, invites_per_hour_alert,
                                refund_window_seconds, withdrawal_minimum, withdrawal_ccy, day_offset_seconds, version)
                            VALUES (:merchant, :cap, :alert, :window, :minimum, :ccy, :offset, 1)""")
                    : h.createUpdate("""
                            UPDATE referral_settings SET daily_invite_cap = :cap, invites_per_hour_alert = :alert,
                                refund_window_seconds = :window, withdrawal_minimum = :minimum, withdrawal_ccy = :ccy,
                                day_offset_seconds = :offset, version = version + 1
                            WHERE merchant_id = :merchant AND version = :version""")
                            .bind("version", settings.version());
            statement.bind("merchant", settings.merchantId().value())
                    .bind("cap", settings.dailyInviteCap())
                    .bind("alert", settings.invitesPerHourAlert())
                    .bind("window", settings.refundWindow().getSeconds())
                    .bind("minimum", settings.withdrawalMinimum().minorUnits())
                    .bind("ccy", settings.withdrawalMinimum().currency().getCurrencyCode())
                    .bind("offset", settings.dayOffset().getTotalSeconds());
            return settings.version() == 0 ? Rows.insertUnlessTaken(h, statement) : Rows.updatedOne(statement);
        });
    }
}
