package dev.shequn.application.order;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.Commands;
import dev.shequn.application.common.Transactions;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.common.UseCaseError.NotFound;
import dev.shequn.application.common.UseCaseError.Refused;
import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.member.MemberRefresh;
import dev.shequn.application.port.in.CancelOrderUseCase;
import dev.shequn.application.port.in.ExpireReservationsUseCase;
import dev.shequn.application.port.in.OrderView;
import dev.shequn.application.port.in.PayOrderUseCase;
import dev.shequn.application.port.in.PlaceOrderUseCase;
import dev.shequn.application.port.in.QuoteOrderUseCase;
import dev.shequn.application.port.in.RefundOrderUseCase;
import dev.shequn.application.port.out.CatalogPromotionRepository;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.MemberCouponRepository;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.application.port.out.OrderRepository;
import dev.shequn.application.port.out.PromotionLedger;
import dev.shequn.application.port.out.TagRulesRepository;
import dev.shequn.application.port.out.TierLadderRepository;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.community.Membership;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.member.MemberRejection;
import dev.shequn.domain.member.TagRules;
import dev.shequn.domain.order.Cart;
import dev.shequn.domain.order.Order;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.order.PromotionReservation;
import dev.shequn.domain.order.Refund;
import dev.shequn.domain.promotion.CartLine;
import dev.shequn.domain.promotion.CatalogPromotion;
import dev.shequn.domain.promotion.CouponCode;
import dev.shequn.domain.promotion.CouponState;
import dev.shequn.domain.promotion.MemberContext;
import dev.shequn.domain.promotion.MemberCoupon;
import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.promotion.PricingEngine;
import dev.shequn.domain.promotion.PricingRequest;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.PromotionCounters;
import dev.shequn.domain.promotion.RefundPolicy;
import dev.shequn.domain.promotion.RejectionReason;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.tier.TierLadder;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The host's order life cycle: quote, place, pay, cancel, refund, and the release of holds that ran out.
 * Every step runs in one unit of work that writes its events to the outbox; limits move by the ledger's
 * conditional updates, aggregates by optimistic versions. When a limit or a coupon moved between pricing and
 * reserving, the unit of work is rolled back and the step runs again on fresh data (the engine then gives what
 * is really left), so no reservation is ever made on a stale price.
 */
public final class OrderService implements QuoteOrderUseCase, PlaceOrderUseCase, PayOrderUseCase, CancelOrderUseCase,
        RefundOrderUseCase, ExpireReservationsUseCase {

    private final CatalogPromotionRepository promotions;
    private final PromotionLedger ledger;
    private final MemberCouponRepository coupons;
    private final OrderRepository orders;
    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final TagRulesRepository tagRules;
    private final TierLadderRepository ladders;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration hold;

    public OrderService(CatalogPromotionRepository promotions, PromotionLedger ledger, MemberCouponRepository coupons,
            OrderRepository orders, MemberRepository members, MembershipRepository memberships,
            TagRulesRepository tagRules, TierLadderRepository ladders, EventOutbox outbox, UnitOfWork unitOfWork,
            Clock clock) {
        this(promotions, ledger, coupons, orders, members, memberships, tagRules, ladders, outbox,
                new Transactions(unitOfWork), clock, Order.DEFAULT_HOLD);
    }

    /** With {@code transactions} tuned (attempts under heavy contention) and another hold time. */
    public OrderService(CatalogPromotionRepository promotions, PromotionLedger ledger, MemberCouponRepository coupons,
            OrderRepository orders, MemberRepository members, MembershipRepository memberships,
            TagRulesRepository tagRules, TierLadderRepository ladders, EventOutbox outbox, Transactions transactions,
            Clock clock, Duration hold) {
        this.promotions = requireNonNull(promotions, "promotions");
        this.ledger = requireNonNull(ledger, "ledger");
        this.coupons = requireNonNull(coupons, "coupons");
        this.orders = requireNonNull(orders, "orders");
        this.members = requireNonNull(members, "members");
        this.memberships = requireNonNull(memberships, "memberships");
        this.tagRules = requireNonNull(tagRules, "tagRules");
        this.ladders = requireNonNull(ladders, "ladders");
        this.outbox = requireNonNull(outbox, "outbox");
        this.transactions = requireNonNull(transactions, "transactions");
        this.clock = requireNonNull(clock, "clock");
        this.hold = requireNonNull(hold, "hold");
    }

    @Override
    public Either<UseCaseError, PricingAnswer> quote(QuoteOrderUseCase.Command command) {
        return Commands.ifValid(command, () -> price(command.merchantId(), Optional.ofNullable(command.orderId()),
                command.cart(), clock.instant()).map(Priced::answer));
    }

    @Override
    public Either<UseCaseError, Placed> placeOrder(PlaceOrderUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("order " + command.orderId(), () -> {
            MerchantId merchant = command.merchantId();
            OrderId id = command.orderId();
            Optional<Order> existing = orders.find(merchant, id);
            if (existing.isPresent()) {
                return existing.get().samePlacement(command.cart())
                        .<UseCaseError>mapLeft(r -> new Refused(r.reason(), r.detail()))
                        .map(order -> new Placed(OrderView.of(order), Optional.empty()));
            }
            Instant now = clock.instant();
            return price(merchant, Optional.of(id), command.cart(), now).map(priced -> {
                List<PromotionReservation> reservations = new ArrayList<>();
                List<DomainEvent> couponEvents = new ArrayList<>();
                for (PricingAnswer.Applied applied : priced.answer().applied()) {
                    ledger.reserve(merchant, applied.promotion(), applied.amount()).getOrElseThrow(limit ->
                            new VersionConflict("limits of " + applied.promotion() + " moved: " + limit.detail()));
                    Optional<MemberCoupon> coupon = Optional.ofNullable(priced.coupons().get(applied.promotion()));
                    if (coupon.isPresent()) {
                        coupon.get().reserve(id.value(), now)
                                .getOrElseThrow(r -> new VersionConflict("coupon " + coupon.get().code() + ": " + r.detail()))
                                .ifPresent(couponEvents::add);
                        VersionConflict.check(coupons.save(coupon.get()), "coupon " + coupon.get().code());
                    }
                    reservations.add(new PromotionReservation(applied.promotion(), coupon.map(MemberCoupon::code),
                            applied.amount()));
                }
                Order order = Order.place(merchant, id, command.cart(), priced.answer(), reservations, hold, now);
                VersionConflict.check(orders.save(order), "order " + id);
                List<DomainEvent> events = new ArrayList<>();
                events.add(order.placed());
                events.addAll(couponEvents);
                outbox.append(events);
                return new Placed(OrderView.of(order), Optional.of(priced.answer()));
            });
        }));
    }

    @Override
    public Either<UseCaseError, OrderView> payOrder(PayOrderUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("order " + command.orderId(), () -> {
            Instant now = clock.instant();
            return load(command.merchantId(), command.orderId()).flatMap(order -> order.pay(now)
                    .<UseCaseError>mapLeft(r -> new Refused(r.reason(), r.detail()))
                    .flatMap(paid -> {
                        if (paid.isEmpty()) {
                            return Either.right(OrderView.of(order));
                        }
                        List<DomainEvent> events = new ArrayList<>();
                        events.add(paid.get());
                        for (PromotionReservation reservation : order.reservations()) {
                            ledger.commit(order.merchantId(), reservation.promotionId(), reservation.amount());
                            reservation.coupon().ifPresent(code -> {
                                MemberCoupon coupon = coupon(order.merchantId(), code);
                                coupon.redeem(order.id().value(), now).getOrElseThrow(r ->
                                        new IllegalStateException("order " + order.id() + " held coupon " + code + ": " + r.detail()))
                                        .ifPresent(events::add);
                                VersionConflict.check(coupons.save(coupon), "coupon " + code);
                            });
                        }
                        return recordPurchase(order, now).map(memberEvents -> {
                            events.addAll(memberEvents);
                            VersionConflict.check(orders.save(order), "order " + order.id());
                            outbox.append(events);
                            return OrderView.of(order);
                        });
                    }));
        }));
    }

    @Override
    public Either<UseCaseError, OrderView> cancelOrder(CancelOrderUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("order " + command.orderId(), () -> {
            Instant now = clock.instant();
            return load(command.merchantId(), command.orderId()).flatMap(order -> order.cancel(now)
                    .<UseCaseError>mapLeft(r -> new Refused(r.reason(), r.detail()))
                    .map(cancelled -> {
                        cancelled.ifPresent(event -> {
                            List<DomainEvent> events = new ArrayList<>();
                            events.add(event);
                            events.addAll(release(order, now));
                            VersionConflict.check(orders.save(order), "order " + order.id());
                            outbox.append(events);
                        });
                        return OrderView.of(order);
                    }));
        }));
    }

    @Override
    public Either<UseCaseError, Result> expireReservations(ExpireReservationsUseCase.Command command) {
        return Commands.ifValid(command, () -> {
            Instant now = clock.instant();
            List<String> expired = new ArrayList<>();
            for (Order overdue : orders.findOverdue(now, command.limit())) {
                Either<UseCaseError, Boolean> released = transactions.write("order " + overdue.id(), () -> {
                    Optional<Order> fresh = orders.find(overdue.merchantId(), overdue.id());
                    Optional<? extends DomainEvent> event = fresh.flatMap(order -> order.expireIfOverdue(now));
                    if (event.isEmpty()) {
                        return Either.right(false); // paid or cancelled meanwhile
                    }
                    List<DomainEvent> events = new ArrayList<>();
                    events.add(event.get());
                    events.addAll(release(fresh.get(), now));
                    VersionConflict.check(orders.save(fresh.get()), "order " + overdue.id());
                    outbox.append(events);
                    return Either.right(true);
                });
                if (released.isLeft()) {
                    return Either.left(released.getLeft());
                }
                if (released.get()) {
                    expired.add(overdue.id().value());
                }
            }
            return Either.right(new Result(expired));
        });
    }

    @Override
    public Either<UseCaseError, Refunded> refundOrder(RefundOrderUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("order " + command.orderId(), () -> {
            Instant now = clock.instant();
            return load(command.merchantId(), command.orderId()).flatMap(order -> order
                    .refund(command.refundId(), Optional.ofNullable(command.units()), now)
                    .<UseCaseError>mapLeft(r -> new Refused(r.reason(), r.detail()))
                    .flatMap(outcome -> {
                        Refund refund = outcome.refund();
                        if (outcome.event().isEmpty()) {
                            return Either.right(new Refunded(OrderView.of(order), refund));
                        }
                        List<DomainEvent> events = new ArrayList<>();
                        events.add(outcome.event().get());
                        MerchantId merchant = order.merchantId();
                        for (Refund.BudgetReturn back : refund.budgetReturns()) {
                            if (back.amount().isPositive() || refund.completesOrder()) {
                                ledger.giveBack(merchant, back.promotionId(), back.amount(), refund.completesOrder());
                            }
                        }
                        if (refund.completesOrder()) {
                            for (PromotionReservation reservation : order.reservations()) {
                                if (reservation.coupon().isEmpty()) {
                                    continue;
                                }
                                RefundPolicy policy = promotions.find(merchant, reservation.promotionId())
                                        .map(CatalogPromotion::refundPolicy).orElse(RefundPolicy.RESTORE);
                                MemberCoupon coupon = coupon(merchant, reservation.coupon().get());
                                coupon.afterRefund(order.id().value(), policy, now).ifPresent(events::add);
                                VersionConflict.check(coupons.save(coupon), "coupon " + coupon.code());
                            }
                        }
                        return recordRefund(order, refund, now).map(memberEvents -> {
                            events.addAll(memberEvents);
                            VersionConflict.check(orders.save(order), "order " + order.id());
                            outbox.append(events);
                            return new Refunded(OrderView.of(order), refund);
                        });
                    }));
        }));
    }

    /** The engine's answer for a cart, with the member coupons it was allowed to use, by promotion id. */
    private record Priced(PricingAnswer answer, Map<String, MemberCoupon> coupons) {}

    private Either<UseCaseError, Priced> price(MerchantId merchant, Optional<OrderId> orderId, Cart cart, Instant now) {
        Optional<MemberContext> context = Optional.empty();
        if (cart.memberId().isPresent()) {
            String memberId = cart.memberId().get();
            Optional<Member> member = members.find(merchant, new MemberId(memberId));
            if (member.isEmpty()) {
                return Either.left(new NotFound("member", memberId));
            }
            context = Optional.of(contextOf(merchant, member.get()));
        }
        List<CatalogPromotion> active = promotions.findActive(merchant);
        Map<String, CatalogPromotion> templates = active.stream().filter(CatalogPromotion::isCouponTemplate)
                .collect(Collectors.toMap(CatalogPromotion::id, p -> p));
        Map<String, MemberCoupon> usable = new LinkedHashMap<>();
        Map<String, String> unusable = new HashMap<>();
        String holder = orderId.map(OrderId::value).orElse("");
        for (String typed : cart.codes()) {
            Optional<MemberCoupon> found = CouponCode.parse(typed).flatMap(code -> coupons.find(merchant, code));
            if (found.isEmpty()) {
                continue; // the engine answers UNKNOWN_CODE
            }
            MemberCoupon coupon = found.get();
            String key = typed.toUpperCase(Locale.ROOT);
            if (!cart.memberId().map(coupon.memberId()::equals).orElse(false)) {
                unusable.put(key, "coupon " + coupon.code() + " belongs to another member");
            } else if (!templates.containsKey(coupon.promotionId())) {
                unusable.put(key, "coupon " + coupon.code() + " is of promotion " + coupon.promotionId() + ", which is not active");
            } else if (usable.containsKey(coupon.promotionId())) {
                if (!usable.get(coupon.promotionId()).code().equals(coupon.code())) {
                    unusable.put(key, "one coupon of promotion " + coupon.promotionId() + " per order");
                }
            } else if (coupon.presentableBy(coupon.memberId(), holder) || coupon.state() == CouponState.EXPIRED) {
                // An expired coupon goes to the engine too: its window is over, and the engine says EXPIRED.
                usable.put(coupon.promotionId(), coupon);
            } else {
                unusable.put(key, "coupon " + coupon.code() + " is " + coupon.state());
            }
        }
        List<Promotion> definitions = new ArrayList<>();
        for (CatalogPromotion promotion : active) {
            PromotionCounters counters = ledger.counters(merchant, promotion.id())
                    .orElseThrow(() -> new IllegalStateException("promotion " + promotion.id() + " has no counters"));
            if (!promotion.isCouponTemplate()) {
                definitions.add(promotion.pricedAutomatically(counters));
            } else if (usable.containsKey(promotion.id())) {
                definitions.add(promotion.pricedWithCoupon(counters, usable.get(promotion.id())));
            }
        }
        PricingRequest request = new PricingRequest(cart.currency(), now, context, cart.lines(), cart.shipping(),
                cart.codes());
        PricingAnswer answer = PricingEngine.price(definitions, request);
        return Either.right(new Priced(explained(answer, unusable), usable));
    }

    private MemberContext contextOf(MerchantId merchant, Member member) {
        List<String> communities = memberships.findByMember(merchant, member.id()).stream()
                .filter(Membership::isActive).map(m -> m.communityId().value()).sorted().toList();
        return new MemberContext(member.id().value(), member.tierStanding().tier(), List.copyOf(member.tags()),
                communities, member.metrics().paidOrders(), orders.usageByMember(merchant, member.id().value()));
    }

    /** A known coupon the member may not use is no mystery: say why instead of "unknown". */
    private static PricingAnswer explained(PricingAnswer answer, Map<String, String> unusable) {
        if (unusable.isEmpty()) {
            return answer;
        }
        List<PricingAnswer.Rejected> rejected = answer.rejected().stream()
                .map(r -> r.reason() == RejectionReason.UNKNOWN_CODE && r.code().isPresent()
                        && unusable.containsKey(r.code().get().toUpperCase(Locale.ROOT))
                        ? new PricingAnswer.Rejected(r.promotion(), r.code(), r.reason(),
                                unusable.get(r.code().get().toUpperCase(Locale.ROOT)))
                        : r)
                .toList();
        return new PricingAnswer(answer.currency(), answer.subtotal(), answer.discountTotal(), answer.shipping(),
                answer.shippingDiscount(), answer.depositPaid(), answer.total(), answer.lines(), answer.gifts(),
                answer.applied(), rejected);
    }

    private List<DomainEvent> release(Order order, Instant now) {
        List<DomainEvent> events = new ArrayList<>();
        for (PromotionReservation reservation : order.reservations()) {
            ledger.release(order.merchantId(), reservation.promotionId(), reservation.amount());
            reservation.coupon().ifPresent(code -> {
                MemberCoupon coupon = coupon(order.merchantId(), code);
                coupon.release(order.id().value(), now).ifPresent(events::add);
                VersionConflict.check(coupons.save(coupon), "coupon " + code);
            });
        }
        return events;
    }

    /** The member's metrics, tags and tier follow the payment (a free order is no purchase to count). */
    private Either<UseCaseError, List<DomainEvent>> recordPurchase(Order order, Instant now) {
        Optional<Member> found = memberOf(order);
        if (found.isEmpty() || !order.totals().total().isPositive()) {
            return Either.right(List.of());
        }
        Member member = found.get();
        TagRules rules = tagRules.find(order.merchantId()).orElse(TagRules.none(order.merchantId()));
        Optional<TierLadder> ladder = ladders.find(order.merchantId());
        Set<String> categories = order.cart().lines().stream().map(CartLine::category).flatMap(Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        return member.recordPaidOrder(order.id().value(), order.totals().total(), categories, now, rules,
                        MemberRefresh.orderRetention(ladder), now)
                .<UseCaseError>mapLeft(r -> new Refused(r.reason(), r.detail()))
                .map(changes -> afterMemberChange(member, changes, rules, ladder, now));
    }

    private Either<UseCaseError, List<DomainEvent>> recordRefund(Order order, Refund refund, Instant now) {
        Optional<Member> found = memberOf(order);
        if (found.isEmpty() || !refund.amount().isPositive() || !order.totals().total().isPositive()) {
            return Either.right(List.of());
        }
        Member member = found.get();
        TagRules rules = tagRules.find(order.merchantId()).orElse(TagRules.none(order.merchantId()));
        Optional<TierLadder> ladder = ladders.find(order.merchantId());
        Either<MemberRejection, List<DomainEvent>> recorded = member.recordRefund(order.id().value(), refund.amount(),
                rules, now);
        if (recorded.isLeft() && recorded.getLeft().reason() == MemberRejection.Reason.ORDER_NOT_FOUND) {
            // Past the member's order retention: the refund still stands, the metrics have long moved on.
            return Either.right(List.of());
        }
        return recorded.<UseCaseError>mapLeft(r -> new Refused(r.reason(), r.detail()))
                .map(changes -> afterMemberChange(member, changes, rules, ladder, now));
    }

    private List<DomainEvent> afterMemberChange(Member member, List<DomainEvent> changes, TagRules rules,
            Optional<TierLadder> ladder, Instant now) {
        if (changes.isEmpty()) {
            return List.of();
        }
        List<DomainEvent> events = new ArrayList<>(changes);
        events.addAll(MemberRefresh.tagsAndTier(member, rules, ladder, now));
        VersionConflict.check(members.save(member), "member " + member.id());
        return events;
    }

    private Optional<Member> memberOf(Order order) {
        return order.memberId().flatMap(id -> members.find(order.merchantId(), new MemberId(id)));
    }

    private MemberCoupon coupon(MerchantId merchant, CouponCode code) {
        return coupons.find(merchant, code)
                .orElseThrow(() -> new IllegalStateException("coupon " + code + " held by an order is gone"));
    }

    private Either<UseCaseError, Order> load(MerchantId merchant, OrderId id) {
        return orders.find(merchant, id).<Either<UseCaseError, Order>>map(Either::right)
                .orElseGet(() -> Either.left(new NotFound("order", id.value())));
    }
}
