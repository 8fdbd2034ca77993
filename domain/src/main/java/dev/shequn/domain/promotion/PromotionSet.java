package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Promotions prepared once for pricing many carts. Preparing indexes them by what they target (each SKU
 * and category of their include lists; those without include lists reach every line) and coupons by code,
 * so pricing a cart evaluates only the promotions its lines can reach. The answer is still complete: every
 * other promotion is in {@code rejected} with its first failing reason, worked out when that list is read
 * (see {@link PricingEngine} for the rules and the choices).
 *
 * <p>Immutable and safe to share between threads; each thread prices with its own scratch space.
 */
public final class PromotionSet {

    private static final int[] NONE = new int[0];

    private final List<Promotion> promotions;
    final CompiledPromotion[] compiled;
    final Map<String, int[]> bySku;
    final Map<String, int[]> byCategory;
    final int[] everyLine;
    /** Distinct coupon codes by their case-folded key, numbered in order of first definition. */
    final Map<String, Integer> codeGroups;
    private final ThreadLocal<PricingRun.Scratch> scratch;

    private PromotionSet(List<Promotion> promotions) {
        this.promotions = List.copyOf(promotions);
        int n = this.promotions.size();
        this.compiled = new CompiledPromotion[n];
        Map<String, List<Integer>> skus = new HashMap<>();
        Map<String, List<Integer>> categories = new HashMap<>();
        List<Integer> every = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Promotion promotion = requireNonNull(this.promotions.get(i), "promotion");
            checkArgument(ids.add(promotion.id()), "promotion id %s is not unique", promotion.id());
            CompiledPromotion p = new CompiledPromotion(i, promotion);
            compiled[i] = p;
            if (p.code.isPresent()) {
                Integer group = codes.get(foldCase(p.code.get()));
                if (group == null) {
                    group = codes.size();
                    codes.put(foldCase(p.code.get()), group);
                }
                p.codeGroup = group;
            }
            if (p.everyLine) {
                every.add(i);
            } else {
                for (String sku : p.includeSkus) {
                    skus.computeIfAbsent(sku, k -> new ArrayList<>()).add(i);
                }
                for (String category : p.includeCategories) {
                    categories.computeIfAbsent(category, k -> new ArrayList<>()).add(i);
                }
            }
        }
        this.bySku = frozen(skus);
        this.byCategory = frozen(categories);
        this.everyLine = every.stream().mapToInt(Integer::intValue).toArray();
        this.codeGroups = Map.copyOf(codes);
        this.scratch = ThreadLocal.withInitial(() -> new PricingRun.Scratch(n));
    }

    /** Prepares these promotions, in this order (the order breaks ties and orders {@code rejected}). */
    public static PromotionSet prepare(List<Promotion> promotions) {
        requireNonNull(promotions, "promotions");
        return new PromotionSet(promotions);
    }

    /** Prices one cart against these promotions. */
    public PricingAnswer price(PricingRequest request) {
        requireNonNull(request, "request");
        return new PricingRun(this, request, scratch.get()).price();
    }

    public List<Promotion> promotions() {
        return promotions;
    }

    public int size() {
        return compiled.length;
    }

    int[] bySku(String sku) {
        int[] found = bySku.get(sku);
        return found == null ? NONE : found;
    }

    int[] byCategory(String category) {
        int[] found = byCategory.get(category);
        return found == null ? NONE : found;
    }

    /**
     * The key under which two codes are equal exactly when {@link String#equalsIgnoreCase} says so: that
     * method compares char by char, equal when the chars are equal, or their upper cases are, or the lower
     * cases of their upper cases are; the last implies the others, so folding each char to the lower case of
     * its upper case gives the same relation. No trimming.
     */
    static String foldCase(String code) {
        char[] chars = code.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> index) {
        Map<String, int[]> result = new HashMap<>(index.size() * 2);
        index.forEach((key, list) -> result.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }
}
