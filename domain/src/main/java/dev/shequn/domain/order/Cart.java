package dev.shequn.domain.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.promotion.CartLine;
import dev.shequn.domain.shared.Money;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the host asks to price or place: the buyer (Shequn's member id; empty for a guest), the lines, the
 * shipping and the codes presented. Two reports of one order must carry an equal cart.
 */
public record Cart(Optional<String> memberId, Currency currency, List<CartLine> lines, Money shipping, List<String> codes) {

    public Cart {
        requireNonNull(memberId, "memberId");
        requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        checkArgument(!lines.isEmpty(), "at least one line");
        requireNonNull(shipping, "shipping");
        checkArgument(shipping.currency().equals(currency) && !shipping.isNegative(), "shipping %s", shipping);
        codes = List.copyOf(codes);
        Set<String> ids = new HashSet<>();
        for (CartLine line : lines) {
            checkArgument(ids.add(line.id()), "duplicate line id %s", line.id());
            checkArgument(line.unitPrice().currency().equals(currency), "line %s not in %s", line.id(), currency);
        }
    }

    public Money subtotal() {
        return lines.stream().map(CartLine::subtotal).reduce(Money.zero(currency), Money::plus);
    }
}
