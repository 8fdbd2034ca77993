package dev.shequn.application.tier;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.Commands;
import dev.shequn.application.common.Transactions;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.common.UseCaseRefusal;
import dev.shequn.application.common.UseCaseError.NotFound;
import dev.shequn.application.common.UseCaseError.Refused;
import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.member.MemberRefresh;
import dev.shequn.application.port.in.EvaluateAllTiersUseCase;
import dev.shequn.application.port.in.EvaluateTierUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase;
import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.application.port.out.TagRulesRepository;
import dev.shequn.application.port.out.TierLadderRepository;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.member.TagRules;
import dev.shequn.domain.member.TierStanding;
import dev.shequn.domain.merchant.Merchant;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.tier.QualificationRule;
import dev.shequn.domain.tier.Tier;
import dev.shequn.domain.tier.TierBenefits;
import dev.shequn.domain.tier.TierChanged;
import dev.shequn.domain.tier.TierLadder;
import dev.shequn.domain.tier.TierLadderChanged;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tier ladder, and moving members on it. */
public final class TierService implements SetTierLadderUseCase, EvaluateTierUseCase, EvaluateAllTiersUseCase {

    private final MerchantRepository merchants;
    private final MemberRepository members;
    private final CommunityRepository communities;
    private final TagRulesRepository tagRules;
    private final TierLadderRepository ladders;
    private final EventOutbox outbox;
    private final UnitOfWork unitOfWork;
    private final Transactions transactions;
    private final Clock clock;

    public TierService(MerchantRepository merchants, MemberRepository members, CommunityRepository communities,
            TagRulesRepository tagRules, TierLadderRepository ladders, EventOutbox outbox, UnitOfWork unitOfWork,
            Clock clock) {
        this.merchants = requireNonNull(merchants, "merchants");
        this.members = requireNonNull(members, "members");
        this.communities = requireNonNull(communities, "communities");
        this.tagRules = requireNonNull(tagRules, "tagRules");
        this.ladders = requireNonNull(ladders, "ladders");
        this.outbox = requireNonNull(outbox, "outbox");
        this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
        this.transactions = new Transactions(unitOfWork);
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Either<UseCaseError, SetTierLadderUseCase.Result> setTierLadder(SetTierLadderUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("tier ladder", () -> {
            MerchantId merchantId = command.merchantId();
            Optional<Merchant> merchant = merchants.find(merchantId);
            if (merchant.isEmpty()) {
                return Either.left(new NotFound("merchant", merchantId.value()));
            }
            for (TierSpec spec : command.tiers()) {
                for (RuleSpec rule : spec.rules()) {
                    if (rule.minSpend() != null && !rule.minSpend().currency().equals(merchant.get().currency())) {
                        return Either.left(new Refused(UseCaseRefusal.CURRENCY_MISMATCH, "tier " + spec.code()
                                + " spends in " + rule.minSpend().currency().getCurrencyCode() + ", the merchant in "
                                + merchant.get().currency().getCurrencyCode()));
                    }
                }
                List<CommunityId> found = communities.findAll(merchantId, spec.communityIds()).stream()
                        .map(Community::id).toList();
                Optional<CommunityId> missing = spec.communityIds().stream().filter(c -> !found.contains(c)).findFirst();
                if (missing.isPresent()) {
                    return Either.left(new NotFound("community", missing.get().value()));
                }
            }
            List<Tier> tiers = command.tiers().stream().map(TierService::toTier).toList();
            Duration grace = Optional.ofNullable(command.graceDays()).map(d -> Duration.ofDays(d))
                    .orElse(TierLadder.DEFAULT_GRACE);
            TierLadder ladder = ladders.find(merchantId).map(l -> l.replacedBy(tiers, grace))
                    .orElseGet(() -> TierLadder.create(merchantId, tiers, grace));
            VersionConflict.check(ladders.save(ladder), "tier ladder of " + merchantId);
            List<String> codes = tiers.stream().map(Tier::code).toList();
            outbox.append(List.of(new TierLadderChanged(merchantId, codes, clock.instant())));
            return Either.right(new SetTierLadderUseCase.Result(merchantId, codes));
        }));
    }

    private static Tier toTier(TierSpec spec) {
        List<QualificationRule> rules = spec.rules().stream().map(r -> switch (r.kind()) {
            case SPEND_IN_WINDOW -> (QualificationRule) new QualificationRule.SpendInWindow(r.windowDays(), r.minSpend());
            case PAID_ORDERS_IN_WINDOW -> new QualificationRule.PaidOrdersInWindow(r.windowDays(), r.minOrders());
        }).toList();
        return new Tier(spec.code(), spec.name(), rules, new TierBenefits(spec.couponTemplateIds(), spec.communityIds()));
    }

    @Override
    public Either<UseCaseError, EvaluateTierUseCase.Result> evaluateTier(EvaluateTierUseCase.Command command) {
        return Commands.ifValid(command, () -> evaluate(command.merchantId(), command.memberId()));
    }

    private Either<UseCaseError, EvaluateTierUseCase.Result> evaluate(MerchantId merchant, MemberId memberId) {
        return transactions.write("member " + memberId, () -> {
            Optional<Member> found = members.find(merchant, memberId);
            if (found.isEmpty()) {
                return Either.left(new NotFound("member", memberId.value()));
            }
            Member member = found.get();
            Instant now = clock.instant();
            TierStanding before = member.tierStanding();
            TagRules rules = tagRules.find(merchant).orElseGet(() -> TagRules.none(merchant));
            List<DomainEvent> events = MemberRefresh.tagsAndTier(member, rules, ladders.find(merchant), now);
            // A grace period that starts is a change too, even without an event: it must be remembered.
            if (!events.isEmpty() || !before.equals(member.tierStanding())) {
                VersionConflict.check(members.save(member), "member " + memberId);
                outbox.append(events);
            }
            boolean changed = events.stream().anyMatch(e -> e instanceof TierChanged);
            return Either.right(new EvaluateTierUseCase.Result(memberId, member.tierStanding().tier(), changed));
        });
    }

    @Override
    public Either<UseCaseError, EvaluateAllTiersUseCase.Result> evaluateAllTiers(EvaluateAllTiersUseCase.Command command) {
        return Commands.ifValid(command, () -> {
            MerchantId merchant = command.merchantId();
            if (unitOfWork.inTransaction(() -> merchants.find(merchant)).isEmpty()) {
                return Either.left(new NotFound("merchant", merchant.value()));
            }
            long evaluated = 0;
            long changed = 0;
            long skipped = 0;
            Optional<MemberId> after = Optional.empty();
            while (true) {
                Optional<MemberId> from = after;
                List<MemberId> page = unitOfWork.inTransaction(
                        () -> members.findPage(merchant, from, command.batchSize()).stream().map(Member::id).toList());
                for (MemberId id : page) {
                    var result = evaluate(merchant, id);
                    if (result.isRight()) {
                        evaluated++;
                        changed += result.get().changed() ? 1 : 0;
                    } else {
                        skipped++;
                    }
                }
                if (page.size() < command.batchSize()) {
                    return Either.right(new EvaluateAllTiersUseCase.Result(evaluated, changed, skipped));
                }
                after = Optional.of(page.get(page.size() - 1));
            }
        });
    }
}
