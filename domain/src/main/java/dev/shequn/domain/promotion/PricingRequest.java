package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * One cart to price: the contract request without its promotions, which come prepared in a
 * {@link PromotionSet}. {@code shipping} is zero when the request has none.
 */
public record PricingRequest(
        Currency currency,
        Instant at,
        Optional<MemberContext> member,
        List<CartLine> lines,
        Money shipping,
        List<String> codes) {

    public PricingRequest {
        requireNonNull(currency, "currency");
        requireNonNull(at, "at");
        requireNonNull(member, "member");
        lines = List.copyOf(lines);
        checkArgument(!lines.isEmpty(), "at least one line");
        requireNonNull(shipping, "shipping");
        checkArgument(shipping.currency().equals(currency) && !shipping.isNegative(), "shipping %s", shipping);
        codes = List.copyOf(codes);
        for (CartLine line : lines) {
            checkArgument(line.unitPrice().currency().equals(currency), "line %s not in %s", line.id(), currency);
        }
    }
}
