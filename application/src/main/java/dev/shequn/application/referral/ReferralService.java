package dev.shequn.application.referral;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.Commands;
import dev.shequn.application.common.Transactions;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.common.UseCaseRefusal;
import dev.shequn.application.common.UseCaseError.NotFound;
import dev.shequn.application.common.UseCaseError.Refused;
import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.port.in.ApplyOrderPaidUseCase;
import dev.shequn.application.port.in.ApplyOrderRefundUseCase;
import dev.shequn.application.port.in.BindInviteeUseCase;
import dev.shequn.application.port.in.CreateInviteCodeUseCase;
import dev.shequn.application.port.in.ReportShareUseCase;
import dev.shequn.application.port.in.ReportTopUpUseCase;
import dev.shequn.application.port.in.RewardView;
import dev.shequn.application.port.in.SetCommissionPlanUseCase;
import dev.shequn.application.port.in.SetIncentiveRuleUseCase;
import dev.shequn.application.port.in.SetReferralSettingsUseCase;
import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.application.port.out.CouponGranting;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.IncentiveRepository;
import dev.shequn.application.port.out.LedgerRepository;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.application.port.out.RandomSource;
import dev.shequn.application.port.out.ReferralRepository;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.community.Community;
import dev.shequn.domain.ledger.Account;
import dev.shequn.domain.ledger.AccountType;
import dev.shequn.domain.ledger.Accrual;
import dev.shequn.domain.ledger.Amount;
import dev.shequn.domain.ledger.Cause;
import dev.shequn.domain.ledger.LedgerEntry;
import dev.shequn.domain.ledger.LedgerRejection;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.merchant.Merchant;
import dev.shequn.domain.referral.Binding;
import dev.shequn.domain.referral.BindingFacts;
import dev.shequn.domain.referral.BindingRejection;
import dev.shequn.domain.referral.CommissionPlan;
import dev.shequn.domain.referral.FraudSignals;
import dev.shequn.domain.referral.IncentiveRule;
import dev.shequn.domain.referral.InviteCode;
import dev.shequn.domain.referral.Inviter;
import dev.shequn.domain.referral.Occurrence;
import dev.shequn.domain.referral.Referral;
import dev.shequn.domain.referral.ReferralEvents.CommissionAccrued;
import dev.shequn.domain.referral.ReferralEvents.InviteCodeAssigned;
import dev.shequn.domain.referral.ReferralSettings;
import dev.shequn.domain.referral.RewardGrant;
import dev.shequn.domain.referral.Trigger;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Invitations, incentive rules, and what orders earn inviters, invitees and leaders. */
public final class ReferralService implements CreateInviteCodeUseCase, BindInviteeUseCase, ReportShareUseCase,
        ReportTopUpUseCase, SetIncentiveRuleUseCase, SetCommissionPlanUseCase, SetReferralSettingsUseCase,
        ApplyOrderPaidUseCase, ApplyOrderRefundUseCase {

    /** How far up an invitation chain the cycle check looks; chains are acyclic, so this only bounds the work. */
    static final int MAX_CHAIN = 1_000;

    private final MerchantRepository merchants;
    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final CommunityRepository communities;
    private final ReferralRepository referrals;
    private final IncentiveRepository incentives;
    private final LedgerRepository ledgers;
    private final RandomSource random;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final RewardEngine engine;

    public ReferralService(MerchantRepository merchants, MemberRepository members, MembershipRepository memberships,
            CommunityRepository communities, ReferralRepository referrals, IncentiveRepository incentives,
            LedgerRepository ledgers, CouponGranting coupons, RandomSource random, EventOutbox outbox,
            UnitOfWork unitOfWork, Clock clock) {
        this.merchants = requireNonNull(merchants, "merchants");
        this.members = requireNonNull(members, "members");
        this.memberships = requireNonNull(memberships, "memberships");
        this.communities = requireNonNull(communities, "communities");
        this.referrals = requireNonNull(referrals, "referrals");
        this.incentives = requireNonNull(incentives, "incentives");
        this.ledgers = requireNonNull(ledgers, "ledgers");
        this.random = requireNonNull(random, "random");
        this.outbox = requireNonNull(outbox, "outbox");
        this.transactions = new Transactions(unitOfWork);
        this.clock = requireNonNull(clock, "clock");
        this.engine = new RewardEngine(incentives, ledgers, coupons);
    }

    @Override
    public Either<UseCaseError, CreateInviteCodeUseCase.Result> createInviteCode(CreateInviteCodeUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("invite code of " + command.memberId(), () -> {
            MerchantId merchant = command.merchantId();
            if (members.find(merchant, command.memberId()).isEmpty()) {
                return Either.left(new NotFound("member", command.memberId().value()));
            }
            Inviter inviter = referrals.findInviter(merchant, command.memberId())
                    .orElseGet(() -> Inviter.create(merchant, command.memberId()));
            if (inviter.code().isPresent()) {
                return Either.right(new CreateInviteCodeUseCase.Result(inviter.code().get(), false));
            }
            // A code taken by another member fails the save; the retry draws a fresh one.
            InviteCode code = inviter.assignCode(InviteCode.from(random.nextBytes(InviteCode.RANDOM_BYTES)));
            VersionConflict.check(referrals.saveInviter(inviter), "inviter " + command.memberId());
            outbox.append(List.of(new InviteCodeAssigned(merchant, command.memberId(), code.value(), clock.instant())));
            return Either.right(new CreateInviteCodeUseCase.Result(code, true));
        }));
    }

    @Override
    public Either<UseCaseError, BindInviteeUseCase.Result> bindInvitee(BindInviteeUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("binding of " + command.invitee(), () -> {
            MerchantId merchant = command.merchantId();
            Instant now = clock.instant();
            Optional<Merchant> shop = merchants.find(merchant);
            if (shop.isEmpty()) {
                return Either.left(new NotFound("merchant", merchant.value()));
            }
            if (members.find(merchant, command.invitee()).isEmpty()) {
                return Either.left(new NotFound("member", command.invitee().value()));
            }
            Optional<Inviter> found = command.inviter() != null
                    ? members.find(merchant, command.inviter())
                            .map(m -> referrals.findInviter(merchant, m.id()).orElseGet(() -> Inviter.create(merchant, m.id())))
                    : referrals.findInviterByCode(merchant, InviteCode.parse(command.inviteCode()));
            if (found.isEmpty()) {
                return command.inviter() != null
                        ? Either.left(new NotFound("member", command.inviter().value()))
                        : Either.left(new NotFound("invite code", command.inviteCode()));
            }
            Inviter inviter = found.get();
            Optional<Referral> existing = referrals.findByInvitee(merchant, command.invitee());
            if (existing.filter(r -> r.inviter().equals(inviter.memberId())).isPresent()) {
                // The same binding reported again: answer it as it stands, pay nothing more.
                return Either.right(new BindInviteeUseCase.Result(command.invitee(), inviter.memberId(),
                        existing.get().flags(), List.of()));
            }
            ReferralSettings settings = settingsOf(shop.get());
            FraudSignals signals = new FraudSignals(Optional.ofNullable(command.deviceHash()),
                    Optional.ofNullable(command.phoneHash()));
            boolean alreadyMember = memberships.findByMember(merchant, command.invitee()).stream()
                    .anyMatch(m -> command.joinedCommunity() == null || !m.communityId().equals(command.joinedCommunity()));
            BindingFacts facts = new BindingFacts(command.invitee(),
                    Optional.ofNullable(command.inviteCode()).map(InviteCode::parse), existing, alreadyMember,
                    chainAbove(merchant, inviter.memberId()), signals,
                    signals.deviceHash().map(h -> referrals.deviceHashSeen(merchant, h)).orElse(false),
                    signals.phoneHash().map(h -> referrals.phoneHashSeen(merchant, h)).orElse(false));
            Either<BindingRejection, Binding.Bound> bound = Binding.bind(inviter, facts, settings, now);
            if (bound.isLeft()) {
                return Either.left(new Refused(bound.getLeft().reason(), bound.getLeft().detail()));
            }
            Referral referral = bound.get().referral();
            VersionConflict.check(referrals.saveInviter(inviter), "inviter " + inviter.memberId());
            VersionConflict.check(referrals.saveReferral(referral), "referral of " + command.invitee());
            List<DomainEvent> events = new ArrayList<>();
            events.add(bound.get().event());
            LedgerBook book = new LedgerBook(ledgers, merchant, shop.get().currency());
            List<RewardGrant> grants = engine.apply(merchant, new Occurrence(Trigger.INVITEE_JOINED, command.invitee(),
                    Optional.of(referral), Occurrence.ONCE, Optional.empty(), Optional.empty(), now), settings, book,
                    events, now);
            events.addAll(book.flush());
            outbox.append(events);
            return Either.right(new BindInviteeUseCase.Result(command.invitee(), inviter.memberId(), referral.flags(),
                    grants.stream().map(RewardView::of).toList()));
        }));
    }

    /** The inviter's inviter, and so on upwards. */
    private List<MemberId> chainAbove(MerchantId merchant, MemberId member) {
        List<MemberId> chain = new ArrayList<>();
        Set<MemberId> seen = new HashSet<>();
        MemberId current = member;
        while (chain.size() < MAX_CHAIN) {
            Optional<Referral> up = referrals.findByInvitee(merchant, current);
            if (up.isEmpty() || !seen.add(up.get().inviter())) {
                break;
            }
            chain.add(up.get().inviter());
            current = up.get().inviter();
        }
        return chain;
    }

    @Override
    public Either<UseCaseError, ReportShareUseCase.Result> reportShare(ReportShareUseCase.Command command) {
        return Commands.ifValid(command, () -> trigger(command.merchantId(), command.memberId(), Trigger.SHARE_REPORTED,
                command.shareId(), Optional.empty()).map(ReportShareUseCase.Result::new));
    }

    @Override
    public Either<UseCaseError, ReportTopUpUseCase.Result> reportTopUp(ReportTopUpUseCase.Command command) {
        return Commands.ifValid(command, () -> trigger(command.merchantId(), command.memberId(), Trigger.INVITEE_TOP_UP,
                command.topUpId(), Optional.of(command.amount())).map(ReportTopUpUseCase.Result::new));
    }

    private Either<UseCaseError, List<RewardView>> trigger(MerchantId merchant, MemberId member, Trigger trigger,
            String key, Optional<Money> amount) {
        return transactions.write(trigger + " " + key, () -> {
            Instant now = clock.instant();
            Optional<Merchant> shop = merchants.find(merchant);
            if (shop.isEmpty()) {
                return Either.left(new NotFound("merchant", merchant.value()));
            }
            if (members.find(merchant, member).isEmpty()) {
                return Either.left(new NotFound("member", member.value()));
            }
            if (amount.filter(a -> !a.currency().equals(shop.get().currency())).isPresent()) {
                return Either.left(new Refused(UseCaseRefusal.CURRENCY_MISMATCH, "the merchant works in "
                        + shop.get().currency().getCurrencyCode()));
            }
            List<DomainEvent> events = new ArrayList<>();
            LedgerBook book = new LedgerBook(ledgers, merchant, shop.get().currency());
            List<RewardGrant> grants = engine.apply(merchant, new Occurrence(trigger, member,
                    referrals.findByInvitee(merchant, member), key, amount, Optional.empty(), now),
                    settingsOf(shop.get()), book, events, now);
            events.addAll(book.flush());
            outbox.append(events);
            return Either.right(grants.stream().map(RewardView::of).toList());
        });
    }

    @Override
    public Either<UseCaseError, SetIncentiveRuleUseCase.Result> setIncentiveRule(SetIncentiveRuleUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("incentive rule " + command.ruleId(), () -> {
            Optional<Merchant> shop = merchants.find(command.merchantId());
            if (shop.isEmpty()) {
                return Either.left(new NotFound("merchant", command.merchantId().value()));
            }
            if (command.cash() != null && !command.cash().currency().equals(shop.get().currency())) {
                return Either.left(new Refused(UseCaseRefusal.CURRENCY_MISMATCH, "the merchant works in "
                        + shop.get().currency().getCurrencyCode()));
            }
            IncentiveRule.Definition definition = new IncentiveRule.Definition(command.name(), command.trigger(),
                    command.beneficiary(), command.reward(), optional(command.perDayCap()), optional(command.totalCap()),
                    Optional.ofNullable(command.validFrom()), Optional.ofNullable(command.validUntil()),
                    optional(command.budget()), command.active());
            Optional<IncentiveRule> existing = incentives.findRule(command.merchantId(), command.ruleId());
            IncentiveRule rule = existing.orElseGet(() -> IncentiveRule.create(command.ruleId(), command.merchantId(), definition));
            rule.redefine(definition);
            VersionConflict.check(incentives.saveRule(rule), "incentive rule " + command.ruleId());
            return Either.right(new SetIncentiveRuleUseCase.Result(command.ruleId(), existing.isEmpty()));
        }));
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    @Override
    public Either<UseCaseError, SetCommissionPlanUseCase.Result> setCommissionPlan(SetCommissionPlanUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("commission plan " + command.communityId(), () -> {
            if (communities.find(command.merchantId(), command.communityId()).isEmpty()) {
                return Either.left(new NotFound("community", command.communityId().value()));
            }
            Optional<CommissionPlan> existing = incentives.findCommissionPlan(command.merchantId(), command.communityId());
            CommissionPlan plan = new CommissionPlan(command.merchantId(), command.communityId(),
                    command.leaderPercent(), Optional.ofNullable(command.secondLevelPercent()),
                    existing.map(CommissionPlan::version).orElse(0L));
            VersionConflict.check(incentives.saveCommissionPlan(plan), "commission plan " + command.communityId());
            return Either.right(new SetCommissionPlanUseCase.Result(command.communityId(), existing.isEmpty()));
        }));
    }

    @Override
    public Either<UseCaseError, ReferralSettings> setReferralSettings(SetReferralSettingsUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("referral settings", () -> {
            Optional<Merchant> shop = merchants.find(command.merchantId());
            if (shop.isEmpty()) {
                return Either.left(new NotFound("merchant", command.merchantId().value()));
            }
            if (!command.withdrawalMinimum().currency().equals(shop.get().currency())) {
                return Either.left(new Refused(UseCaseRefusal.CURRENCY_MISMATCH, "the merchant works in "
                        + shop.get().currency().getCurrencyCode()));
            }
            long version = incentives.findSettings(command.merchantId()).map(ReferralSettings::version).orElse(0L);
            ReferralSettings settings = new ReferralSettings(command.merchantId(), command.dailyInviteCap(),
                    command.invitesPerHourAlert(), Duration.ofDays(command.refundWindowDays()),
                    command.withdrawalMinimum(), ZoneOffset.ofHours(command.dayOffsetHours()), version);
            VersionConflict.check(incentives.saveSettings(settings), "referral settings");
            return Either.right(new ReferralSettings(settings.merchantId(), settings.dailyInviteCap(),
                    settings.invitesPerHourAlert(), settings.refundWindow(), settings.withdrawalMinimum(),
                    settings.dayOffset(), version + 1));
        }));
    }

    @Override
    public Either<UseCaseError, ApplyOrderPaidUseCase.Result> applyOrderPaid(ApplyOrderPaidUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("paid order " + command.orderId(), () -> {
            MerchantId merchant = command.merchantId();
            Instant now = clock.instant();
            Instant paidAt = command.paidAt() != null ? command.paidAt() : now;
            Optional<Merchant> shop = merchants.find(merchant);
            if (shop.isEmpty()) {
                return Either.left(new NotFound("merchant", merchant.value()));
            }
            if (!command.paidAmount().currency().equals(shop.get().currency())) {
                return Either.left(new Refused(UseCaseRefusal.CURRENCY_MISMATCH, "the merchant works in "
                        + shop.get().currency().getCurrencyCode()));
            }
            ReferralSettings settings = settingsOf(shop.get());
            LedgerBook book = new LedgerBook(ledgers, merchant, shop.get().currency());
            List<DomainEvent> events = new ArrayList<>();
            List<RewardGrant> grants = new ArrayList<>();
            Optional<Referral> referral = referrals.findByInvitee(merchant, command.memberId());
            if (referral.isPresent()) {
                boolean known = referral.get().firstPurchaseOrderId().isPresent();
                if (referral.get().recordPurchase(command.orderId())) {
                    if (!known) {
                        VersionConflict.check(referrals.saveReferral(referral.get()), "referral of " + command.memberId());
                    }
                    grants.addAll(engine.apply(merchant, new Occurrence(Trigger.INVITEE_FIRST_PURCHASE,
                            command.memberId(), referral, Occurrence.ONCE, Optional.of(command.paidAmount()),
                            Optional.of(command.orderId()), paidAt), settings, book, events, now));
                }
            }
            List<ApplyOrderPaidUseCase.CommissionView> commissions = new ArrayList<>();
            if (command.community() != null) {
                Optional<CommissionPlan> plan = incentives.findCommissionPlan(merchant, command.community());
                Optional<Community> community = communities.find(merchant, command.community());
                if (plan.isPresent() && community.isPresent()) {
                    MemberId leader = community.get().settings().leader();
                    Optional<MemberId> up = referrals.findByInvitee(merchant, leader).map(Referral::inviter);
                    for (CommissionPlan.Share share : plan.get().shares(command.paidAmount(), leader, up)) {
                        String id = "commission/" + command.orderId() + "/" + share.level();
                        if (ledgers.findAccrual(merchant, id).isPresent()) {
                            continue;
                        }
                        Accrual accrual = Accrual.accrue(id, book.of(share.beneficiary()), command.orderId(),
                                Amount.cash(share.amount()), command.paidAmount(), Cause.order(command.orderId()),
                                settings.refundWindow(), paidAt, now)
                                .getOrElseThrow(r -> new IllegalStateException(r.detail()))._1;
                        VersionConflict.check(ledgers.saveAccrual(accrual), "accrual " + id);
                        events.add(new CommissionAccrued(merchant, command.orderId(), command.community(),
                                share.level(), share.beneficiary(), share.amount(), accrual.releaseAt(), now));
                        commissions.add(new ApplyOrderPaidUseCase.CommissionView(share.level(), share.beneficiary(),
                                share.amount(), accrual.releaseAt()));
                    }
                }
            }
            events.addAll(book.flush());
            outbox.append(events);
            return Either.right(new ApplyOrderPaidUseCase.Result(grants.stream().map(RewardView::of).toList(),
                    commissions));
        }));
    }

    @Override
    public Either<UseCaseError, ApplyOrderRefundUseCase.Result> applyOrderRefund(ApplyOrderRefundUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("refund " + command.refundId(), () -> {
            MerchantId merchant = command.merchantId();
            Instant now = clock.instant();
            Optional<Merchant> shop = merchants.find(merchant);
            if (shop.isEmpty()) {
                return Either.left(new NotFound("merchant", merchant.value()));
            }
            LedgerBook book = new LedgerBook(ledgers, merchant, shop.get().currency());
            List<ApplyOrderRefundUseCase.Reversal> reversals = new ArrayList<>();
            for (Accrual accrual : ledgers.findAccrualsOfOrder(merchant, command.orderId())) {
                if (accrual.appliedRefunds().contains(command.refundId())) {
                    continue;
                }
                Either<LedgerRejection, Optional<LedgerEntry>> taken = accrual.refund(command.refundId(),
                        command.amount(), book.of(accrual.memberId()), now);
                if (taken.isLeft()) {
                    return Either.left(new Refused(taken.getLeft().reason(), taken.getLeft().detail()));
                }
                VersionConflict.check(ledgers.saveAccrual(accrual), "accrual " + accrual.id());
                taken.get().ifPresent(entry -> reversals.add(new ApplyOrderRefundUseCase.Reversal(accrual.id(),
                        accrual.memberId(), entry.movement(),
                        entry.changeTo(Account.merchant(AccountType.MERCHANT_REWARD_EXPENSE, entry.asset())))));
            }
            outbox.append(book.flush());
            return Either.right(new ApplyOrderRefundUseCase.Result(reversals));
        }));
    }

    private ReferralSettings settingsOf(Merchant merchant) {
        return incentives.findSettings(merchant.id()).orElseGet(() -> ReferralSettings.defaults(merchant.id(),
                merchant.currency()));
    }
}
