package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.Money;
import java.util.List;
import java.util.OptionalLong;

/** A condition a promotion needs; all of a promotion's conditions must hold. */
public sealed interface Condition {

    /** The subtotal before any discount (of the order, or of the targeted lines) is at least {@code amount}. */
    record MinSubtotal(Money amount, Scope scope) implements Condition {
        public MinSubtotal {
            requireNonNull(amount, "amount");
            requireNonNull(scope, "scope");
        }
    }

    /** The unit count (of the order, or of the targeted lines) is at least {@code quantity}. */
    record MinQuantity(long quantity, Scope scope) implements Condition {
        public MinQuantity {
            requireNonNull(scope, "scope");
        }
    }

    /** The member's tier is one of these; an empty list never holds. */
    record TierIn(List<String> tiers) implements Condition {
        public TierIn {
            tiers = List.copyOf(tiers);
        }
    }

    /** The member has {@code ANY} (none of an empty list) or {@code ALL} (always, of an empty list) of the tags. */
    record HasTag(List<String> tags, Match match) implements Condition {
        public HasTag {
            tags = List.copyOf(tags);
            requireNonNull(match, "match");
        }
    }

    enum Match {
        ANY,
        ALL
    }

    /** The member belongs to at least one of these communities: a community-exclusive offer. */
    record MemberOf(List<String> communities) implements Condition {
        public MemberOf {
            communities = List.copyOf(communities);
        }
    }

    /**
     * This order is the member's Nth paid purchase: either {@code equals}, or a range of {@code atLeast}
     * and/or {@code atMost}. The purchase ladder (1st at 50%, 2nd at 40%, ...) is built from these.
     */
    record PurchaseOrdinal(OptionalLong equalTo, OptionalLong atLeast, OptionalLong atMost) implements Condition {
        public PurchaseOrdinal {
            requireNonNull(equalTo, "equalTo");
            requireNonNull(atLeast, "atLeast");
            requireNonNull(atMost, "atMost");
            checkArgument(equalTo.isPresent() != (atLeast.isPresent() || atMost.isPresent()),
                    "either equals or a range");
        }
    }
}
