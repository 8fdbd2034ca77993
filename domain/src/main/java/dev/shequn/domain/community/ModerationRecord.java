package dev.shequn.domain.community;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The warnings one member has had in one community, kept apart from the membership so that a report can be
 * handled without touching the community's member count. Warnings older than the policy's window are dropped
 * when a new one is added, so the record stays small. {@code version}: stored version read at (0: new).
 */
public final class ModerationRecord {

    private final MerchantId merchantId;
    private final CommunityId communityId;
    private final MemberId memberId;
    private final long version;
    private List<Instant> warnings;

    private ModerationRecord(MerchantId merchantId, CommunityId communityId, MemberId memberId, List<Instant> warnings,
            long version) {
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.communityId = requireNonNull(communityId, "communityId");
        this.memberId = requireNonNull(memberId, "memberId");
        this.warnings = warnings.stream().sorted().toList();
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
    }

    public static ModerationRecord create(MerchantId merchantId, CommunityId communityId, MemberId memberId) {
        return new ModerationRecord(merchantId, communityId, memberId, List.of(), 0);
    }

    public static ModerationRecord reconstitute(MerchantId merchantId, CommunityId communityId, MemberId memberId,
            List<Instant> warnings, long version) {
        return new ModerationRecord(merchantId, communityId, memberId, warnings, version);
    }

    /** Warnings given in {@code (now - window, now]}. */
    public int activeWarnings(Duration window, Instant now) {
        Instant from = now.minus(window);
        return (int) warnings.stream().filter(w -> w.isAfter(from) && !w.isAfter(now)).count();
    }

    public void warn(Duration window, Instant now) {
        Instant from = now.minus(window);
        List<Instant> kept = new ArrayList<>(warnings.stream().filter(w -> w.isAfter(from)).toList());
        kept.add(now);
        warnings = kept.stream().sorted().toList();
    }

    public MerchantId merchantId() {
        return merchantId;
    }

    public CommunityId communityId() {
        return communityId;
    }

    public MemberId memberId() {
        return memberId;
    }

    public List<Instant> warnings() {
        return warnings;
    }

    public long version() {
        return version;
    }
}
