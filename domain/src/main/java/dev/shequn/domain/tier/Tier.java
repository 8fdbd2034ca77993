package dev.shequn.domain.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.Member;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One rung of the ladder, e.g. junior, intermediate, senior: reached by meeting any one of its rules. */
public record Tier(String code, String name, List<QualificationRule> rules, TierBenefits benefits) {

    public Tier {
        requireNonNull(code, "code");
        checkArgument(code.matches("[a-z0-9][a-z0-9_-]{0,63}"), "a tier code is 1 to 64 of a-z, 0-9, '-', '_': %s", code);
        requireNonNull(name, "name");
        checkArgument(!name.isBlank() && name.length() <= 100, "tier name must be 1 to 100 characters");
        rules = List.copyOf(rules);
        checkArgument(!rules.isEmpty(), "a tier has at least one qualification rule");
        requireNonNull(benefits, "benefits");
    }

    /** The first rule the member meets, if any. */
    public Optional<String> qualifyingRule(Member member, Instant now) {
        return rules.stream().map(r -> r.check(member, now)).filter(r -> r.isRight()).map(r -> r.get()).findFirst();
    }
}
