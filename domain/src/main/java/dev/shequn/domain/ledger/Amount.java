package dev.shequn.domain.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.Money;
import java.util.Currency;

/**
 * A non-negative quantity of one asset: points, or cash in minor units. Cash enters and leaves the ledger as
 * {@link Money}; inside it is kept as minor units of the ledger's one currency, so that points and cash share
 * the same exact integer arithmetic.
 */
public record Amount(Asset asset, long units) {

    public Amount {
        requireNonNull(asset, "asset");
        checkArgument(units >= 0, "an amount is not negative: %s", units);
    }

    public static Amount points(long points) {
        return new Amount(Asset.POINTS, points);
    }

    public static Amount cash(Money money) {
        return new Amount(Asset.CASH, money.minorUnits());
    }

    public static Amount zero(Asset asset) {
        return new Amount(asset, 0);
    }

    public Money toMoney(Currency currency) {
        checkArgument(asset == Asset.CASH, "only cash is money");
        return Money.ofMinor(units, currency);
    }

    public boolean isZero() {
        return units == 0;
    }

    public boolean isPositive() {
        return units > 0;
    }

    public Amount plus(Amount other) {
        return new Amount(asset, Math.addExact(units, same(other).units));
    }

    public Amount minus(Amount other) {
        return new Amount(asset, Math.subtractExact(units, same(other).units));
    }

    public Amount min(Amount other) {
        return units <= same(other).units ? this : other;
    }

    private Amount same(Amount other) {
        requireNonNull(other, "other");
        checkArgument(asset == other.asset, "asset mismatch: %s and %s", asset, other.asset);
        return other;
    }
}
