package dev.shequn.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LedgerProperties {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final MerchantId MERCHANT = new MerchantId("m-olive");
    private static final List<MemberId> MEMBERS = List.of(new MemberId("alice"), new MemberId("bob"));
    private static final Money MINIMUM = Money.of("1.00", CNY);

    enum Kind { GRANT, GRANT_FROZEN, RELEASE, REFUND, WITHDRAW, APPROVE, REJECT }

    record Op(Kind kind, int who, boolean cash, long units, int pick, long minutes) {}

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, MEMBERS.size() - 1),
                Arbitraries.of(true, false),
                Arbitraries.longs().between(1, 20_000),
                Arbitraries.integers().between(0, 1_000),
                Arbitraries.longs().between(0, 60 * 24 * 3))
                .as(Op::new);
        return op.list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void givenAnySequenceOfMovements_thenBalancesAreTheSumOfBalancedEntriesAndNeverNegative(
            @ForAll("operations") List<Op> ops) {
        Map<MemberId, MemberLedger> ledgers = new HashMap<>();
        MEMBERS.forEach(m -> ledgers.put(m, MemberLedger.open(MERCHANT, m, CNY)));
        List<LedgerEntry> entries = new ArrayList<>();
        List<Accrual> accruals = new ArrayList<>();
        List<Withdrawal> withdrawals = new ArrayList<>();
        Map<Asset, Long> plainGrants = new EnumMap<>(Asset.class);
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        int counter = 0;
        for (Op op : ops) {
            now = now.plus(Duration.ofMinutes(op.minutes()));
            MemberId who = MEMBERS.get(op.who());
            MemberLedger ledger = ledgers.get(who);
            Asset asset = op.cash() ? Asset.CASH : Asset.POINTS;
            Amount amount = new Amount(asset, op.units());
            counter++;
            switch (op.kind()) {
                case GRANT -> {
                    ledger.grant(amount, false, Cause.rule("r-" + counter), now).forEach(entries::add);
                    plainGrants.merge(asset, op.units(), Long::sum);
                }
                case GRANT_FROZEN -> {
                    Money paid = Money.ofMinor(1 + op.pick() * 37L, CNY);
                    Either<LedgerRejection, Tuple2<Accrual, LedgerEntry>> accrued = Accrual.accrue("a-" + counter,
                            ledger, "o-" + counter, amount, paid, Cause.order("o-" + counter), Duration.ofDays(7), now, now);
                    accrued.forEach(t -> {
                        accruals.add(t._1);
                        entries.add(t._2);
                    });
                }
                case RELEASE -> {
                    if (!accruals.isEmpty()) {
                        Accrual accrual = accruals.get(op.pick() % accruals.size());
                        accrual.release(ledgers.get(accrual.memberId()), now.plus(Duration.ofDays(op.minutes() % 9)))
                                .forEach(e -> e.ifPresent(entries::add));
                    }
                }
                case REFUND -> {
                    if (!accruals.isEmpty()) {
                        Accrual accrual = accruals.get(op.pick() % accruals.size());
                        long left = accrual.orderPaid().minus(accrual.refunded()).minorUnits();
                        if (left > 0) {
                            Money refund = Money.ofMinor(1 + op.units() % left, CNY);
                            accrual.refund("rf-" + counter, refund, ledgers.get(accrual.memberId()), now)
                                    .forEach(e -> e.ifPresent(entries::add));
                        }
                    }
                }
                case WITHDRAW -> Withdrawal.request("w-" + counter, ledger, Money.ofMinor(op.units(), CNY), MINIMUM, now)
                        .forEach(t -> {
                            withdrawals.add(t._1);
                            entries.add(t._2);
                        });
                case APPROVE, REJECT -> {
                    if (!withdrawals.isEmpty()) {
                        Withdrawal w = withdrawals.get(op.pick() % withdrawals.size());
                        MemberLedger owner = ledgers.get(w.memberId());
                        (op.kind() == Kind.APPROVE ? w.approve(owner, Optional.empty(), now)
                                : w.reject(owner, Optional.empty(), now)).forEach(entries::add);
                    }
                }
            }
            assertInvariants(ledgers, entries, accruals, plainGrants);
        }
    }

    private static void assertInvariants(Map<MemberId, MemberLedger> ledgers, List<LedgerEntry> entries,
            List<Accrual> accruals, Map<Asset, Long> plainGrants) {
        for (LedgerEntry entry : entries) {
            assertThat(entry.legs().stream().mapToLong(Leg::units).sum()).isZero();
        }
        for (Asset asset : Asset.values()) {
            long all = 0;
            for (MemberId member : MEMBERS) {
                MemberLedger ledger = ledgers.get(member);
                List<LedgerEntry> own = entries.stream().filter(e -> e.memberId().equals(member)).toList();
                assertThat(own).extracting(LedgerEntry::sequence)
                        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, own.size()).boxed().toList());
                for (AccountType type : AccountType.values()) {
                    if (type.isMemberAccount()) {
                        Account account = Account.of(member, type, asset);
                        long summed = own.stream().mapToLong(e -> e.changeTo(account)).sum();
                        assertThat(ledger.balance(type, asset)).as("%s", account).isEqualTo(summed).isNotNegative();
                        all += summed;
                    }
                }
            }
            for (AccountType type : AccountType.values()) {
                if (!type.isMemberAccount()) {
                    Account account = Account.merchant(type, asset);
                    all += entries.stream().mapToLong(e -> e.changeTo(account)).sum();
                }
            }
            assertThat(all).as("every account of %s together", asset).isZero();
            long expense = entries.stream().mapToLong(e -> e.changeTo(Account.merchant(AccountType.MERCHANT_REWARD_EXPENSE, asset))).sum();
            long kept = plainGrants.getOrDefault(asset, 0L) + accruals.stream().filter(a -> a.amount().asset() == asset)
                    .mapToLong(a -> a.amount().units() - a.reversed().units()).sum();
            assertThat(-expense).as("reward expense of %s is what was granted and not taken back", asset).isEqualTo(kept);
        }
    }

    @Property
    void givenRefundsInAnyParts_thenTotalReversedIsTheHalfUpShareOfTheTotalRefunded(
            @ForAll @LongRange(min = 1, max = 1_000_000) long reward,
            @ForAll @LongRange(min = 1, max = 10_000_000) long paid,
            @ForAll("cuts") List<Integer> cuts, @ForAll boolean releasedFirst) {
        Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
        MemberLedger ledger = MemberLedger.open(MERCHANT, MEMBERS.get(0), CNY);
        Accrual accrual = Accrual.accrue("a", ledger, "o", Amount.points(reward), Money.ofMinor(paid, CNY),
                Cause.order("o"), Duration.ofDays(7), t0, t0).get()._1;
        if (releasedFirst) {
            accrual.release(ledger, t0.plus(Duration.ofDays(7))).get();
        }
        long refunded = 0;
        int n = 0;
        for (int cut : cuts) {
            long part = Math.max(1, (paid - refunded) * cut / 100);
            if (refunded + part > paid) {
                break;
            }
            refunded += part;
            accrual.refund("r" + n++, Money.ofMinor(part, CNY), ledger, t0.plus(Duration.ofDays(8))).get();
            assertThat(accrual.reversed().units()).isEqualTo(Accrual.shareHalfUp(reward, refunded, paid));
        }
        if (refunded < paid) {
            accrual.refund("last", Money.ofMinor(paid - refunded, CNY), ledger, t0.plus(Duration.ofDays(9))).get();
        }
        assertThat(accrual.reversed().units()).isEqualTo(reward);
        assertThat(ledger.balance(AccountType.MEMBER_FROZEN, Asset.POINTS)
                + ledger.balance(AccountType.MEMBER_AVAILABLE, Asset.POINTS)).isZero();
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 100).list().ofMaxSize(8);
    }

    @Property
    void halfUpShareIsExact(@ForAll @IntRange(min = 0, max = 1000) int units, @ForAll @IntRange(min = 1, max = 1000) int whole,
            @ForAll @IntRange(min = 0, max = 1000) int partSeed) {
        long part = partSeed % (whole + 1);
        long share = Accrual.shareHalfUp(units, part, whole);
        // share is the integer nearest to units*part/whole, halves going up
        long twice = 2L * units * part;
        assertThat(2 * share * whole - twice).isBetween((long) -whole + 1, (long) whole);
    }
}
