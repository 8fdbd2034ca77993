package dev.shequn.application.port.in;

import dev.shequn.domain.community.ModerationPolicy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Set;

/** A community's moderation rules as commands carry them. */
public record ModerationSettings(
        @NotNull @Size(max = 200) Set<@NotBlank @Size(max = 253) String> allowedLinkDomains,
        @NotNull @Size(max = 1000) Set<@NotBlank @Size(max = 100) String> bannedWords,
        @Min(0) @Max(100) int warningsBeforeRemoval,
        @Min(1) @Max(3650) int warningWindowDays) {

    /** One warning, removal at the next offence within 30 days; no links, no banned words. */
    public static ModerationSettings defaults() {
        return new ModerationSettings(Set.of(), Set.of(), ModerationPolicy.DEFAULT_WARNINGS,
                (int) ModerationPolicy.DEFAULT_WINDOW.toDays());
    }

    public ModerationPolicy toPolicy() {
        return new ModerationPolicy(allowedLinkDomains, bannedWords, warningsBeforeRemoval,
                Duration.ofDays(warningWindowDays));
    }
}
