package dev.shequn.domain.promotion;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The answer's {@code rejected}, in the contract's order: every promotion that did not apply, in request
 * order, then each unknown code. The promotions the cart's lines could not reach (most of a large set)
 * were never looked at while pricing: their entry (the first reason before {@code NO_TARGET_LINES}, or
 * that one) is worked out here, the first time the list is read. The list is immutable; reading it from
 * several threads is safe.
 */
final class RejectedList extends AbstractList<PricingAnswer.Rejected> implements RandomAccess {

    private final CompiledPromotion[] all;
    private final RequestContext context;
    /** Indices of the promotions pricing looked at, ascending; their entry, or null when applied. */
    private final int[] reached;
    private final PricingAnswer.Rejected[] reachedRejection;
    private final List<PricingAnswer.Rejected> unknownCodes;
    private final int size;
    private volatile PricingAnswer.Rejected[] items;

    RejectedList(CompiledPromotion[] all, RequestContext context, int[] reached, PricingAnswer.Rejected[] reachedRejection,
                 int appliedCount, List<PricingAnswer.Rejected> unknownCodes) {
        this.all = all;
        this.context = context;
        this.reached = reached;
        this.reachedRejection = reachedRejection;
        this.unknownCodes = unknownCodes;
        this.size = all.length - appliedCount + unknownCodes.size();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public PricingAnswer.Rejected get(int index) {
        return items()[index];
    }

    private PricingAnswer.Rejected[] items() {
        PricingAnswer.Rejected[] built = items;
        if (built == null) {
            synchronized (this) {
                built = items;
                if (built == null) {
                    built = build();
                    items = built;
                }
            }
        }
        return built;
    }

    private PricingAnswer.Rejected[] build() {
        PricingAnswer.Rejected[] built = new PricingAnswer.Rejected[size];
        int next = 0;
        int r = 0;
        for (int i = 0; i < all.length; i++) {
            if (r < reached.length && reached[r] == i) {
                PricingAnswer.Rejected rejection = reachedRejection[r++];
                if (rejection != null) {
                    built[next++] = rejection;
                }
            } else {
                PricingAnswer.Rejected rejection = context.beforeTarget(all[i]);
                built[next++] = rejection != null ? rejection : all[i].noTargetLines;
            }
        }
        for (PricingAnswer.Rejected unknown : unknownCodes) {
            built[next++] = unknown;
        }
        return built;
    }
}
