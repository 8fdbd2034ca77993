package dev.shequn.domain.member;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.MemberEvents.MemberProfileChanged;
import dev.shequn.domain.member.MemberEvents.MemberRegistered;
import dev.shequn.domain.member.MemberEvents.MemberTagsChanged;
import dev.shequn.domain.member.MemberEvents.PaidOrderRecorded;
import dev.shequn.domain.member.MemberEvents.RefundRecorded;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A merchant's customer, known to the host by {@code externalId} (unique within the merchant). Holds the
 * behaviour metrics changed by paid orders and refunds, the automatic tags derived from them, manual tags, and
 * the member's standing on the tier ladder.
 *
 * <p>Recent paid orders are kept, each with its date, for rolling-window tier rules and refunds; orders paid
 * before the retention horizon given on each change are dropped, so the aggregate stays bounded. A refund of a
 * dropped order is refused as unknown. {@code version} is the stored version this copy was read at (0: new).
 */
public final class Member {

    private final MemberId id;
    private final MerchantId merchantId;
    private final String externalId;
    private final Currency currency;
    private final Instant createdAt;
    private final long version;
    private Portrait portrait;
    private SortedSet<String> manualTags;
    private SortedSet<String> automaticTags;
    private BehaviourMetrics metrics;
    private List<PaidOrder> recentOrders;
    private TierStanding tierStanding;

    private Member(MemberId id, MerchantId merchantId, String externalId, Currency currency, Instant createdAt,
            long version, Portrait portrait, Set<String> manualTags, Set<String> automaticTags,
            BehaviourMetrics metrics, List<PaidOrder> recentOrders, TierStanding tierStanding) {
        this.id = requireNonNull(id, "id");
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.externalId = requireNonNull(externalId, "externalId");
        checkArgument(!externalId.isBlank() && externalId.length() <= 100, "external id must be 1 to 100 characters");
        this.currency = requireNonNull(currency, "currency");
        this.createdAt = requireNonNull(createdAt, "createdAt");
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
        this.portrait = requireNonNull(portrait, "portrait");
        this.manualTags = new TreeSet<>(manualTags);
        this.automaticTags = new TreeSet<>(automaticTags);
        this.metrics = requireNonNull(metrics, "metrics");
        checkArgument(metrics.totalSpend().currency().equals(currency), "metrics must be in the member's currency");
        this.recentOrders = sortedByPaidAt(recentOrders);
        this.tierStanding = requireNonNull(tierStanding, "tierStanding");
    }

    public static Member create(MemberId id, MerchantId merchantId, String externalId, Currency currency,
            Portrait portrait, Set<String> manualTags, Instant now) {
        return new Member(id, merchantId, externalId, currency, now, 0, portrait, manualTags, Set.of(),
                BehaviourMetrics.none(currency), List.of(), TierStanding.none());
    }

    public static Member reconstitute(MemberId id, MerchantId merchantId, String externalId, Currency currency,
            Instant createdAt, long version, Portrait portrait, Set<String> manualTags, Set<String> automaticTags,
            BehaviourMetrics metrics, List<PaidOrder> recentOrders, TierStanding tierStanding) {
        return new Member(id, merchantId, externalId, currency, createdAt, version, portrait, manualTags,
                automaticTags, metrics, recentOrders, tierStanding);
    }

    public MemberRegistered registered() {
        return new MemberRegistered(merchantId, id, externalId, createdAt);
    }

    /** Replaces portrait and manual tags; answers the event when anything changed. */
    public Optional<DomainEvent> updateProfile(Portrait newPortrait, Set<String> newManualTags, Instant now) {
        requireNonNull(newPortrait, "newPortrait");
        TreeSet<String> tags = new TreeSet<>(newManualTags);
        if (portrait.equals(newPortrait) && manualTags.equals(tags)) {
            return Optional.empty();
        }
        portrait = newPortrait;
        manualTags = tags;
        return Optional.of(new MemberProfileChanged(merchantId, id, portrait, manualTags, now));
    }

    /**
     * Records a paid order and re-evaluates the automatic tags. An order id already among the recent orders is
     * a repeat of the same report and changes nothing (an empty list of events).
     */
    public Either<MemberRejection, List<DomainEvent>> recordPaidOrder(String orderId, Money amount,
            Set<String> categories, Instant paidAt, TagRules tagRules, Duration retention, Instant now) {
        if (!amount.currency().equals(currency)) {
            return Either.left(new MemberRejection(MemberRejection.Reason.CURRENCY_MISMATCH,
                    "member spends in " + currency.getCurrencyCode() + ", order is in " + amount.currency().getCurrencyCode()));
        }
        if (findOrder(orderId).isPresent()) {
            return Either.right(List.of());
        }
        PaidOrder order = new PaidOrder(orderId, amount, Money.zero(currency), categories, paidAt);
        List<PaidOrder> orders = new ArrayList<>(recentOrders);
        orders.add(order);
        recentOrders = sortedByPaidAt(orders);
        metrics = metrics.withOrder(order);
        prune(retention, now);
        List<DomainEvent> events = new ArrayList<>();
        events.add(new PaidOrderRecorded(merchantId, id, orderId, amount, metrics.paidOrders(), metrics.totalSpend(), now));
        retag(tagRules, now).ifPresent(events::add);
        return Either.right(List.copyOf(events));
    }

    /** Records a refund of part or all of a recent order; a full refund takes the order out of the count. */
    public Either<MemberRejection, List<DomainEvent>> recordRefund(String orderId, Money amount, TagRules tagRules,
            Instant now) {
        if (!amount.currency().equals(currency)) {
            return Either.left(new MemberRejection(MemberRejection.Reason.CURRENCY_MISMATCH,
                    "member spends in " + currency.getCurrencyCode() + ", refund is in " + amount.currency().getCurrencyCode()));
        }
        Optional<PaidOrder> found = findOrder(orderId);
        if (found.isEmpty()) {
            return Either.left(new MemberRejection(MemberRejection.Reason.ORDER_NOT_FOUND,
                    "no recent paid order " + orderId));
        }
        PaidOrder order = found.get();
        checkArgument(amount.isPositive(), "a refund has a positive amount");
        if (amount.isGreaterThan(order.net())) {
            return Either.left(new MemberRejection(MemberRejection.Reason.REFUND_EXCEEDS_ORDER,
                    "refund " + amount + " exceeds what is left of order " + orderId + ": " + order.net()));
        }
        PaidOrder refunded = order.refund(amount);
        recentOrders = recentOrders.stream().map(o -> o.orderId().equals(orderId) ? refunded : o).toList();
        metrics = metrics.withRefund(amount, refunded.fullyRefunded());
        List<DomainEvent> events = new ArrayList<>();
        events.add(new RefundRecorded(merchantId, id, orderId, amount, metrics.paidOrders(), metrics.totalSpend(), now));
        retag(tagRules, now).ifPresent(events::add);
        return Either.right(List.copyOf(events));
    }

    /** Re-derives the automatic tags; answers the event when they changed. */
    public Optional<DomainEvent> retag(TagRules tagRules, Instant now) {
        SortedSet<String> fresh = tagRules.tagsFor(metrics, now);
        if (fresh.equals(automaticTags)) {
            return Optional.empty();
        }
        List<String> added = fresh.stream().filter(t -> !automaticTags.contains(t)).toList();
        List<String> removed = automaticTags.stream().filter(t -> !fresh.contains(t)).toList();
        automaticTags = new TreeSet<>(fresh);
        return Optional.of(new MemberTagsChanged(merchantId, id, added, removed, now));
    }

    /** Net spend of the recent orders paid in {@code (now - window, now]}. */
    public Money spendWithin(Duration window, Instant now) {
        Instant from = now.minus(window);
        return recentOrders.stream()
                .filter(o -> o.paidAt().isAfter(from) && !o.paidAt().isAfter(now))
                .map(PaidOrder::net)
                .reduce(Money.zero(currency), Money::plus);
    }

    /** Paid, not fully refunded orders paid in {@code (now - window, now]}. */
    public long paidOrdersWithin(Duration window, Instant now) {
        Instant from = now.minus(window);
        return recentOrders.stream()
                .filter(o -> o.paidAt().isAfter(from) && !o.paidAt().isAfter(now) && !o.fullyRefunded())
                .count();
    }

    public void changeTierStanding(TierStanding standing) {
        tierStanding = requireNonNull(standing, "standing");
    }

    private void prune(Duration retention, Instant now) {
        Instant horizon = now.minus(retention);
        recentOrders = recentOrders.stream().filter(o -> !o.paidAt().isBefore(horizon)).toList();
    }

    private Optional<PaidOrder> findOrder(String orderId) {
        return recentOrders.stream().filter(o -> o.orderId().equals(orderId)).findFirst();
    }

    private static List<PaidOrder> sortedByPaidAt(List<PaidOrder> orders) {
        return orders.stream().sorted(Comparator.comparing(PaidOrder::paidAt).thenComparing(PaidOrder::orderId)).toList();
    }

    public MemberId id() {
        return id;
    }

    public MerchantId merchantId() {
        return merchantId;
    }

    public String externalId() {
        return externalId;
    }

    public Currency currency() {
        return currency;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public Portrait portrait() {
        return portrait;
    }

    public SortedSet<String> manualTags() {
        return Collections.unmodifiableSortedSet(manualTags);
    }

    public SortedSet<String> automaticTags() {
        return Collections.unmodifiableSortedSet(automaticTags);
    }

    /** Manual and automatic tags together. */
    public SortedSet<String> tags() {
        TreeSet<String> all = new TreeSet<>(manualTags);
        all.addAll(automaticTags);
        return Collections.unmodifiableSortedSet(all);
    }

    public BehaviourMetrics metrics() {
        return metrics;
    }

    public List<PaidOrder> recentOrders() {
        return recentOrders;
    }

    public TierStanding tierStanding() {
        return tierStanding;
    }

    @Override
    public String toString() {
        return "Member[" + merchantId + "/" + id + " ext=" + externalId + " v" + version + "]";
    }
}
