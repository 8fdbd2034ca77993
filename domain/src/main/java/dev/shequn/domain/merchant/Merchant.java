package dev.shequn.domain.merchant;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.Currency;

/**
 * The tenant: a merchant whose communities, members and promotions are isolated from every other merchant's.
 * Its currency is the one every amount of its members is kept in. {@code version} is the stored version this
 * copy was read at (0 for one never stored), for optimistic updates.
 */
public record Merchant(MerchantId id, String name, Currency currency, Instant createdAt, long version) {

    public Merchant {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        checkArgument(!name.isBlank() && name.length() <= 200, "merchant name must be 1 to 200 characters");
        requireNonNull(currency, "currency");
        Money.digitsOf(currency);
        requireNonNull(createdAt, "createdAt");
        checkArgument(version >= 0, "version must not be negative");
    }

    public static Merchant create(MerchantId id, String name, Currency currency, Instant now) {
        return new Merchant(id, name, currency, now, 0);
    }

    public static Merchant reconstitute(MerchantId id, String name, Currency currency, Instant createdAt, long version) {
        return new Merchant(id, name, currency, createdAt, version);
    }

    public MerchantCreated created() {
        return new MerchantCreated(id, name, currency.getCurrencyCode(), createdAt);
    }
}
