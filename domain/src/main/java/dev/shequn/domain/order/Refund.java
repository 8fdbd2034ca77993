package dev.shequn.domain.order;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.Money;
import java.util.List;

/**
 * A refund with its consequences: the {@code amount} the member gets back (what the metrics lose), what each
 * promotion gets back of its budget, and whether it completes the order's refund (then the redemptions and
 * coupons are given back too, and the order no longer counts as a purchase).
 */
public record Refund(RefundRequest request, Money amount, List<BudgetReturn> budgetReturns, boolean completesOrder) {

    public record BudgetReturn(String promotionId, Money amount) {
        public BudgetReturn {
            requireNonNull(promotionId, "promotionId");
            requireNonNull(amount, "amount");
        }
    }

    public Refund {
        requireNonNull(request, "request");
        requireNonNull(amount, "amount");
        budgetReturns = List.copyOf(budgetReturns);
    }

    public String refundId() {
        return request.refundId();
    }
}
