package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.Money;
import java.util.Optional;

/** A line of the cart: {@code quantity} units of one SKU at {@code unitPrice} each. */
public record CartLine(String id, Optional<String> sku, Optional<String> category, Money unitPrice, int quantity) {

    public static final int MAX_QUANTITY = 1_000_000;

    public CartLine {
        requireNonNull(id, "id");
        requireNonNull(sku, "sku");
        requireNonNull(category, "category");
        requireNonNull(unitPrice, "unitPrice");
        checkArgument(!unitPrice.isNegative(), "unitPrice must not be negative");
        checkArgument(quantity >= 1 && quantity <= MAX_QUANTITY, "quantity must be 1 to 1,000,000");
    }

    public Money subtotal() {
        return unitPrice.times(quantity);
    }
}
