package dev.shequn.domain.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** One side of an entry: a signed change to one account's balance, never zero. */
public record Leg(Account account, long units) {

    public Leg {
        requireNonNull(account, "account");
        checkArgument(units != 0, "a leg moves something");
    }
}
