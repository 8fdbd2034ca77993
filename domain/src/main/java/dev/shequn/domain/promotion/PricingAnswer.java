package dev.shequn.domain.promotion;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What the member pays and why: {@code total = subtotal - discountTotal + shipping - shippingDiscount -
 * depositPaid}. {@code applied} in the order the promotions applied; {@code rejected} in the order of the
 * promotions, then each unknown code in the order presented.
 */
public record PricingAnswer(
        Currency currency,
        Money subtotal,
        Money discountTotal,
        Money shipping,
        Money shippingDiscount,
        Money depositPaid,
        Money total,
        List<LineResult> lines,
        List<GiftResult> gifts,
        List<Applied> applied,
        List<Rejected> rejected) {

    public PricingAnswer {
        requireNonNull(currency, "currency");
        requireNonNull(subtotal, "subtotal");
        requireNonNull(discountTotal, "discountTotal");
        requireNonNull(shipping, "shipping");
        requireNonNull(shippingDiscount, "shippingDiscount");
        requireNonNull(depositPaid, "depositPaid");
        requireNonNull(total, "total");
        lines = List.copyOf(lines);
        gifts = List.copyOf(gifts);
        applied = List.copyOf(applied);
        // The engine's own list is immutable and builds the entries of unreached promotions when read.
        rejected = rejected instanceof RejectedList ? rejected : List.copyOf(rejected);
    }

    public record LineResult(String id, Money subtotal, Money discount, Money total, List<Allocation> allocations) {
        public LineResult {
            allocations = List.copyOf(allocations);
        }
    }

    /** What one promotion took from one line; only amounts above zero are listed. */
    public record Allocation(String promotion, Money amount) {}

    public record GiftResult(String promotion, String sku, long quantity) {}

    /**
     * A promotion that applied, with what it gave: its discount, a shipping discount for {@code shippingOff},
     * the give-away for a deposit, 0.00 for a gift. {@code code} is the promotion's own code as defined.
     */
    public record Applied(String promotion, Optional<String> code, Money amount) {}

    /** A promotion that did not apply (or an unknown code, with no promotion), with the reason. */
    public record Rejected(Optional<String> promotion, Optional<String> code, RejectionReason reason, String detail) {}
}
