package dev.shequn.domain.member;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A merchant's automatic tags, derived from behaviour metrics: {@code high-value} once total spend reaches
 * {@code highValueAt}; {@code category:<c>} for each category bought, when {@code categoryTags}; {@code lapsed}
 * when the last purchase is {@code lapsedAfterDays} or more days old. A member who never bought is not lapsed.
 */
public record TagRules(
        MerchantId merchantId,
        Optional<Money> highValueAt,
        boolean categoryTags,
        Optional<Integer> lapsedAfterDays,
        long version) {

    public static final String HIGH_VALUE = "high-value";
    public static final String LAPSED = "lapsed";
    public static final String CATEGORY_PREFIX = "category:";

    public TagRules {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(highValueAt, "highValueAt");
        highValueAt.ifPresent(m -> checkArgument(m.isPositive(), "high-value threshold must be positive"));
        requireNonNull(lapsedAfterDays, "lapsedAfterDays");
        lapsedAfterDays.ifPresent(d -> checkArgument(d > 0, "lapsedAfterDays must be positive"));
        checkArgument(version >= 0, "version must not be negative");
    }

    /** No automatic tags at all: what a merchant has before setting rules. */
    public static TagRules none(MerchantId merchantId) {
        return new TagRules(merchantId, Optional.empty(), false, Optional.empty(), 0);
    }

    /** The same rules with new settings, keeping the stored version this copy was read at. */
    public TagRules replacedBy(Optional<Money> highValueAt, boolean categoryTags, Optional<Integer> lapsedAfterDays) {
        return new TagRules(merchantId, highValueAt, categoryTags, lapsedAfterDays, version);
    }

    public SortedSet<String> tagsFor(BehaviourMetrics metrics, Instant now) {
        TreeSet<String> tags = new TreeSet<>();
        highValueAt.ifPresent(threshold -> {
            if (threshold.currency().equals(metrics.totalSpend().currency())
                    && metrics.totalSpend().compareTo(threshold) >= 0) {
                tags.add(HIGH_VALUE);
            }
        });
        if (categoryTags) {
            metrics.categoriesBought().forEach(c -> tags.add(CATEGORY_PREFIX + c));
        }
        lapsedAfterDays.ifPresent(days -> metrics.lastPurchase().ifPresent(last -> {
            if (Duration.between(last, now).compareTo(Duration.ofDays(days)) >= 0) {
                tags.add(LAPSED);
            }
        }));
        return tags;
    }
}
