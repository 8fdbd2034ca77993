package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.OutPorts;
import dev.shequn.application.PromotionPorts;

/** The promotion and order ports in memory, over the same store as the {@link InMemoryPorts} they sit beside. */
public final class InMemoryPromotionPorts {

    private InMemoryPromotionPorts() {}

    /** {@code base} must come from {@link InMemoryPorts}: its unit of work is the store the new tables join. */
    public static PromotionPorts beside(OutPorts base) {
        if (!(base.unitOfWork() instanceof InMemoryStore store)) {
            throw new IllegalArgumentException("in-memory promotion ports go beside in-memory ports only");
        }
        return new PromotionPorts(new InMemoryCatalogPromotionRepository(store), new InMemoryPromotionLedger(store),
                new InMemoryMemberCouponRepository(store), new InMemoryOrderRepository(store));
    }
}
