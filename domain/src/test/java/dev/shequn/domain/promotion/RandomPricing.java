package dev.shequn.domain.promotion;

import static dev.shequn.domain.promotion.PricingFixtures.aMember;
import static dev.shequn.domain.promotion.PricingFixtures.aPromotion;
import static dev.shequn.domain.promotion.PricingFixtures.aRequest;

import dev.shequn.domain.promotion.PricingFixtures.PromotionBuilder;
import dev.shequn.domain.promotion.PricingFixtures.RequestBuilder;
import java.util.Random;

/** Random carts and promotions of every kind, from a seed, for property tests (here and in other modules). */
public final class RandomPricing {

    private static final String[] CURRENCIES = {"CNY", "JPY", "KWD"};
    private static final String[] CATEGORIES = {"oil", "tea", "fruit", "dairy"};
    private static final String[] SKUS = {"s1", "s2", "s3", "s4", "s5", "s6"};

    private RandomPricing() {
    }

    public static RequestBuilder request(long seed) {
        Random r = new Random(seed);
        String currency = CURRENCIES[r.nextInt(CURRENCIES.length)];
        int digits = currency.equals("JPY") ? 0 : currency.equals("KWD") ? 3 : 2;
        RequestBuilder request = aRequest().currency(currency).at("2026-11-23T10:00:00+08:00");
        if (r.nextInt(4) > 0) {
            request.member(aMember("m").tier(r.nextBoolean() ? "gold" : "junior").tags("vip")
                    .communities("club").paidOrders(r.nextInt(3)).used("p0", r.nextInt(2)));
        }
        int lines = 1 + r.nextInt(6);
        for (int i = 0; i < lines; i++) {
            request.line("l" + i, r.nextInt(8) == 0 ? null : SKUS[r.nextInt(SKUS.length)],
                    r.nextInt(8) == 0 ? null : CATEGORIES[r.nextInt(CATEGORIES.length)],
                    amount(r, digits, r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(20_000)), 1 + r.nextInt(r.nextBoolean() ? 3 : 12));
        }
        if (r.nextBoolean()) {
            request.shipping(amount(r, digits, r.nextInt(2_000)));
        }
        if (r.nextBoolean()) {
            request.codes("C1", "c2", "nope");
        }
        int promotions = r.nextInt(7);
        for (int i = 0; i < promotions; i++) {
            request.promotion(promotion(r, "p" + i, digits));
        }
        return request;
    }

    private static PromotionBuilder promotion(Random r, String id, int digits) {
        PromotionBuilder p = aPromotion(id).priority(r.nextInt(4));
        switch (r.nextInt(12)) {
            case 0, 1 -> p.percentOff(r.nextInt(5) == 0 ? "12.5" : String.valueOf(r.nextInt(101)));
            case 2 -> p.percentOff(String.valueOf(1 + r.nextInt(100)), 1 + r.nextInt(3));
            case 3 -> p.amountOff(amount(r, digits, r.nextInt(30_000)));
            case 4 -> p.amountOffPerUnit(amount(r, digits, r.nextInt(3_000)), 1 + r.nextInt(3));
            case 5 -> p.amountOffPerLine(amount(r, digits, r.nextInt(3_000)));
            case 6 -> {
                if (r.nextBoolean()) {
                    p.spendThresholdRepeat(amount(r, digits, 1 + r.nextInt(10_000)), amount(r, digits, r.nextInt(5_000)));
                } else {
                    p.spendThreshold(amount(r, digits, r.nextInt(10_000)), amount(r, digits, r.nextInt(3_000)),
                            amount(r, digits, r.nextInt(30_000)), amount(r, digits, r.nextInt(9_000)));
                }
            }
            case 7 -> p.buyXGetY(1 + r.nextInt(3), 1 + r.nextInt(2), String.valueOf(1 + r.nextInt(100)));
            case 8 -> p.fixedPrice(amount(r, digits, r.nextInt(5_000)));
            case 9 -> p.gift("cup", 1 + r.nextInt(2));
            case 10 -> {
                String deposit = amount(r, digits, r.nextInt(5_000));
                p.deposit(deposit, amount(r, digits, Long.parseLong(deposit.replace(".", "")) + r.nextInt(5_000)));
            }
            default -> {
                if (r.nextBoolean()) {
                    p.shippingOff(amount(r, digits, r.nextInt(1_000)));
                } else {
                    p.shippingOffPercent(String.valueOf(r.nextInt(101)));
                }
            }
        }
        boolean deposit = p.isDeposit();
        if (!deposit && r.nextInt(4) == 0) {
            p.exclusive();
        }
        if (!deposit && r.nextInt(4) == 0) {
            p.group("g" + r.nextInt(2));
        }
        if (r.nextInt(3) == 0) {
            p.categories(CATEGORIES[r.nextInt(CATEGORIES.length)]);
        }
        if (r.nextInt(5) == 0) {
            p.skus(SKUS[r.nextInt(SKUS.length)]);
        }
        if (r.nextInt(8) == 0) {
            p.excludeSkus(SKUS[r.nextInt(SKUS.length)]);
        }
        if (r.nextInt(5) == 0) {
            p.maxDiscount(amount(r, digits, r.nextInt(5_000)));
        }
        if (r.nextInt(6) == 0) {
            p.budget(amount(r, digits, r.nextInt(10_000)), amount(r, digits, r.nextInt(5_000)));
        }
        if (r.nextInt(8) == 0) {
            p.code(r.nextBoolean() ? "c1" : "C2");
        }
        if (r.nextInt(8) == 0) {
            p.minSubtotal(amount(r, digits, r.nextInt(20_000)));
        }
        if (r.nextInt(10) == 0) {
            p.tierIn("gold");
        }
        if (r.nextInt(10) == 0) {
            p.perMemberLimit(1);
        }
        return p;
    }

    /** A decimal string of {@code minor} minor units with the currency's digits. */
    static String amount(Random r, int digits, long minor) {
        return java.math.BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
