package dev.shequn.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");

    @Test
    void givenIsoDigits_whenParsing_thenMinorUnitsFollowTheCurrency() {
        assertThat(Money.of("12.5", CNY).minorUnits()).isEqualTo(1250);
        assertThat(Money.of("1200", JPY).minorUnits()).isEqualTo(1200);
        assertThat(Money.of("1.234", KWD).minorUnits()).isEqualTo(1234);
        assertThat(Money.of("12.50", CNY).toPlainString()).isEqualTo("12.50");
        assertThat(Money.of("-0.00", CNY)).isEqualTo(Money.zero(CNY));
    }

    @Test
    void givenMoreDecimalsThanTheCurrencyHas_whenParsing_thenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("12.505", CNY));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("100.5", JPY));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.0001", KWD));
    }

    @Test
    void givenACurrencyWithoutMinorUnit_whenCreating_thenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.zero(Currency.getInstance("XXX")));
    }

    @Test
    void givenTwoCurrencies_whenAdding_thenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", CNY).plus(Money.of("1", JPY)));
    }

    @Test
    void givenAFactor_whenMultiplying_thenRoundsOnceHalfUp() {
        assertThat(Money.of("0.05", CNY).times(new BigDecimal("0.5"))).isEqualTo(Money.of("0.03", CNY));
        assertThat(Money.of("0.05", CNY).times(new BigDecimal("0.4"))).isEqualTo(Money.of("0.02", CNY));
        assertThat(Money.of("99", JPY).times(new BigDecimal("0.5"))).isEqualTo(Money.of("50", JPY));
        assertThat(Money.of("3.00", CNY).times(3).minus(Money.of("1.00", CNY))).isEqualTo(Money.of("8.00", CNY));
    }

    @Test
    void givenTenOverThreeEqualLines_whenAllocating_thenTheFirstGetsTheExtraCent() {
        assertThat(Money.of("10.00", CNY).allocate(1, 1, 1))
                .extracting(Money::toPlainString).containsExactly("3.34", "3.33", "3.33");
    }

    @Test
    void givenEqualRemainders_whenAllocating_thenTheEarlierPartWins() {
        assertThat(Money.ofMinor(2, CNY).allocate(1, 1, 1, 1))
                .extracting(Money::minorUnits).containsExactly(1L, 1L, 0L, 0L);
        assertThat(Money.ofMinor(-10, CNY).allocate(1, 1, 1))
                .extracting(Money::minorUnits).containsExactly(-4L, -3L, -3L);
    }

    @Test
    void givenLargestRemainders_whenAllocating_thenLeftoverGoesToThem() {
        // exact shares 1.2, 2.4, 6.4 -> floors 1, 2, 6 and one left over for the 0.4s, the earlier first
        assertThat(Money.ofMinor(10, JPY).allocate(3, 6, 16))
                .extracting(Money::minorUnits).containsExactly(1L, 3L, 6L);
    }

    @Test
    void givenZeroOrNegativeWeights_whenAllocating_thenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofMinor(10, CNY).allocate(0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofMinor(10, CNY).allocate(1, -1));
    }
}
