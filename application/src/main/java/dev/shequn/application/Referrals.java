package dev.shequn.application;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.in.ApplyOrderPaidUseCase;
import dev.shequn.application.port.in.ApplyOrderRefundUseCase;
import dev.shequn.application.port.in.BindInviteeUseCase;
import dev.shequn.application.port.in.CreateInviteCodeUseCase;
import dev.shequn.application.port.in.DecideWithdrawalUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.in.PayOrderUseCase;
import dev.shequn.application.port.in.RefundOrderUseCase;
import dev.shequn.application.port.in.ReadLedgerUseCase;
import dev.shequn.application.port.in.ReleaseFrozenCreditsUseCase;
import dev.shequn.application.port.in.ReportShareUseCase;
import dev.shequn.application.port.in.ReportTopUpUseCase;
import dev.shequn.application.port.in.RequestWithdrawalUseCase;
import dev.shequn.application.port.in.SetCommissionPlanUseCase;
import dev.shequn.application.port.in.SetIncentiveRuleUseCase;
import dev.shequn.application.port.in.SetReferralSettingsUseCase;
import dev.shequn.application.port.out.CouponGranting;
import dev.shequn.application.port.out.IncentiveRepository;
import dev.shequn.application.port.out.LedgerRepository;
import dev.shequn.application.port.out.ReferralRepository;
import dev.shequn.application.referral.LedgerService;
import dev.shequn.application.referral.ReferralService;
import dev.shequn.application.referral.ReferringJoinThroughChannel;
import dev.shequn.application.referral.ReferringOrders;
import java.time.Clock;

/**
 * The referral and ledger use cases wired to the common out-ports, the three referral repositories, the coupon
 * port and a clock. Holds no state of its own beyond the ports.
 */
public final class Referrals {

    private final OutPorts ports;
    private final ReferralService referrals;
    private final LedgerService ledger;

    public Referrals(OutPorts p, ReferralRepository referralRepository, IncentiveRepository incentives,
            LedgerRepository ledgers, CouponGranting coupons, Clock clock) {
        this.ports = requireNonNull(p, "ports");
        referrals = new ReferralService(p.merchants(), p.members(), p.memberships(), p.communities(),
                referralRepository, incentives, ledgers, coupons, p.random(), p.outbox(), p.unitOfWork(), clock);
        ledger = new LedgerService(p.merchants(), p.members(), incentives, ledgers, p.ids(), p.outbox(),
                p.unitOfWork(), clock);
    }

    /** {@code join} with the invitee bound to the inviter the join names. */
    public JoinThroughChannelUseCase joinThroughChannel(JoinThroughChannelUseCase join) {
        return new ReferringJoinThroughChannel(join, referrals);
    }

    /**
     * {@code pay} and {@code refund} with referrals following: first-purchase rewards and commission on payment,
     * their reversal on refund (see {@link ReferringOrders}).
     */
    public ReferringOrders orders(PayOrderUseCase pay, RefundOrderUseCase refund) {
        return new ReferringOrders(pay, refund, referrals, referrals, ports.memberships());
    }

    public CreateInviteCodeUseCase createInviteCode() {
        return referrals;
    }

    public BindInviteeUseCase bindInvitee() {
        return referrals;
    }

    public ReportShareUseCase reportShare() {
        return referrals;
    }

    public ReportTopUpUseCase reportTopUp() {
        return referrals;
    }

    public SetIncentiveRuleUseCase setIncentiveRule() {
        return referrals;
    }

    public SetCommissionPlanUseCase setCommissionPlan() {
        return referrals;
    }

    public SetReferralSettingsUseCase setReferralSettings() {
        return referrals;
    }

    public ApplyOrderPaidUseCase applyOrderPaid() {
        return referrals;
    }

    public ApplyOrderRefundUseCase applyOrderRefund() {
        return referrals;
    }

    public ReleaseFrozenCreditsUseCase releaseFrozenCredits() {
        return ledger;
    }

    public RequestWithdrawalUseCase requestWithdrawal() {
        return ledger;
    }

    public DecideWithdrawalUseCase decideWithdrawal() {
        return ledger;
    }

    public ReadLedgerUseCase readLedger() {
        return ledger;
    }
}
