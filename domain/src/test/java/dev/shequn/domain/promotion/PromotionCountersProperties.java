package dev.shequn.domain.promotion;

import static dev.shequn.domain.promotion.CatalogFixtures.CNY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.shared.Money;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class PromotionCountersProperties {

    /** Whatever orders arrive, pay, cancel or refund, no limit is ever exceeded and nothing goes below zero. */
    @Property
    void aLimitIsNeverExceeded(@ForAll @LongRange(min = 0, max = 20) long redemptionLimit,
            @ForAll @LongRange(min = 0, max = 5000) long budgetLimit,
            @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 3) Integer> moves,
            @ForAll @Size(max = 80) List<@LongRange(min = 0, max = 900) Long> amounts) {
        PromotionLimits limits = new PromotionLimits(OptionalLong.of(redemptionLimit),
                Optional.of(Money.ofMinor(budgetLimit, CNY)), OptionalLong.empty());
        PromotionCounters counters = PromotionCounters.NONE;
        Deque<Money> held = new ArrayDeque<>();
        Deque<Money> paid = new ArrayDeque<>();
        for (int i = 0; i < moves.size(); i++) {
            Money amount = Money.ofMinor(amounts.isEmpty() ? 100 : amounts.get(i % amounts.size()), CNY);
            switch (moves.get(i)) {
                case 0 -> {
                    var reserved = counters.reserve(limits, amount);
                    if (reserved.isRight()) {
                        counters = reserved.get();
                        held.push(amount);
                    }
                }
                case 1 -> {
                    if (!held.isEmpty()) {
                        Money m = held.pop();
                        counters = counters.commit(limits, m);
                        paid.push(m);
                    }
                }
                case 2 -> {
                    if (!held.isEmpty()) {
                        counters = counters.release(limits, held.pop());
                    }
                }
                default -> {
                    if (!paid.isEmpty()) {
                        counters = counters.giveBack(limits, paid.pop(), true);
                    }
                }
            }
            assertThat(counters.redemptionsUsed() + counters.redemptionsReserved()).isLessThanOrEqualTo(redemptionLimit);
            assertThat(counters.budgetUsed() + counters.budgetReserved()).isLessThanOrEqualTo(budgetLimit);
            assertThat(counters.redemptionsReserved()).isEqualTo(held.size());
            assertThat(counters.redemptionsUsed()).isEqualTo(paid.size());
        }
    }
}
