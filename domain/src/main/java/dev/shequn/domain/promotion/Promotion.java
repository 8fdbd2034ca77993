package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One promotion definition of the pricing contract: an automatic promotion when {@code code} is empty,
 * a coupon otherwise. Amounts are in {@code currency} when present (a promotion in another currency than
 * the order's is rejected with {@code CURRENCY_MISMATCH}), else in the request's currency.
 */
public record Promotion(
        String id,
        Optional<String> name,
        Optional<String> code,
        Optional<Currency> currency,
        long priority,
        Stacking stacking,
        Optional<String> group,
        Optional<Instant> validFrom,
        Optional<Instant> validUntil,
        List<Condition> conditions,
        Target target,
        Effect effect,
        Optional<Money> maxDiscount,
        Optional<Budget> budget,
        Optional<Redemptions> redemptions,
        OptionalLong perMemberLimit) {

    public Promotion {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(code, "code");
        requireNonNull(currency, "currency");
        requireNonNull(stacking, "stacking");
        requireNonNull(group, "group");
        requireNonNull(validFrom, "validFrom");
        requireNonNull(validUntil, "validUntil");
        conditions = List.copyOf(conditions);
        requireNonNull(target, "target");
        requireNonNull(effect, "effect");
        requireNonNull(maxDiscount, "maxDiscount");
        requireNonNull(budget, "budget");
        requireNonNull(redemptions, "redemptions");
        requireNonNull(perMemberLimit, "perMemberLimit");
        checkArgument(!(effect instanceof Effect.DepositCredit) || (stacking == Stacking.STACKABLE && group.isEmpty()),
                "a depositCredit promotion is stackable and has no group");
    }

    /** Money the promotion may still give away: {@code limit - used}. */
    public record Budget(Money limit, Money used) {
        public Budget {
            requireNonNull(limit, "limit");
            requireNonNull(used, "used");
        }

        public Money remaining() {
            return limit.minus(used);
        }
    }

    /** Orders the promotion may still discount: {@code limit - used}. */
    public record Redemptions(long limit, long used) {
        public Redemptions {
            checkArgument(limit >= 0 && used >= 0, "limit and used must not be negative");
        }

        public long remaining() {
            return limit - used;
        }
    }
}
