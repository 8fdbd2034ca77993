package dev.shequn.domain.promotion;

import dev.shequn.domain.shared.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A promotion prepared once for pricing: effect parameters as whole numbers, percents as reduced
 * fractions, conditions sorted by the reason they would give, and the rejections that depend on nothing
 * but the promotion built in advance.
 */
final class CompiledPromotion {

    static final int PERCENT_OFF = 0;
    static final int AMOUNT_PER_ORDER = 1;
    static final int AMOUNT_PER_UNIT = 2;
    static final int AMOUNT_PER_LINE = 3;
    static final int SPEND_THRESHOLD = 4;
    static final int BUY_X_GET_Y = 5;
    static final int FIXED_PRICE = 6;
    static final int GIFT = 7;
    static final int DEPOSIT = 8;
    static final int SHIPPING_AMOUNT = 9;
    static final int SHIPPING_PERCENT = 10;

    final int index;
    final Promotion source;
    final String id;
    final Optional<String> code;
    /** The index of this promotion's code among the set's distinct codes, -1 for an automatic promotion. */
    int codeGroup = -1;
    final long priority;
    final boolean exclusive;
    final String group;
    final Instant validFrom;
    final Instant validUntil;
    final Currency currency;

    final Condition.TierIn[] tierIns;
    final Condition.HasTag[] hasTags;
    final Condition.MemberOf[] memberOfs;
    final Condition.PurchaseOrdinal[] ordinals;
    final Condition.MinQuantity[] minQuantities;
    final Condition.MinSubtotal[] minSubtotals;
    final long perMemberLimit;

    final Set<String> includeSkus;
    final Set<String> includeCategories;
    final Set<String> excludeSkus;
    final Set<String> excludeCategories;
    final boolean everyLine;
    final boolean hasExcludes;

    final int kind;
    /** Percent as a reduced fraction of one: {@code percentNum / percentDen}. */
    final long percentNum;
    final long percentDen;
    /** The percent fraction when it does not fit in longs (then percentNum and percentDen are 1), else null. */
    final BigInteger bigPercentNum;
    final BigInteger bigPercentDen;
    final long maxQuantity;
    final boolean repeat;
    final long buy;
    final long get;
    final String giftSku;
    final long giftQuantity;

    final Amounts amounts;
    private volatile Amounts rescaled;

    /** Rejected for redemptions or budget left: known before any cart is seen, or null. */
    final PricingAnswer.Rejected staticRejection;
    final PricingAnswer.Rejected codeNotPresented;
    final PricingAnswer.Rejected noTargetLines;
    private volatile PricingAnswer.Rejected notStarted;
    private volatile PricingAnswer.Rejected expired;

    CompiledPromotion(int index, Promotion p) {
        this.index = index;
        this.source = p;
        this.id = p.id();
        this.code = p.code();
        this.priority = p.priority();
        this.exclusive = p.stacking() == Stacking.EXCLUSIVE;
        this.group = p.group().orElse(null);
        this.validFrom = p.validFrom().orElse(null);
        this.validUntil = p.validUntil().orElse(null);
        this.currency = p.currency().orElse(null);

        List<Condition.TierIn> tiers = new ArrayList<>();
        List<Condition.HasTag> tags = new ArrayList<>();
        List<Condition.MemberOf> communities = new ArrayList<>();
        List<Condition.PurchaseOrdinal> ordinalList = new ArrayList<>();
        List<Condition.MinQuantity> quantities = new ArrayList<>();
        List<Condition.MinSubtotal> subtotals = new ArrayList<>();
        for (Condition condition : p.conditions()) {
            if (condition instanceof Condition.TierIn c) {
                tiers.add(c);
            } else if (condition instanceof Condition.HasTag c) {
                tags.add(c);
            } else if (condition instanceof Condition.MemberOf c) {
                communities.add(c);
            } else if (condition instanceof Condition.PurchaseOrdinal c) {
                ordinalList.add(c);
            } else if (condition instanceof Condition.MinQuantity c) {
                quantities.add(c);
            } else if (condition instanceof Condition.MinSubtotal c) {
                subtotals.add(c);
            }
        }
        this.tierIns = tiers.toArray(Condition.TierIn[]::new);
        this.hasTags = tags.toArray(Condition.HasTag[]::new);
        this.memberOfs = communities.toArray(Condition.MemberOf[]::new);
        this.ordinals = ordinalList.toArray(Condition.PurchaseOrdinal[]::new);
        this.minQuantities = quantities.toArray(Condition.MinQuantity[]::new);
        this.minSubtotals = subtotals.toArray(Condition.MinSubtotal[]::new);
        this.perMemberLimit = p.perMemberLimit().isPresent() ? p.perMemberLimit().getAsLong() : -1;

        Target target = p.target();
        this.includeSkus = target.skus();
        this.includeCategories = target.categories();
        this.excludeSkus = target.excludeSkus();
        this.excludeCategories = target.excludeCategories();
        this.everyLine = includeSkus.isEmpty() && includeCategories.isEmpty();
        this.hasExcludes = !excludeSkus.isEmpty() || !excludeCategories.isEmpty();

        AmountsBuilder money = new AmountsBuilder();
        money.maxDiscount = p.maxDiscount().map(money::minor).orElse(-1L);
        money.budgetRemaining = p.budget().map(b -> money.minor(b.limit()) - money.minor(b.used())).orElse(-1L);
        boolean budgetExhausted = p.budget().isPresent() && money.budgetRemaining <= 0;
        money.minSubtotals = new long[minSubtotals.length];
        for (int i = 0; i < minSubtotals.length; i++) {
            money.minSubtotals[i] = money.minor(minSubtotals[i].amount());
        }

        BigInteger[] pFraction = null;
        long maxQ = -1;
        boolean rep = false;
        long buyX = 0;
        long getY = 0;
        String sku = null;
        long giftQ = 0;
        Effect effect = p.effect();
        if (effect instanceof Effect.PercentOff e) {
            kind = PERCENT_OFF;
            pFraction = fractionOfHundred(e.percent());
            maxQ = e.maxQuantity().isPresent() ? e.maxQuantity().getAsLong() : -1;
        } else if (effect instanceof Effect.AmountOff e) {
            kind = switch (e.per()) {
                case ORDER -> AMOUNT_PER_ORDER;
                case UNIT -> AMOUNT_PER_UNIT;
                case LINE -> AMOUNT_PER_LINE;
            };
            money.a = money.minor(e.amount());
            maxQ = e.maxQuantity().isPresent() ? e.maxQuantity().getAsLong() : -1;
        } else if (effect instanceof Effect.SpendThreshold e) {
            kind = SPEND_THRESHOLD;
            rep = e.repeat();
            money.spends = new long[e.steps().size()];
            money.offs = new long[e.steps().size()];
            for (int i = 0; i < e.steps().size(); i++) {
                money.spends[i] = money.minor(e.steps().get(i).spend());
                money.offs[i] = money.minor(e.steps().get(i).off());
            }
        } else if (effect instanceof Effect.BuyXGetY e) {
            kind = BUY_X_GET_Y;
            buyX = e.buy();
            getY = e.get();
            pFraction = fractionOfHundred(e.percent());
        } else if (effect instanceof Effect.FixedPrice e) {
            kind = FIXED_PRICE;
            money.a = money.minor(e.unitPrice());
        } else if (effect instanceof Effect.Gift e) {
            kind = GIFT;
            sku = e.sku();
            giftQ = e.quantity();
        } else if (effect instanceof Effect.DepositCredit e) {
            kind = DEPOSIT;
            money.a = money.minor(e.deposit());
            money.b = money.minor(e.credit());
        } else if (effect instanceof Effect.ShippingOff e) {
            if (e.amount().isPresent()) {
                kind = SHIPPING_AMOUNT;
                money.a = money.minor(e.amount().get());
            } else {
                kind = SHIPPING_PERCENT;
                pFraction = fractionOfHundred(e.percent().get());
            }
        } else {
            throw new IllegalArgumentException("unknown effect " + effect);
        }
        boolean fits = pFraction == null || (pFraction[0].bitLength() < 63 && pFraction[1].bitLength() < 63);
        this.percentNum = pFraction == null ? 0 : fits ? pFraction[0].longValue() : 1;
        this.percentDen = pFraction == null ? 1 : fits ? pFraction[1].longValue() : 1;
        this.bigPercentNum = fits ? null : pFraction[0];
        this.bigPercentDen = fits ? null : pFraction[1];
        this.maxQuantity = maxQ;
        this.repeat = rep;
        this.buy = buyX;
        this.get = getY;
        this.giftSku = sku;
        this.giftQuantity = giftQ;
        this.amounts = money.build();

        Optional<String> self = Optional.of(id);
        if (p.redemptions().isPresent() && p.redemptions().get().remaining() <= 0) {
            Promotion.Redemptions r = p.redemptions().get();
            staticRejection = new PricingAnswer.Rejected(self, code, RejectionReason.REDEMPTIONS_EXHAUSTED,
                    "redeemed " + r.used() + " of " + r.limit() + " time(s): none left");
        } else if (budgetExhausted) {
            Promotion.Budget b = p.budget().get();
            staticRejection = new PricingAnswer.Rejected(self, code, RejectionReason.BUDGET_EXHAUSTED,
                    "budget " + b.limit().toPlainString() + " already used up (" + b.used().toPlainString() + " used)");
        } else {
            staticRejection = null;
        }
        codeNotPresented = code.isEmpty() ? null : new PricingAnswer.Rejected(self, code,
                RejectionReason.CODE_NOT_PRESENTED, "coupon code " + code.get() + " was not presented");
        noTargetLines = new PricingAnswer.Rejected(self, code, RejectionReason.NO_TARGET_LINES,
                "no line of the order is in its target " + describe(target));
    }

    boolean isGift() {
        return kind == GIFT;
    }

    boolean isDeposit() {
        return kind == DEPOSIT;
    }

    boolean isShipping() {
        return kind == SHIPPING_AMOUNT || kind == SHIPPING_PERCENT;
    }

    PricingAnswer.Rejected notStarted() {
        PricingAnswer.Rejected r = notStarted;
        if (r == null) {
            r = new PricingAnswer.Rejected(Optional.of(id), code, RejectionReason.NOT_STARTED, "valid from " + validFrom);
            notStarted = r;
        }
        return r;
    }

    PricingAnswer.Rejected expired() {
        PricingAnswer.Rejected r = expired;
        if (r == null) {
            r = new PricingAnswer.Rejected(Optional.of(id), code, RejectionReason.EXPIRED,
                    validFrom != null && !validFrom.isBefore(validUntil)
                            ? "never valid: from " + validFrom + " until " + validUntil
                            : "valid until " + validUntil + " (exclusive)");
            expired = r;
        }
        return r;
    }

    /** Member-condition rejections, built on first use: per reason (tier, tag, community, ordinal), per condition. */
    private final PricingAnswer.Rejected[][] memberRejections = new PricingAnswer.Rejected[4][];

    PricingAnswer.Rejected memberRejection(int condition, RejectionReason reason) {
        int kindOf = reason.ordinal() - RejectionReason.TIER_NOT_ELIGIBLE.ordinal();
        PricingAnswer.Rejected[] built = memberRejections[kindOf];
        if (built == null) {
            int count = switch (reason) {
                case TIER_NOT_ELIGIBLE -> tierIns.length;
                case TAG_NOT_ELIGIBLE -> hasTags.length;
                case NOT_A_COMMUNITY_MEMBER -> memberOfs.length;
                default -> ordinals.length;
            };
            built = new PricingAnswer.Rejected[count];
            memberRejections[kindOf] = built;
        }
        PricingAnswer.Rejected r = built[condition];
        if (r == null) {
            String detail = switch (reason) {
                case TIER_NOT_ELIGIBLE -> tierIns[condition].tiers().isEmpty() ? "for no tier (an empty list)"
                        : "for members of tier " + String.join(" or ", tierIns[condition].tiers());
                case TAG_NOT_ELIGIBLE -> "for members with " + (hasTags[condition].match() == Condition.Match.ALL
                        ? "all" : "any") + " of the tags " + hasTags[condition].tags();
                case NOT_A_COMMUNITY_MEMBER -> "for members of the communities " + memberOfs[condition].communities();
                default -> "for the member's purchase " + describe(ordinals[condition]);
            };
            r = reject(reason, detail);
            built[condition] = r;
        }
        return r;
    }

    private static String describe(Condition.PurchaseOrdinal c) {
        if (c.equalTo().isPresent()) {
            return "number " + c.equalTo().getAsLong();
        }
        if (c.atLeast().isPresent() && c.atMost().isPresent()) {
            return "numbers " + c.atLeast().getAsLong() + " to " + c.atMost().getAsLong();
        }
        return c.atLeast().isPresent() ? "number " + c.atLeast().getAsLong() + " or later"
                : "number " + c.atMost().getAsLong() + " or earlier";
    }

    PricingAnswer.Rejected reject(RejectionReason reason, String detail) {
        return new PricingAnswer.Rejected(Optional.of(id), code, reason, detail);
    }

    /**
     * The amounts in minor units of a currency with {@code digits} decimals. Amounts are stored in the
     * minor units of the currency their {@link Money} was built in; a promotion without its own currency
     * has its amounts in the request's, so a request in a currency of other digits rescales them (once,
     * cached). An amount finer than the request's currency allows is a request the edge should have refused.
     */
    Amounts amountsFor(int digits) {
        Amounts a = amounts;
        if (a.digits == digits || a.digits < 0) {
            return a;
        }
        Amounts r = rescaled;
        if (r != null && r.digits == digits) {
            return r;
        }
        r = a.rescale(digits, id);
        rescaled = r;
        return r;
    }

    /** {@code percent / 100} as a reduced fraction. */
    private static BigInteger[] fractionOfHundred(BigDecimal percent) {
        BigDecimal stripped = percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros();
        BigInteger num = stripped.unscaledValue();
        BigInteger den = BigInteger.valueOf(100);
        if (stripped.scale() > 0) {
            den = den.multiply(BigInteger.TEN.pow(stripped.scale()));
        } else if (stripped.scale() < 0) {
            num = num.multiply(BigInteger.TEN.pow(-stripped.scale()));
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return new BigInteger[] {num, den};
    }

    static String describe(Target target) {
        StringBuilder text = new StringBuilder();
        if (target.skus().isEmpty() && target.categories().isEmpty()) {
            text.append("(every line");
        } else {
            text.append("(");
            if (!target.skus().isEmpty()) {
                text.append("skus ").append(sorted(target.skus()));
            }
            if (!target.categories().isEmpty()) {
                text.append(target.skus().isEmpty() ? "" : ", ").append("categories ").append(sorted(target.categories()));
            }
        }
        if (!target.excludeSkus().isEmpty()) {
            text.append(", except skus ").append(sorted(target.excludeSkus()));
        }
        if (!target.excludeCategories().isEmpty()) {
            text.append(", except categories ").append(sorted(target.excludeCategories()));
        }
        return text.append(")").toString();
    }

    private static List<String> sorted(Set<String> values) {
        List<String> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }

    /** The promotion's amounts in minor units of one currency ({@code digits} decimals; -1 when it has none). */
    static final class Amounts {
        final int digits;
        final long maxDiscount;
        final long budgetRemaining;
        final long a;
        final long b;
        final long[] spends;
        final long[] offs;
        final long[] minSubtotals;

        Amounts(int digits, long maxDiscount, long budgetRemaining, long a, long b, long[] spends, long[] offs,
                long[] minSubtotals) {
            this.digits = digits;
            this.maxDiscount = maxDiscount;
            this.budgetRemaining = budgetRemaining;
            this.a = a;
            this.b = b;
            this.spends = spends;
            this.offs = offs;
            this.minSubtotals = minSubtotals;
        }

        /** The smaller of {@code maxDiscount} and the budget left; {@link Shares#NO_CAP} without either. */
        long cap() {
            long cap = Shares.NO_CAP;
            if (maxDiscount >= 0) {
                cap = maxDiscount;
            }
            if (budgetRemaining >= 0 && budgetRemaining < cap) {
                cap = budgetRemaining;
            }
            return cap;
        }

        Amounts rescale(int toDigits, String id) {
            return new Amounts(toDigits, scale(maxDiscount, toDigits, id, true), scale(budgetRemaining, toDigits, id, true),
                    scale(a, toDigits, id, false), scale(b, toDigits, id, false), scale(spends, toDigits, id),
                    scale(offs, toDigits, id), scale(minSubtotals, toDigits, id));
        }

        private long[] scale(long[] values, int toDigits, String id) {
            if (values == null) {
                return null;
            }
            long[] scaled = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                scaled[i] = scale(values[i], toDigits, id, false);
            }
            return scaled;
        }

        private long scale(long value, int toDigits, String id, boolean minusOneIsNone) {
            if (minusOneIsNone && value < 0) {
                return value;
            }
            BigDecimal amount = BigDecimal.valueOf(value, digits).setScale(toDigits, java.math.RoundingMode.UNNECESSARY);
            return amount.unscaledValue().longValueExact();
        }
    }

    /** Collects the amounts while checking that they are all in one currency. */
    private static final class AmountsBuilder {
        private Currency seen;
        long maxDiscount = -1;
        long budgetRemaining = -1;
        long a;
        long b;
        long[] spends;
        long[] offs;
        long[] minSubtotals;

        long minor(Money money) {
            if (seen == null) {
                seen = money.currency();
            } else if (!seen.equals(money.currency())) {
                throw new IllegalArgumentException("a promotion's amounts are in one currency: "
                        + seen.getCurrencyCode() + " and " + money.currency().getCurrencyCode());
            }
            return money.minorUnits();
        }

        Amounts build() {
            return new Amounts(seen == null ? -1 : Money.digitsOf(seen), maxDiscount, budgetRemaining, a, b, spends, offs,
                    minSubtotals);
        }
    }
}
