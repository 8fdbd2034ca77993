package dev.shequn.application.member;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.Commands;
import dev.shequn.application.common.Transactions;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.common.UseCaseRefusal;
import dev.shequn.application.common.UseCaseError.NotFound;
import dev.shequn.application.common.UseCaseError.Refused;
import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.port.in.MemberView;
import dev.shequn.application.port.in.RecordPaidOrderUseCase;
import dev.shequn.application.port.in.RecordRefundUseCase;
import dev.shequn.application.port.in.SetTagRulesUseCase;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.IdGenerator;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.application.port.out.TagRulesRepository;
import dev.shequn.application.port.out.TierLadderRepository;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberEvents.TagRulesChanged;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.member.MemberRejection;
import dev.shequn.domain.member.Portrait;
import dev.shequn.domain.member.TagRules;
import dev.shequn.domain.merchant.Merchant;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import dev.shequn.domain.tier.TierLadder;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Members: profiles, the orders that change their metrics, and the tag rules derived from them. */
public final class MemberService implements UpsertMemberUseCase, RecordPaidOrderUseCase, RecordRefundUseCase,
        SetTagRulesUseCase {

    private final MerchantRepository merchants;
    private final MemberRepository members;
    private final TagRulesRepository tagRules;
    private final TierLadderRepository ladders;
    private final IdGenerator ids;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public MemberService(MerchantRepository merchants, MemberRepository members, TagRulesRepository tagRules,
            TierLadderRepository ladders, IdGenerator ids, EventOutbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.merchants = requireNonNull(merchants, "merchants");
        this.members = requireNonNull(members, "members");
        this.tagRules = requireNonNull(tagRules, "tagRules");
        this.ladders = requireNonNull(ladders, "ladders");
        this.ids = requireNonNull(ids, "ids");
        this.outbox = requireNonNull(outbox, "outbox");
        this.transactions = new Transactions(unitOfWork);
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Either<UseCaseError, UpsertMemberUseCase.Result> upsertMember(UpsertMemberUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("member " + command.externalId(), () -> {
            Instant now = clock.instant();
            Optional<Merchant> merchant = merchants.find(command.merchantId());
            if (merchant.isEmpty()) {
                return Either.left(new NotFound("merchant", command.merchantId().value()));
            }
            Portrait portrait = new Portrait(Optional.ofNullable(command.gender()), Optional.ofNullable(command.ageBand()),
                    Optional.ofNullable(command.region()));
            Optional<Member> existing = members.findByExternalId(command.merchantId(), command.externalId());
            if (existing.isPresent()) {
                Member member = existing.get();
                Optional<DomainEvent> changed = member.updateProfile(portrait, command.manualTags(), now);
                if (changed.isPresent()) {
                    VersionConflict.check(members.save(member), "member " + member.id());
                    outbox.append(List.of(changed.get()));
                }
                return Either.right(new UpsertMemberUseCase.Result(MemberView.of(member), false));
            }
            Member member = Member.create(new MemberId(ids.newId("m")), command.merchantId(), command.externalId(),
                    merchant.get().currency(), portrait, command.manualTags(), now);
            // Tag rules that need no purchase (none today) would apply from the start; re-tag for uniformity.
            List<DomainEvent> events = new ArrayList<>();
            events.add(member.registered());
            member.retag(rulesOf(command.merchantId()), now).ifPresent(events::add);
            VersionConflict.check(members.save(member), "member " + command.externalId());
            outbox.append(events);
            return Either.right(new UpsertMemberUseCase.Result(MemberView.of(member), true));
        }));
    }

    @Override
    public Either<UseCaseError, MemberView> recordPaidOrder(RecordPaidOrderUseCase.Command command) {
        return Commands.ifValid(command, () -> changeMember(command.merchantId(), command.memberId(), (member, ctx) ->
                member.recordPaidOrder(command.orderId(), command.amount(), command.categories(),
                        Optional.ofNullable(command.paidAt()).orElse(ctx.now()), ctx.rules(),
                        MemberRefresh.orderRetention(ctx.ladder()), ctx.now())));
    }

    @Override
    public Either<UseCaseError, MemberView> recordRefund(RecordRefundUseCase.Command command) {
        return Commands.ifValid(command, () -> changeMember(command.merchantId(), command.memberId(), (member, ctx) ->
                member.recordRefund(command.orderId(), command.amount(), ctx.rules(), ctx.now())));
    }

    private record Context(TagRules rules, Optional<TierLadder> ladder, Instant now) {}

    private Either<UseCaseError, MemberView> changeMember(MerchantId merchant, MemberId memberId,
            BiFunction<Member, Context, Either<MemberRejection, List<DomainEvent>>> change) {
        return transactions.write("member " + memberId, () -> {
            Optional<Member> found = members.find(merchant, memberId);
            if (found.isEmpty()) {
                return Either.left(new NotFound("member", memberId.value()));
            }
            Member member = found.get();
            Context ctx = new Context(rulesOf(merchant), ladders.find(merchant), clock.instant());
            return change.apply(member, ctx)
                    .<UseCaseError>mapLeft(r -> new Refused(r.reason(), r.detail()))
                    .map(changeEvents -> {
                        if (changeEvents.isEmpty()) {
                            return MemberView.of(member); // the same order reported again: nothing to do
                        }
                        List<DomainEvent> events = new ArrayList<>(changeEvents);
                        events.addAll(MemberRefresh.tagsAndTier(member, ctx.rules(), ctx.ladder(), ctx.now()));
                        VersionConflict.check(members.save(member), "member " + memberId);
                        outbox.append(events);
                        return MemberView.of(member);
                    });
        });
    }

    @Override
    public Either<UseCaseError, SetTagRulesUseCase.Result> setTagRules(SetTagRulesUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("tag rules", () -> {
            Optional<Merchant> merchant = merchants.find(command.merchantId());
            if (merchant.isEmpty()) {
                return Either.left(new NotFound("merchant", command.merchantId().value()));
            }
            Optional<Money> highValueAt = Optional.ofNullable(command.highValueAt());
            if (highValueAt.filter(m -> !m.currency().equals(merchant.get().currency())).isPresent()) {
                return Either.left(new Refused(UseCaseRefusal.CURRENCY_MISMATCH,
                        "highValueAt must be in " + merchant.get().currency().getCurrencyCode()));
            }
            Optional<Integer> lapsed = Optional.ofNullable(command.lapsedAfterDays());
            TagRules rules = tagRules.find(command.merchantId()).orElseGet(() -> TagRules.none(command.merchantId()))
                    .replacedBy(highValueAt, command.categoryTags(), lapsed);
            VersionConflict.check(tagRules.save(rules), "tag rules of " + command.merchantId());
            outbox.append(List.of(new TagRulesChanged(command.merchantId(), highValueAt, command.categoryTags(), lapsed,
                    clock.instant())));
            return Either.right(new SetTagRulesUseCase.Result(command.merchantId()));
        }));
    }

    private TagRules rulesOf(MerchantId merchant) {
        return tagRules.find(merchant).orElseGet(() -> TagRules.none(merchant));
    }
}
