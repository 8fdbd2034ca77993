package dev.shequn.application;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.order.OrderService;
import dev.shequn.application.port.in.CancelOrderUseCase;
import dev.shequn.application.port.in.ChangePromotionStatusUseCase;
import dev.shequn.application.port.in.CreatePromotionUseCase;
import dev.shequn.application.port.in.ExpireCouponsUseCase;
import dev.shequn.application.port.in.ExpireReservationsUseCase;
import dev.shequn.application.port.in.FindPromotionUseCase;
import dev.shequn.application.port.in.GrantCouponUseCase;
import dev.shequn.application.port.in.ListPromotionsUseCase;
import dev.shequn.application.port.in.ListMemberCouponsUseCase;
import dev.shequn.application.port.in.PayOrderUseCase;
import dev.shequn.application.port.in.PlaceOrderUseCase;
import dev.shequn.application.port.in.QuoteOrderUseCase;
import dev.shequn.application.port.in.RefundOrderUseCase;
import dev.shequn.application.port.in.UpdatePromotionUseCase;
import dev.shequn.application.promotion.PromotionCatalogService;
import java.time.Clock;

/**
 * The promotion catalogue and the order life cycle wired to one storage adapter's ports and a clock, beside
 * {@link Shequn}'s communities and members (same ports, so one unit of work spans both).
 */
public final class ShequnPromotions {

    private final PromotionCatalogService catalog;
    private final OrderService orders;

    public ShequnPromotions(OutPorts p, PromotionPorts q, Clock clock) {
        requireNonNull(p, "ports");
        requireNonNull(q, "promotion ports");
        requireNonNull(clock, "clock");
        catalog = new PromotionCatalogService(q.promotions(), q.ledger(), q.coupons(), p.members(), p.random(),
                p.outbox(), p.unitOfWork(), clock);
        orders = new OrderService(q.promotions(), q.ledger(), q.coupons(), q.orders(), p.members(), p.memberships(),
                p.tagRules(), p.tierLadders(), p.outbox(), p.unitOfWork(), clock);
    }

    public CreatePromotionUseCase createPromotion() {
        return catalog;
    }

    public UpdatePromotionUseCase updatePromotion() {
        return catalog;
    }

    public ChangePromotionStatusUseCase changePromotionStatus() {
        return catalog;
    }

    public FindPromotionUseCase findPromotion() {
        return catalog;
    }

    public ListPromotionsUseCase listPromotions() {
        return catalog;
    }

    public GrantCouponUseCase grantCoupon() {
        return catalog;
    }

    public ListMemberCouponsUseCase listMemberCoupons() {
        return catalog;
    }

    public ExpireCouponsUseCase expireCoupons() {
        return catalog;
    }

    public QuoteOrderUseCase quoteOrder() {
        return orders;
    }

    public PlaceOrderUseCase placeOrder() {
        return orders;
    }

    public PayOrderUseCase payOrder() {
        return orders;
    }

    public CancelOrderUseCase cancelOrder() {
        return orders;
    }

    public RefundOrderUseCase refundOrder() {
        return orders;
    }

    public ExpireReservationsUseCase expireReservations() {
        return orders;
    }
}
