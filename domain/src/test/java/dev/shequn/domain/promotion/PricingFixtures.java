package dev.shequn.domain.promotion;

import dev.shequn.domain.shared.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Builders for pricing requests and promotions, written the way the contract's JSON reads: amounts as
 * decimal strings in the request's currency (or the promotion's own), instants with their offset.
 * Shared with other modules through the domain test-jar.
 */
public final class PricingFixtures {

    private PricingFixtures() {
    }

    public static RequestBuilder aRequest() {
        return new RequestBuilder();
    }

    public static MemberBuilder aMember(String id) {
        return new MemberBuilder(id);
    }

    public static PromotionBuilder aPromotion(String id) {
        return new PromotionBuilder(id);
    }

    /** A cart request; {@link #price()} prepares its promotions and prices it. */
    public static final class RequestBuilder {
        private Currency currency = Currency.getInstance("CNY");
        private String at = "2026-11-23T10:00:00+08:00";
        private MemberBuilder member;
        private final List<String[]> lines = new ArrayList<>();
        private final List<Integer> quantities = new ArrayList<>();
        private String shipping;
        private final List<String> codes = new ArrayList<>();
        private final List<PromotionBuilder> promotions = new ArrayList<>();

        public RequestBuilder currency(String code) {
            currency = Currency.getInstance(code);
            return this;
        }

        public RequestBuilder at(String instant) {
            at = instant;
            return this;
        }

        public RequestBuilder member(MemberBuilder m) {
            member = m;
            return this;
        }

        /** A line; {@code sku} or {@code category} may be null (absent). */
        public RequestBuilder line(String id, String sku, String category, String unitPrice, int quantity) {
            lines.add(new String[] {id, sku, category, unitPrice});
            quantities.add(quantity);
            return this;
        }

        public RequestBuilder shipping(String amount) {
            shipping = amount;
            return this;
        }

        public RequestBuilder codes(String... presented) {
            codes.addAll(Arrays.asList(presented));
            return this;
        }

        public RequestBuilder promotion(PromotionBuilder p) {
            promotions.add(p);
            return this;
        }

        public Currency currency() {
            return currency;
        }

        public PricingRequest build() {
            List<CartLine> cart = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String[] l = lines.get(i);
                cart.add(new CartLine(l[0], Optional.ofNullable(l[1]), Optional.ofNullable(l[2]), Money.of(l[3], currency),
                        quantities.get(i)));
            }
            return new PricingRequest(currency, instant(at), Optional.ofNullable(member).map(MemberBuilder::build), cart,
                    shipping == null ? Money.zero(currency) : Money.of(shipping, currency), codes);
        }

        public List<Promotion> promotions() {
            List<Promotion> built = new ArrayList<>();
            for (PromotionBuilder p : promotions) {
                built.add(p.build(currency));
            }
            return built;
        }

        public PricingAnswer price() {
            return PromotionSet.prepare(promotions()).price(build());
        }
    }

    public static final class MemberBuilder {
        private final String id;
        private String tier;
        private List<String> tags = List.of();
        private List<String> communities = List.of();
        private long paidOrders;
        private final Map<String, Long> usage = new HashMap<>();

        MemberBuilder(String id) {
            this.id = id;
        }

        public MemberBuilder tier(String t) {
            tier = t;
            return this;
        }

        public MemberBuilder tags(String... t) {
            tags = List.of(t);
            return this;
        }

        public MemberBuilder communities(String... c) {
            communities = List.of(c);
            return this;
        }

        public MemberBuilder paidOrders(long n) {
            paidOrders = n;
            return this;
        }

        public MemberBuilder used(String promotionId, long times) {
            usage.put(promotionId, times);
            return this;
        }

        public MemberContext build() {
            return new MemberContext(id, Optional.ofNullable(tier), tags, communities, paidOrders, usage);
        }
    }

    /** A promotion; amounts are decimal strings, turned into Money of its currency or the request's. */
    public static final class PromotionBuilder {
        private final String id;
        private String name;
        private String code;
        private String currency;
        private long priority;
        private Stacking stacking = Stacking.STACKABLE;
        private String group;
        private String validFrom;
        private String validUntil;
        private final List<Function<Currency, Condition>> conditions = new ArrayList<>();
        private final Set<String> skus = new LinkedHashSet<>();
        private final Set<String> categories = new LinkedHashSet<>();
        private final Set<String> excludeSkus = new LinkedHashSet<>();
        private final Set<String> excludeCategories = new LinkedHashSet<>();
        private Function<Currency, Effect> effect;
        private String maxDiscount;
        private String[] budget;
        private long[] redemptions;
        private Long perMemberLimit;
        private boolean depositEffect;

        PromotionBuilder(String id) {
            this.id = id;
        }

        public PromotionBuilder name(String n) {
            name = n;
            return this;
        }

        public PromotionBuilder code(String c) {
            code = c;
            return this;
        }

        public PromotionBuilder currency(String c) {
            currency = c;
            return this;
        }

        public PromotionBuilder priority(long p) {
            priority = p;
            return this;
        }

        public PromotionBuilder exclusive() {
            stacking = Stacking.EXCLUSIVE;
            return this;
        }

        public PromotionBuilder group(String g) {
            group = g;
            return this;
        }

        public PromotionBuilder validFrom(String instant) {
            validFrom = instant;
            return this;
        }

        public PromotionBuilder validUntil(String instant) {
            validUntil = instant;
            return this;
        }

        public PromotionBuilder skus(String... s) {
            skus.addAll(List.of(s));
            return this;
        }

        public PromotionBuilder categories(String... c) {
            categories.addAll(List.of(c));
            return this;
        }

        public PromotionBuilder excludeSkus(String... s) {
            excludeSkus.addAll(List.of(s));
            return this;
        }

        public PromotionBuilder excludeCategories(String... c) {
            excludeCategories.addAll(List.of(c));
            return this;
        }

        public PromotionBuilder maxDiscount(String amount) {
            maxDiscount = amount;
            return this;
        }

        public PromotionBuilder budget(String limit, String used) {
            budget = new String[] {limit, used};
            return this;
        }

        public PromotionBuilder redemptions(long limit, long used) {
            redemptions = new long[] {limit, used};
            return this;
        }

        public PromotionBuilder perMemberLimit(long limit) {
            perMemberLimit = limit;
            return this;
        }

        // conditions

        public PromotionBuilder minSubtotal(String amount) {
            conditions.add(c -> new Condition.MinSubtotal(Money.of(amount, c), Scope.ORDER));
            return this;
        }

        public PromotionBuilder minSubtotalOfTarget(String amount) {
            conditions.add(c -> new Condition.MinSubtotal(Money.of(amount, c), Scope.TARGET));
            return this;
        }

        public PromotionBuilder minQuantity(long quantity) {
            conditions.add(c -> new Condition.MinQuantity(quantity, Scope.ORDER));
            return this;
        }

        public PromotionBuilder minQuantityOfTarget(long quantity) {
            conditions.add(c -> new Condition.MinQuantity(quantity, Scope.TARGET));
            return this;
        }

        public PromotionBuilder tierIn(String... tiers) {
            conditions.add(c -> new Condition.TierIn(List.of(tiers)));
            return this;
        }

        public PromotionBuilder hasAnyTag(String... tags) {
            conditions.add(c -> new Condition.HasTag(List.of(tags), Condition.Match.ANY));
            return this;
        }

        public PromotionBuilder hasAllTags(String... tags) {
            conditions.add(c -> new Condition.HasTag(List.of(tags), Condition.Match.ALL));
            return this;
        }

        public PromotionBuilder memberOf(String... communities) {
            conditions.add(c -> new Condition.MemberOf(List.of(communities)));
            return this;
        }

        public PromotionBuilder purchaseOrdinal(long equals) {
            conditions.add(c -> new Condition.PurchaseOrdinal(OptionalLong.of(equals), OptionalLong.empty(), OptionalLong.empty()));
            return this;
        }

        /** {@code atLeast} and {@code atMost} may be null (absent), not both. */
        public PromotionBuilder purchaseOrdinalBetween(Long atLeast, Long atMost) {
            conditions.add(c -> new Condition.PurchaseOrdinal(OptionalLong.empty(),
                    atLeast == null ? OptionalLong.empty() : OptionalLong.of(atLeast),
                    atMost == null ? OptionalLong.empty() : OptionalLong.of(atMost)));
            return this;
        }

        // effects

        public PromotionBuilder percentOff(String percent) {
            effect = c -> new Effect.PercentOff(new BigDecimal(percent), OptionalLong.empty());
            return this;
        }

        public PromotionBuilder percentOff(String percent, long maxQuantity) {
            effect = c -> new Effect.PercentOff(new BigDecimal(percent), OptionalLong.of(maxQuantity));
            return this;
        }

        public PromotionBuilder amountOff(String amount) {
            effect = c -> new Effect.AmountOff(Money.of(amount, c), Effect.Per.ORDER, OptionalLong.empty());
            return this;
        }

        public PromotionBuilder amountOffPerLine(String amount) {
            effect = c -> new Effect.AmountOff(Money.of(amount, c), Effect.Per.LINE, OptionalLong.empty());
            return this;
        }

        public PromotionBuilder amountOffPerUnit(String amount) {
            effect = c -> new Effect.AmountOff(Money.of(amount, c), Effect.Per.UNIT, OptionalLong.empty());
            return this;
        }

        public PromotionBuilder amountOffPerUnit(String amount, long maxQuantity) {
            effect = c -> new Effect.AmountOff(Money.of(amount, c), Effect.Per.UNIT, OptionalLong.of(maxQuantity));
            return this;
        }

        /** Steps as spend, off, spend, off, ... */
        public PromotionBuilder spendThreshold(String... spendOff) {
            return threshold(false, spendOff);
        }

        public PromotionBuilder spendThresholdRepeat(String spend, String off) {
            return threshold(true, spend, off);
        }

        private PromotionBuilder threshold(boolean repeat, String... spendOff) {
            effect = c -> {
                List<Effect.Step> steps = new ArrayList<>();
                for (int i = 0; i < spendOff.length; i += 2) {
                    steps.add(new Effect.Step(Money.of(spendOff[i], c), Money.of(spendOff[i + 1], c)));
                }
                return new Effect.SpendThreshold(steps, repeat);
            };
            return this;
        }

        public PromotionBuilder buyXGetY(long buy, long get) {
            return buyXGetY(buy, get, "100");
        }

        public PromotionBuilder buyXGetY(long buy, long get, String percent) {
            effect = c -> new Effect.BuyXGetY(buy, get, new BigDecimal(percent));
            return this;
        }

        public PromotionBuilder fixedPrice(String unitPrice) {
            effect = c -> new Effect.FixedPrice(Money.of(unitPrice, c));
            return this;
        }

        public PromotionBuilder gift(String sku, long quantity) {
            effect = c -> new Effect.Gift(sku, quantity);
            return this;
        }

        public PromotionBuilder deposit(String deposit, String credit) {
            depositEffect = true;
            effect = c -> new Effect.DepositCredit(Money.of(deposit, c), Money.of(credit, c));
            return this;
        }

        public PromotionBuilder shippingOff(String amount) {
            effect = c -> new Effect.ShippingOff(Optional.of(Money.of(amount, c)), Optional.empty());
            return this;
        }

        public PromotionBuilder shippingOffPercent(String percent) {
            effect = c -> new Effect.ShippingOff(Optional.empty(), Optional.of(new BigDecimal(percent)));
            return this;
        }

        public boolean isDeposit() {
            return depositEffect;
        }

        public Promotion build(Currency requestCurrency) {
            Currency c = currency == null ? requestCurrency : Currency.getInstance(currency);
            List<Condition> built = new ArrayList<>();
            for (Function<Currency, Condition> condition : conditions) {
                built.add(condition.apply(c));
            }
            if (effect == null) {
                throw new IllegalStateException("promotion " + id + " has no effect");
            }
            return new Promotion(id, Optional.ofNullable(name), Optional.ofNullable(code),
                    Optional.ofNullable(currency).map(Currency::getInstance), priority, stacking, Optional.ofNullable(group),
                    Optional.ofNullable(validFrom).map(PricingFixtures::instant),
                    Optional.ofNullable(validUntil).map(PricingFixtures::instant), built,
                    new Target(skus, categories, excludeSkus, excludeCategories), effect.apply(c),
                    Optional.ofNullable(maxDiscount).map(a -> Money.of(a, c)),
                    Optional.ofNullable(budget).map(b -> new Promotion.Budget(Money.of(b[0], c), Money.of(b[1], c))),
                    Optional.ofNullable(redemptions).map(r -> new Promotion.Redemptions(r[0], r[1])),
                    perMemberLimit == null ? OptionalLong.empty() : OptionalLong.of(perMemberLimit));
        }
    }

    static java.time.Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    // ---- reading answers in tests ----------------------------------------------------------------------------

    /** {@code "l1=16.80"}-style: each line's discount. */
    public static List<String> lineDiscounts(PricingAnswer answer) {
        List<String> out = new ArrayList<>();
        for (PricingAnswer.LineResult line : answer.lines()) {
            out.add(line.id() + "=" + line.discount().toPlainString());
        }
        return out;
    }

    /** {@code "promotion=amount"} for each allocation of one line, in order. */
    public static List<String> allocations(PricingAnswer answer, String lineId) {
        List<String> out = new ArrayList<>();
        for (PricingAnswer.LineResult line : answer.lines()) {
            if (line.id().equals(lineId)) {
                for (PricingAnswer.Allocation a : line.allocations()) {
                    out.add(a.promotion() + "=" + a.amount().toPlainString());
                }
            }
        }
        return out;
    }

    /** {@code "promotion=amount"} for each applied promotion, in order. */
    public static List<String> applied(PricingAnswer answer) {
        List<String> out = new ArrayList<>();
        for (PricingAnswer.Applied a : answer.applied()) {
            out.add(a.promotion() + "=" + a.amount().toPlainString());
        }
        return out;
    }

    /** {@code "promotion:REASON"} (or {@code "code:UNKNOWN_CODE"}) for each rejection, in order. */
    public static List<String> rejected(PricingAnswer answer) {
        List<String> out = new ArrayList<>();
        for (PricingAnswer.Rejected r : answer.rejected()) {
            out.add(r.promotion().orElse(r.code().orElse("?")) + ":" + r.reason());
        }
        return out;
    }

    /** Subtotal, discountTotal, shipping, shippingDiscount, depositPaid, total as plain strings. */
    public static List<String> totals(PricingAnswer answer) {
        return List.of(answer.subtotal().toPlainString(), answer.discountTotal().toPlainString(),
                answer.shipping().toPlainString(), answer.shippingDiscount().toPlainString(),
                answer.depositPaid().toPlainString(), answer.total().toPlainString());
    }
}
