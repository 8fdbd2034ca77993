package dev.shequn.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An exact amount of one currency, kept as a whole number of the currency's minor units (ISO 4217 digits:
 * CNY 2, JPY 0, KWD 3). Never binary floating point. Arithmetic between two amounts of different currencies
 * is a bug and throws; so does a result that does not fit in a {@code long} of minor units.
 */
public record Money(Currency currency, long minorUnits) implements Comparable<Money> {

    public Money {
        requireNonNull(currency, "currency");
        checkArgument(currency.getDefaultFractionDigits() >= 0,
                "currency %s has no minor unit", currency.getCurrencyCode());
    }

    public static Money zero(Currency currency) {
        return new Money(currency, 0);
    }

    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(currency, minorUnits);
    }

    /** Parses a plain decimal such as {@code "12.50"}; more decimals than the currency has is refused. */
    public static Money of(String amount, Currency currency) {
        requireNonNull(amount, "amount");
        return of(new BigDecimal(amount), currency);
    }

    /** An exact amount; a scale finer than the currency's minor unit is refused (use {@link #rounded}). */
    public static Money of(BigDecimal amount, Currency currency) {
        requireNonNull(amount, "amount");
        requireNonNull(currency, "currency");
        int digits = digitsOf(currency);
        BigDecimal stripped = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        checkArgument(stripped.scale() <= digits,
                "%s has more decimals than %s allows (%s)", amount.toPlainString(), currency.getCurrencyCode(), digits);
        return new Money(currency, amount.movePointRight(digits).longValueExact());
    }

    /** Rounds an exact decimal once, half-up, to the currency's minor unit. */
    public static Money rounded(BigDecimal amount, Currency currency) {
        int digits = digitsOf(currency);
        return new Money(currency, amount.setScale(digits, RoundingMode.HALF_UP).movePointRight(digits).longValueExact());
    }

    public static Money of(String amount, String currencyCode) {
        return of(amount, Currency.getInstance(currencyCode));
    }

    public static int digitsOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        checkArgument(digits >= 0, "currency %s has no minor unit", currency.getCurrencyCode());
        return digits;
    }

    public int digits() {
        return currency.getDefaultFractionDigits();
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, digits());
    }

    public Money plus(Money other) {
        return new Money(currency, Math.addExact(minorUnits, sameCurrency(other).minorUnits));
    }

    public Money minus(Money other) {
        return new Money(currency, Math.subtractExact(minorUnits, sameCurrency(other).minorUnits));
    }

    public Money times(long factor) {
        return new Money(currency, Math.multiplyExact(minorUnits, factor));
    }

    /** Multiplies by an exact factor and rounds once, half-up (a percentage: {@code times(new BigDecimal("0.4"))}). */
    public Money times(BigDecimal factor) {
        return rounded(amount().multiply(factor), currency);
    }

    public Money negate() {
        return new Money(currency, Math.negateExact(minorUnits));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(minorUnits, sameCurrency(other).minorUnits);
    }

    /**
     * Splits this amount into parts proportional to the weights by the largest-remainder method: each part
     * gets the floor of its exact share, and the minor units left over go one each to the parts with the
     * largest exact remainders, ties to the earlier part. The parts always add up to this amount exactly;
     * with non-negative weights and a non-negative amount no part is negative.
     */
    public List<Money> allocate(long... weights) {
        checkArgument(weights.length > 0, "at least one weight");
        BigInteger total = BigInteger.ZERO;
        for (long weight : weights) {
            checkArgument(weight >= 0, "weights must not be negative: %s", Arrays.toString(weights));
            total = total.add(BigInteger.valueOf(weight));
        }
        checkArgument(total.signum() > 0, "weights must not all be zero");
        boolean negative = minorUnits < 0;
        BigInteger amount = BigInteger.valueOf(minorUnits).abs();
        long[] parts = new long[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        long handedOut = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = amount.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            handedOut += parts[i];
        }
        long leftover = amount.longValueExact() - handedOut;
        int[] byRemainder = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < leftover; k++) {
            parts[byRemainder[k]]++;
        }
        return Arrays.stream(parts).mapToObj(p -> new Money(currency, negative ? -p : p)).toList();
    }

    private Money sameCurrency(Money other) {
        requireNonNull(other, "other");
        checkArgument(currency.equals(other.currency),
                "currency mismatch: %s and %s", currency.getCurrencyCode(), other.currency.getCurrencyCode());
        return other;
    }

    /** Plain decimal with exactly the currency's digits, e.g. {@code 12.50}. */
    public String toPlainString() {
        return amount().toPlainString();
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + toPlainString();
    }
}
