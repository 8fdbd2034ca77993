package dev.shequn.application;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.CatalogPromotionRepository;
import dev.shequn.application.port.out.MemberCouponRepository;
import dev.shequn.application.port.out.OrderRepository;
import dev.shequn.application.port.out.PromotionLedger;

/**
 * The driven ports of stateful promotions and orders, as one storage adapter provides them beside its
 * {@link OutPorts} (same unit of work, same outbox).
 */
public record PromotionPorts(
        CatalogPromotionRepository promotions,
        PromotionLedger ledger,
        MemberCouponRepository coupons,
        OrderRepository orders) {

    public PromotionPorts {
        requireNonNull(promotions, "promotions");
        requireNonNull(ledger, "ledger");
        requireNonNull(coupons, "coupons");
        requireNonNull(orders, "orders");
    }
}
