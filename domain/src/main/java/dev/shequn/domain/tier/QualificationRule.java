package dev.shequn.domain.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.Member;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;

/** One way to qualify for a tier, over the member's orders paid in a rolling window of {@code windowDays}. */
public sealed interface QualificationRule {

    int windowDays();

    /** Right with the rule's description when the member qualifies, Left with why not. */
    Either<String, String> check(Member member, Instant now);

    default Duration window() {
        return Duration.ofDays(windowDays());
    }

    /** Net spend in the last {@code windowDays} days of at least {@code atLeast}. */
    record SpendInWindow(int windowDays, Money atLeast) implements QualificationRule {
        public SpendInWindow {
            checkArgument(windowDays > 0, "windowDays must be positive");
            requireNonNull(atLeast, "atLeast");
            checkArgument(atLeast.isPositive(), "the spend to reach must be positive");
        }

        @Override
        public Either<String, String> check(Member member, Instant now) {
            if (!member.currency().equals(atLeast.currency())) {
                return Either.left("member spends in another currency than " + atLeast.currency().getCurrencyCode());
            }
            Money spent = member.spendWithin(window(), now);
            String rule = "spend in " + windowDays + " days >= " + atLeast;
            return spent.compareTo(atLeast) >= 0 ? Either.right(rule) : Either.left(rule + ", spent " + spent);
        }
    }

    /** At least {@code atLeast} paid, not fully refunded orders in the last {@code windowDays} days. */
    record PaidOrdersInWindow(int windowDays, long atLeast) implements QualificationRule {
        public PaidOrdersInWindow {
            checkArgument(windowDays > 0, "windowDays must be positive");
            checkArgument(atLeast > 0, "the order count to reach must be positive");
        }

        @Override
        public Either<String, String> check(Member member, Instant now) {
            long orders = member.paidOrdersWithin(window(), now);
            String rule = "paid orders in " + windowDays + " days >= " + atLeast;
            return orders >= atLeast ? Either.right(rule) : Either.left(rule + ", has " + orders);
        }
    }
}
