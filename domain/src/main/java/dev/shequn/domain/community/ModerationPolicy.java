package dev.shequn.domain.community;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A community's group rules (群规) for messages the host reports: links are allowed only to allow-listed
 * domains (and their subdomains), banned words are not allowed at all (case-insensitive). An offence earns a
 * warning while the member has fewer than {@code warningsBeforeRemoval} warnings within {@code warningWindow};
 * past that, removal. The default: one warning, removal at the next offence within 30 days.
 */
public record ModerationPolicy(
        Set<String> allowedLinkDomains,
        Set<String> bannedWords,
        int warningsBeforeRemoval,
        Duration warningWindow) {

    public static final int DEFAULT_WARNINGS = 1;
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    // A link is a host name with at least one dot and a letter-only top-level label, with or without a scheme.
    private static final Pattern LINK = Pattern.compile(
            "(?i)(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24})(?![a-z0-9-])");

    public ModerationPolicy {
        allowedLinkDomains = normalised(allowedLinkDomains);
        bannedWords = normalised(bannedWords);
        checkArgument(warningsBeforeRemoval >= 0, "warningsBeforeRemoval must not be negative");
        requireNonNull(warningWindow, "warningWindow");
        checkArgument(!warningWindow.isNegative() && !warningWindow.isZero(), "warningWindow must be positive");
    }

    public static ModerationPolicy defaults() {
        return new ModerationPolicy(Set.of(), Set.of(), DEFAULT_WARNINGS, DEFAULT_WINDOW);
    }

    /**
     * The verdict on one message from a member who has {@code activeWarnings} warnings within the window.
     * The first rule that fires is named: {@code link-not-allowed:<host>} or {@code banned-word:<word>}.
     */
    public ModerationVerdict assess(String message, int activeWarnings) {
        requireNonNull(message, "message");
        checkArgument(activeWarnings >= 0, "activeWarnings must not be negative");
        Optional<String> rule = offendingLink(message).map(host -> "link-not-allowed:" + host)
                .or(() -> bannedWord(message).map(word -> "banned-word:" + word));
        if (rule.isEmpty()) {
            return ModerationVerdict.none();
        }
        ModerationAction action = activeWarnings >= warningsBeforeRemoval ? ModerationAction.REMOVE : ModerationAction.WARN;
        return new ModerationVerdict(action, rule);
    }

    private Optional<String> offendingLink(String message) {
        Matcher matcher = LINK.matcher(message);
        while (matcher.find()) {
            String host = matcher.group(1).toLowerCase(Locale.ROOT);
            boolean allowed = allowedLinkDomains.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
            if (!allowed) {
                return Optional.of(host);
            }
        }
        return Optional.empty();
    }

    private Optional<String> bannedWord(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return bannedWords.stream().filter(lower::contains).findFirst();
    }

    private static Set<String> normalised(Set<String> values) {
        requireNonNull(values, "values");
        TreeSet<String> out = new TreeSet<>();
        for (String v : values) {
            requireNonNull(v, "value");
            checkArgument(!v.isBlank(), "blank entries are not allowed");
            out.add(v.trim().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
