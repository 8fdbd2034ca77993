package dev.shequn.domain.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.community.TierStandingCheck;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.TierStanding;
import dev.shequn.domain.shared.MerchantId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * 会员分层: a merchant's tiers, lowest first. A member holds the highest tier whose rules they meet: an upgrade
 * happens at once; a downgrade only after {@code gracePeriod} (default 30 days) of not qualifying for the tier
 * held, so a quiet month does not cost a loyal member their status. {@code version}: stored version read at.
 */
public record TierLadder(MerchantId merchantId, List<Tier> tiers, Duration gracePeriod, long version) {

    public static final Duration DEFAULT_GRACE = Duration.ofDays(30);

    public TierLadder {
        requireNonNull(merchantId, "merchantId");
        tiers = List.copyOf(tiers);
        checkArgument(new HashSet<>(tiers.stream().map(Tier::code).toList()).size() == tiers.size(),
                "tier codes are unique on a ladder");
        requireNonNull(gracePeriod, "gracePeriod");
        checkArgument(!gracePeriod.isNegative(), "gracePeriod must not be negative");
        checkArgument(version >= 0, "version must not be negative");
    }

    public static TierLadder create(MerchantId merchantId, List<Tier> tiers, Duration gracePeriod) {
        return new TierLadder(merchantId, tiers, gracePeriod, 0);
    }

    /** The same ladder with new tiers, keeping the stored version this copy was read at. */
    public TierLadder replacedBy(List<Tier> newTiers, Duration newGracePeriod) {
        return new TierLadder(merchantId, newTiers, newGracePeriod, version);
    }

    /** The rank of a tier, 0 for the lowest; -1 for a code not on the ladder. */
    public int rankOf(String code) {
        return IntStream.range(0, tiers.size()).filter(i -> tiers.get(i).code().equals(code)).findFirst().orElse(-1);
    }

    public Optional<Tier> tier(String code) {
        return tiers.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The longest window of any rule: how far back a member's orders must be kept. */
    public Duration longestWindow() {
        return tiers.stream().flatMap(t -> t.rules().stream()).map(QualificationRule::window)
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Answers for a community's minimum tier: a tier not on the ladder is held by no one. */
    public TierStandingCheck standingOf(Optional<String> heldTier) {
        int held = heldTier.map(this::rankOf).orElse(-1);
        return minimum -> {
            int needed = rankOf(minimum);
            return needed >= 0 && held >= needed;
        };
    }

    public Optional<Tier> highestQualifying(Member member, Instant now) {
        for (int i = tiers.size() - 1; i >= 0; i--) {
            if (tiers.get(i).qualifyingRule(member, now).isPresent()) {
                return Optional.of(tiers.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the member should stand now. A tier held that is no longer on the ladder counts as no tier, so the
     * member moves to whatever they qualify for at once.
     */
    public TierEvaluation evaluate(Member member, Instant now) {
        requireNonNull(member, "member");
        checkArgument(member.merchantId().equals(merchantId), "member of another merchant");
        TierStanding standing = member.tierStanding();
        Optional<String> held = standing.tier().filter(code -> rankOf(code) >= 0);
        int heldRank = held.map(this::rankOf).orElse(-1);
        Optional<Tier> qualifying = highestQualifying(member, now);
        int qualifyingRank = qualifying.map(t -> rankOf(t.code())).orElse(-1);
        if (qualifyingRank > heldRank || (held.isEmpty() && standing.tier().isPresent())) {
            return changeTo(member, qualifying, qualifyingRank > heldRank ? TierChanged.Direction.UPGRADE
                    : TierChanged.Direction.DOWNGRADE, now);
        }
        if (qualifyingRank == heldRank) {
            return new TierEvaluation(new TierStanding(held, Optional.empty()), Optional.empty());
        }
        Instant since = standing.notQualifyingSince().orElse(now);
        if (Duration.between(since, now).compareTo(gracePeriod) >= 0) {
            return changeTo(member, qualifying, TierChanged.Direction.DOWNGRADE, now);
        }
        return new TierEvaluation(new TierStanding(held, Optional.of(since)), Optional.empty());
    }

    private TierEvaluation changeTo(Member member, Optional<Tier> to, TierChanged.Direction direction, Instant now) {
        TierBenefits benefits = to.map(Tier::benefits).orElse(TierBenefits.none());
        Optional<String> toCode = to.map(Tier::code);
        TierChanged event = new TierChanged(merchantId, member.id(), member.tierStanding().tier(), toCode, direction,
                benefits.couponTemplateIds(), benefits.communityIds(), now);
        return new TierEvaluation(new TierStanding(toCode, Optional.empty()), Optional.of(event));
    }
}
