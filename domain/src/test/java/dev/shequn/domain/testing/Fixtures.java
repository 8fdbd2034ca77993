package dev.shequn.domain.testing;

import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.CommunitySettings;
import dev.shequn.domain.community.ModerationPolicy;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.member.Portrait;
import dev.shequn.domain.member.TagRules;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/** Test data that says what it is for; shared with the other modules through the domain test-jar. */
public final class Fixtures {

    public static final MerchantId OLIVE_SHOP = new MerchantId("olive-shop");
    public static final Currency CNY = Currency.getInstance("CNY");
    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    public static final Duration KEEP_A_YEAR = Duration.ofDays(365);

    private Fixtures() {}

    public static Money cny(String amount) {
        return Money.of(amount, CNY);
    }

    public static Instant daysAfterT0(long days) {
        return T0.plus(Duration.ofDays(days));
    }

    public static Member aMember(String id) {
        return Member.create(new MemberId(id), OLIVE_SHOP, "ext-" + id, CNY, Portrait.unknown(), Set.of(), T0);
    }

    public static TagRules noTagRules() {
        return TagRules.none(OLIVE_SHOP);
    }

    public static CommunityBuilder aCommunity(String id) {
        return new CommunityBuilder(id);
    }

    public static final class CommunityBuilder {
        private final String id;
        private int capacity = CommunitySettings.DEFAULT_CAPACITY;
        private int botThreshold = CommunitySettings.DEFAULT_BOT_THRESHOLD;
        private Optional<String> minimumTier = Optional.empty();
        private ModerationPolicy moderation = ModerationPolicy.defaults();

        private CommunityBuilder(String id) {
            this.id = id;
        }

        public CommunityBuilder withCapacity(int value) {
            capacity = value;
            return this;
        }

        public CommunityBuilder withBotThreshold(int value) {
            botThreshold = value;
            return this;
        }

        public CommunityBuilder forTierAtLeast(String tier) {
            minimumTier = Optional.of(tier);
            return this;
        }

        public CommunityBuilder withModeration(ModerationPolicy value) {
            moderation = value;
            return this;
        }

        public Community build() {
            return Community.create(new CommunityId(id), OLIVE_SHOP, new CommunitySettings("Olive club " + id,
                    new MemberId("leader"), capacity, Positioning.HIGH_FREQUENCY, minimumTier, botThreshold, moderation), T0);
        }
    }
}
