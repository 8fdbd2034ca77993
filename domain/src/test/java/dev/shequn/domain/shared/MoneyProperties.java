package dev.shequn.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class MoneyProperties {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Property
    void allocationsAddUpExactly(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long amount,
                                 @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 1_000_000) Long> weights) {
        long[] w = weights.stream().mapToLong(Long::longValue).toArray();
        if (w.length > 0 && java.util.Arrays.stream(w).sum() == 0) {
            w[0] = 1;
        }
        List<Money> parts = Money.ofMinor(amount, CNY).allocate(w);
        assertThat(parts).hasSize(w.length);
        assertThat(parts.stream().mapToLong(Money::minorUnits).sum()).isEqualTo(amount);
    }

    @Property
    void noNegativePartForNonNegativeWeights(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long amount,
                                             @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 1_000_000) Long> weights) {
        long[] w = weights.stream().mapToLong(Long::longValue).toArray();
        if (java.util.Arrays.stream(w).sum() == 0) {
            w[0] = 1;
        }
        List<Money> parts = Money.ofMinor(amount, CNY).allocate(w);
        assertThat(parts).allSatisfy(p -> assertThat(p.minorUnits()).isNotNegative());
        for (int i = 0; i < w.length; i++) {
            if (w[i] == 0) {
                assertThat(parts.get(i).minorUnits()).isZero();
            }
        }
    }
}
