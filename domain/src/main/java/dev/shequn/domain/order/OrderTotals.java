package dev.shequn.domain.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.Money;

/** The placed order's money, as the pricing answer had it: {@code total} is what the member pays at payment. */
public record OrderTotals(Money subtotal, Money discountTotal, Money shipping, Money shippingDiscount, Money depositPaid,
        Money total) {
    public OrderTotals {
        requireNonNull(subtotal, "subtotal");
        requireNonNull(discountTotal, "discountTotal");
        requireNonNull(shipping, "shipping");
        requireNonNull(shippingDiscount, "shippingDiscount");
        requireNonNull(depositPaid, "depositPaid");
        requireNonNull(total, "total");
        checkArgument(total.equals(subtotal.minus(discountTotal).plus(shipping).minus(shippingDiscount).minus(depositPaid)),
                "total = subtotal - discountTotal + shipping - shippingDiscount - depositPaid");
        checkArgument(!total.isNegative(), "total must not be negative");
    }
}
