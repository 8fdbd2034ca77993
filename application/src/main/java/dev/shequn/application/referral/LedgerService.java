package dev.shequn.application.referral;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.Commands;
import dev.shequn.application.common.Transactions;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.common.UseCaseError.NotFound;
import dev.shequn.application.common.UseCaseError.Refused;
import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.port.in.DecideWithdrawalUseCase;
import dev.shequn.application.port.in.ReadLedgerUseCase;
import dev.shequn.application.port.in.ReleaseFrozenCreditsUseCase;
import dev.shequn.application.port.in.RequestWithdrawalUseCase;
import dev.shequn.application.port.in.RewardView;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.IdGenerator;
import dev.shequn.application.port.out.IncentiveRepository;
import dev.shequn.application.port.out.LedgerRepository;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.ledger.Accrual;
import dev.shequn.domain.ledger.LedgerEntry;
import dev.shequn.domain.ledger.LedgerRejection;
import dev.shequn.domain.ledger.MemberLedger;
import dev.shequn.domain.ledger.Withdrawal;
import dev.shequn.domain.merchant.Merchant;
import dev.shequn.domain.referral.ReferralSettings;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Releasing frozen credit, withdrawals, and reading a member's ledger. */
public final class LedgerService implements ReleaseFrozenCreditsUseCase, RequestWithdrawalUseCase,
        DecideWithdrawalUseCase, ReadLedgerUseCase {

    private static final int REWARDS_SHOWN = 100;

    private final MerchantRepository merchants;
    private final MemberRepository members;
    private final IncentiveRepository incentives;
    private final LedgerRepository ledgers;
    private final IdGenerator ids;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public LedgerService(MerchantRepository merchants, MemberRepository members, IncentiveRepository incentives,
            LedgerRepository ledgers, IdGenerator ids, EventOutbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.merchants = requireNonNull(merchants, "merchants");
        this.members = requireNonNull(members, "members");
        this.incentives = requireNonNull(incentives, "incentives");
        this.ledgers = requireNonNull(ledgers, "ledgers");
        this.ids = requireNonNull(ids, "ids");
        this.outbox = requireNonNull(outbox, "outbox");
        this.transactions = new Transactions(unitOfWork);
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Either<UseCaseError, ReleaseFrozenCreditsUseCase.Result> releaseFrozenCredits(
            ReleaseFrozenCreditsUseCase.Command command) {
        return Commands.ifValid(command, () -> {
            Instant now = clock.instant();
            int released = 0;
            // One unit of work per accrual: a member's ledger busy elsewhere delays only its own release.
            for (Accrual due : ledgers.findDueAccruals(now, command.limit())) {
                Either<UseCaseError, Boolean> one = transactions.write("release " + due.id(), () -> release(due, now));
                if (one.isLeft()) {
                    return Either.left(one.getLeft());
                }
                released += one.get() ? 1 : 0;
            }
            return Either.right(new ReleaseFrozenCreditsUseCase.Result(released));
        });
    }

    private Either<UseCaseError, Boolean> release(Accrual due, Instant now) {
        Optional<Accrual> fresh = ledgers.findAccrual(due.merchantId(), due.id());
        Optional<Merchant> shop = merchants.find(due.merchantId());
        if (fresh.isEmpty() || shop.isEmpty()) {
            return Either.right(false);
        }
        LedgerBook book = new LedgerBook(ledgers, due.merchantId(), shop.get().currency());
        Either<LedgerRejection, Optional<LedgerEntry>> released = fresh.get().release(book.of(due.memberId()), now);
        if (released.isLeft()) {
            // Released meanwhile by another server, or not due after all: nothing to do.
            return Either.right(false);
        }
        VersionConflict.check(ledgers.saveAccrual(fresh.get()), "accrual " + due.id());
        outbox.append(book.flush());
        return Either.right(true);
    }

    @Override
    public Either<UseCaseError, RequestWithdrawalUseCase.Result> requestWithdrawal(RequestWithdrawalUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("withdrawal of " + command.memberId(), () -> {
            MerchantId merchant = command.merchantId();
            Optional<Merchant> shop = merchants.find(merchant);
            if (shop.isEmpty()) {
                return Either.left(new NotFound("merchant", merchant.value()));
            }
            if (members.find(merchant, command.memberId()).isEmpty()) {
                return Either.left(new NotFound("member", command.memberId().value()));
            }
            ReferralSettings settings = incentives.findSettings(merchant)
                    .orElseGet(() -> ReferralSettings.defaults(merchant, shop.get().currency()));
            LedgerBook book = new LedgerBook(ledgers, merchant, shop.get().currency());
            MemberLedger ledger = book.of(command.memberId());
            Either<LedgerRejection, Tuple2<Withdrawal, LedgerEntry>> requested = Withdrawal.request(ids.newId("w"),
                    ledger, command.amount(), settings.withdrawalMinimum(), clock.instant());
            if (requested.isLeft()) {
                return Either.left(new Refused(requested.getLeft().reason(), requested.getLeft().detail()));
            }
            VersionConflict.check(ledgers.saveWithdrawal(requested.get()._1), "withdrawal " + requested.get()._1.id());
            outbox.append(book.flush());
            return Either.right(new RequestWithdrawalUseCase.Result(requested.get()._1.id(), ledger.balances()));
        }));
    }

    @Override
    public Either<UseCaseError, DecideWithdrawalUseCase.Result> decideWithdrawal(DecideWithdrawalUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("withdrawal " + command.withdrawalId(), () -> {
            MerchantId merchant = command.merchantId();
            Optional<Merchant> shop = merchants.find(merchant);
            Optional<Withdrawal> found = ledgers.findWithdrawal(merchant, command.withdrawalId());
            if (shop.isEmpty() || found.isEmpty()) {
                return Either.left(new NotFound("withdrawal", command.withdrawalId()));
            }
            Withdrawal withdrawal = found.get();
            LedgerBook book = new LedgerBook(ledgers, merchant, shop.get().currency());
            MemberLedger ledger = book.of(withdrawal.memberId());
            Optional<String> note = Optional.ofNullable(command.note());
            Either<LedgerRejection, LedgerEntry> decided = command.approve()
                    ? withdrawal.approve(ledger, note, clock.instant())
                    : withdrawal.reject(ledger, note, clock.instant());
            if (decided.isLeft()) {
                return Either.left(new Refused(decided.getLeft().reason(), decided.getLeft().detail()));
            }
            VersionConflict.check(ledgers.saveWithdrawal(withdrawal), "withdrawal " + withdrawal.id());
            outbox.append(book.flush());
            return Either.right(new DecideWithdrawalUseCase.Result(withdrawal.status(), ledger.balances()));
        }));
    }

    @Override
    public Either<UseCaseError, ReadLedgerUseCase.Result> readLedger(ReadLedgerUseCase.Query query) {
        return Commands.ifValid(query, () -> {
            Optional<Merchant> shop = merchants.find(query.merchantId());
            if (shop.isEmpty()) {
                return Either.left(new NotFound("merchant", query.merchantId().value()));
            }
            // Like every other member use case: a member the merchant does not have is not found, not empty.
            if (members.find(query.merchantId(), query.memberId()).isEmpty()) {
                return Either.left(new NotFound("member", query.memberId().value()));
            }
            MemberLedger ledger = ledgers.load(query.merchantId(), query.memberId(), shop.get().currency());
            return Either.right(new ReadLedgerUseCase.Result(ledger.balances(),
                    ledgers.entries(query.merchantId(), query.memberId(), query.afterSequence(), query.limit()),
                    incentives.findRewards(query.merchantId(), query.memberId(), REWARDS_SHOWN).stream()
                            .map(RewardView::of).toList()));
        });
    }
}
