package dev.shequn.domain.promotion;

import java.util.Optional;
import java.util.Set;

/**
 * Which lines an effect may discount. A line matches when it matches {@code skus} or {@code categories}
 * (both empty: every line), unless {@code excludeSkus} or {@code excludeCategories} exclude it: excludes
 * win. A line without a category never matches {@code categories} and is never excluded by
 * {@code excludeCategories}.
 */
public record Target(Set<String> skus, Set<String> categories, Set<String> excludeSkus, Set<String> excludeCategories) {

    public static final Target EVERY_LINE = new Target(Set.of(), Set.of(), Set.of(), Set.of());

    public Target {
        skus = Set.copyOf(skus);
        categories = Set.copyOf(categories);
        excludeSkus = Set.copyOf(excludeSkus);
        excludeCategories = Set.copyOf(excludeCategories);
    }

    public boolean matches(CartLine line) {
        return matches(line.sku(), line.category());
    }

    public boolean matches(Optional<String> sku, Optional<String> category) {
        if (sku.isPresent() && excludeSkus.contains(sku.get())) {
            return false;
        }
        if (category.isPresent() && excludeCategories.contains(category.get())) {
            return false;
        }
        if (skus.isEmpty() && categories.isEmpty()) {
            return true;
        }
        return sku.map(skus::contains).orElse(false) || category.map(categories::contains).orElse(false);
    }
}
