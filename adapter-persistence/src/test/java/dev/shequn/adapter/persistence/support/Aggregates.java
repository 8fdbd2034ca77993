package dev.shequn.adapter.persistence.support;

import dev.shequn.domain.community.ChannelId;
import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.CommunitySettings;
import dev.shequn.domain.community.JoinChannel;
import dev.shequn.domain.community.ModerationPolicy;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.AgeBand;
import dev.shequn.domain.member.Gender;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.member.Portrait;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Aggregates for the storage contracts, for any merchant; instants at whole microseconds, as both databases keep. */
public final class Aggregates {

    public static final Currency CNY = Currency.getInstance("CNY");
    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

    private Aggregates() {
    }

    public static Money cny(String amount) {
        return Money.of(amount, CNY);
    }

    public static Community community(MerchantId merchant, String id, int capacity, int botThreshold) {
        return Community.create(new CommunityId(id), merchant, new CommunitySettings("Olive club " + id,
                new MemberId("leader-" + id), capacity, Positioning.HIGH_FREQUENCY, Optional.empty(), botThreshold,
                new ModerationPolicy(Set.of("shop.example.com"), Set.of("spam"), 2, Duration.ofDays(14))), T0);
    }

    public static JoinChannel channel(MerchantId merchant, String id, String code, List<String> pool) {
        return JoinChannel.create(new ChannelId(id), merchant, "Channel " + id, code,
                pool.stream().map(CommunityId::new).toList(), T0);
    }

    public static Member member(MerchantId merchant, String id) {
        return Member.create(new MemberId(id), merchant, "ext-" + id, CNY,
                new Portrait(Optional.of(Gender.FEMALE), Optional.of(AgeBand.FROM_25_TO_34), Optional.of("Hangzhou")),
                Set.of("vip", "olive-fan"), T0);
    }
}
