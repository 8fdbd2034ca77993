package dev.shequn.domain.community;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** What to do about a reported message, and the rule that fired (none for {@code NONE}). */
public record ModerationVerdict(ModerationAction action, Optional<String> rule) {

    public ModerationVerdict {
        requireNonNull(action, "action");
        requireNonNull(rule, "rule");
        checkArgument((action == ModerationAction.NONE) == rule.isEmpty(), "a rule fires exactly when there is an action");
    }

    public static ModerationVerdict none() {
        return new ModerationVerdict(ModerationAction.NONE, Optional.empty());
    }
}
