package dev.shequn.domain.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** Why an entry was booked, with the reference a reader can follow (an order id, a rule id, a withdrawal id). */
public record Cause(Kind kind, String reference) {

    public enum Kind { ORDER, RULE, WITHDRAWAL, ADJUSTMENT }

    public Cause {
        requireNonNull(kind, "kind");
        requireNonNull(reference, "reference");
        checkArgument(!reference.isBlank() && reference.length() <= 400, "a cause reference is 1 to 400 characters");
    }

    public static Cause order(String orderId) {
        return new Cause(Kind.ORDER, orderId);
    }

    public static Cause rule(String reference) {
        return new Cause(Kind.RULE, reference);
    }

    public static Cause withdrawal(String withdrawalId) {
        return new Cause(Kind.WITHDRAWAL, withdrawalId);
    }

    public static Cause adjustment(String reference) {
        return new Cause(Kind.ADJUSTMENT, reference);
    }
}
