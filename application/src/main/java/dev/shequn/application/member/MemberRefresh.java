package dev.shequn.application.member;

import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.TagRules;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.tier.TierEvaluation;
import dev.shequn.domain.tier.TierLadder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What follows every change to a member's metrics, and every scheduled evaluation: tags, then the tier. */
public final class MemberRefresh {

    /**
     * Orders are kept at least this long, even without a ladder, so that refunds within any usual refund window
     * still find their order and a ladder set later can look back.
     */
    public static final Duration MINIMUM_ORDER_RETENTION = Duration.ofDays(400);

    private MemberRefresh() {}

    public static Duration orderRetention(Optional<TierLadder> ladder) {
        Duration longest = ladder.map(TierLadder::longestWindow).orElse(Duration.ZERO);
        return longest.compareTo(MINIMUM_ORDER_RETENTION) > 0 ? longest : MINIMUM_ORDER_RETENTION;
    }

    /** Re-tags and re-tiers the member in place; answers the events. */
    public static List<DomainEvent> tagsAndTier(Member member, TagRules rules, Optional<TierLadder> ladder, Instant now) {
        List<DomainEvent> events = new ArrayList<>();
        member.retag(rules, now).ifPresent(events::add);
        ladder.ifPresent(l -> {
            TierEvaluation evaluation = l.evaluate(member, now);
            member.changeTierStanding(evaluation.standing());
            evaluation.change().ifPresent(events::add);
        });
        return events;
    }
}
