package dev.shequn.adapter.persistence.memory.usecase;

import static dev.shequn.domain.testing.Fixtures.CNY;
import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;

import dev.shequn.adapter.persistence.memory.InMemoryReferralAdapters;
import dev.shequn.application.Referrals;
import dev.shequn.application.port.in.BindInviteeUseCase;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.ReadLedgerUseCase;
import dev.shequn.application.port.in.SetIncentiveRuleUseCase;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.ledger.MemberBalances;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.Beneficiary;
import dev.shequn.domain.referral.Trigger;
import dev.shequn.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Set;

/** Shequn with the referral use cases on the in-memory adapters, and the steps referral tests repeat. */
final class ReferralsApp {

    final InMemoryShequn app;
    final InMemoryReferralAdapters adapters;
    final RecordingCoupons coupons = new RecordingCoupons(Set.of("sold-out"));
    final Referrals referrals;

    ReferralsApp() {
        app = new InMemoryShequn().withMerchant();
        adapters = InMemoryReferralAdapters.over(app.ports);
        referrals = new Referrals(app.ports, adapters.referrals(), adapters.incentives(), adapters.ledgers(), coupons,
                app.clock);
    }

    MemberId member(String name) {
        return app.member(name);
    }

    CommunityId community(String name, MemberId leader) {
        return app.shequn.createCommunity().createCommunity(
                CreateCommunityUseCase.Command.of(OLIVE_SHOP, name, leader, Positioning.HIGH_FREQUENCY)).get().id();
    }

    void bind(MemberId invitee, MemberId inviter) {
        referrals.bindInvitee().bindInvitee(BindInviteeUseCase.Command.byInviter(OLIVE_SHOP, invitee, inviter)).get();
    }

    static SetIncentiveRuleUseCase.Command rule(String id, Trigger trigger, Beneficiary beneficiary) {
        return new SetIncentiveRuleUseCase.Command(OLIVE_SHOP, id, "rule " + id, trigger, beneficiary, 10L, null, null,
                null, null, null, null, null, null, null, true);
    }

    void setRule(SetIncentiveRuleUseCase.Command command) {
        referrals.setIncentiveRule().setIncentiveRule(command).get();
    }

    void pointsRule(String id, Trigger trigger, Beneficiary beneficiary, long points) {
        setRule(withPoints(rule(id, trigger, beneficiary), points));
    }

    static SetIncentiveRuleUseCase.Command withPoints(SetIncentiveRuleUseCase.Command c, long points) {
        return new SetIncentiveRuleUseCase.Command(c.merchantId(), c.ruleId(), c.name(), c.trigger(), c.beneficiary(),
                points, null, null, null, null, c.perDayCap(), c.totalCap(), c.validFrom(), c.validUntil(), c.budget(),
                c.active());
    }

    static SetIncentiveRuleUseCase.Command percentRule(String id, Trigger trigger, Beneficiary beneficiary,
            String percent) {
        return new SetIncentiveRuleUseCase.Command(OLIVE_SHOP, id, "rule " + id, trigger, beneficiary, null, null,
                new BigDecimal(percent), null, null, null, null, null, null, null, true);
    }

    static SetIncentiveRuleUseCase.Command couponRule(String id, Trigger trigger, Beneficiary beneficiary,
            String template) {
        return new SetIncentiveRuleUseCase.Command(OLIVE_SHOP, id, "rule " + id, trigger, beneficiary, null, null,
                null, template, null, null, null, null, null, null, true);
    }

    MemberBalances balances(MemberId member) {
        return ledger(member).balances();
    }

    ReadLedgerUseCase.Result ledger(MemberId member) {
        return referrals.readLedger().readLedger(new ReadLedgerUseCase.Query(OLIVE_SHOP, member, 0, 1000)).get();
    }

    static Money cny(String amount) {
        return Money.of(amount, CNY);
    }
}
