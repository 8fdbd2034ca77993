package dev.shequn.domain.referral;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A member as inviter: its invite code (once it asked for one) and when it bound its recent invitees. Every
 * binding goes through here and is saved under its version, so the daily cap holds even when two invitees of
 * the same inviter join at the same moment on two servers. Only the bindings of the last day are kept.
 */
public final class Inviter {

    private static final Duration KEPT = Duration.ofHours(25);

    private final MerchantId merchantId;
    private final MemberId memberId;
    private final long version;
    private Optional<InviteCode> code;
    private List<Instant> recentBindings;

    private Inviter(MerchantId merchantId, MemberId memberId, Optional<InviteCode> code, List<Instant> recentBindings,
            long version) {
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.memberId = requireNonNull(memberId, "memberId");
        this.code = requireNonNull(code, "code");
        this.recentBindings = recentBindings.stream().sorted(Comparator.naturalOrder()).toList();
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
    }

    public static Inviter create(MerchantId merchantId, MemberId memberId) {
        return new Inviter(merchantId, memberId, Optional.empty(), List.of(), 0);
    }

    public static Inviter reconstitute(MerchantId merchantId, MemberId memberId, Optional<InviteCode> code,
            List<Instant> recentBindings, long version) {
        return new Inviter(merchantId, memberId, code, recentBindings, version);
    }

    /** Gives the inviter its code, once; a later call keeps the first code. */
    public InviteCode assignCode(InviteCode candidate) {
        if (code.isEmpty()) {
            code = Optional.of(requireNonNull(candidate, "candidate"));
        }
        return code.get();
    }

    public long bindingsSince(Instant from) {
        return recentBindings.stream().filter(t -> !t.isBefore(from)).count();
    }

    void recordBinding(Instant now) {
        List<Instant> kept = new ArrayList<>(recentBindings.stream().filter(t -> t.isAfter(now.minus(KEPT))).toList());
        kept.add(now);
        recentBindings = kept.stream().sorted().toList();
    }

    public MerchantId merchantId() {
        return merchantId;
    }

    public MemberId memberId() {
        return memberId;
    }

    public Optional<InviteCode> code() {
        return code;
    }

    public List<Instant> recentBindings() {
        return recentBindings;
    }

    public long version() {
        return version;
    }
}
