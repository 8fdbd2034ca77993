package dev.shequn.domain.referral;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An invitee bound to its inviter, once and for good, with the fraud signals reported at the join, the
 * inviter's velocity at that moment, and the flags they raised. Remembers the invitee's first paid order, so
 * a first-purchase reward is triggered by exactly one order. {@code version}: stored version read at (0: new).
 */
public final class Referral {

    private final MerchantId merchantId;
    private final MemberId invitee;
    private final MemberId inviter;
    private final Optional<InviteCode> code;
    private final Instant boundAt;
    private final FraudSignals signals;
    private final long invitesInPastHour;
    private final Set<FraudFlag> flags;
    private final long version;
    private Optional<String> firstPurchaseOrderId;

    private Referral(MerchantId merchantId, MemberId invitee, MemberId inviter, Optional<InviteCode> code,
            Instant boundAt, FraudSignals signals, long invitesInPastHour, Set<FraudFlag> flags,
            Optional<String> firstPurchaseOrderId, long version) {
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.invitee = requireNonNull(invitee, "invitee");
        this.inviter = requireNonNull(inviter, "inviter");
        checkArgument(!invitee.equals(inviter), "nobody invites themselves");
        this.code = requireNonNull(code, "code");
        this.boundAt = requireNonNull(boundAt, "boundAt");
        this.signals = requireNonNull(signals, "signals");
        checkArgument(invitesInPastHour >= 0, "invitesInPastHour must not be negative");
        this.invitesInPastHour = invitesInPastHour;
        this.flags = flags.isEmpty() ? EnumSet.noneOf(FraudFlag.class) : EnumSet.copyOf(flags);
        this.firstPurchaseOrderId = requireNonNull(firstPurchaseOrderId, "firstPurchaseOrderId");
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
    }

    static Referral bind(MerchantId merchantId, MemberId invitee, MemberId inviter, Optional<InviteCode> code,
            Instant now, FraudSignals signals, long invitesInPastHour, Set<FraudFlag> flags) {
        return new Referral(merchantId, invitee, inviter, code, now, signals, invitesInPastHour, flags,
                Optional.empty(), 0);
    }

    public static Referral reconstitute(MerchantId merchantId, MemberId invitee, MemberId inviter,
            Optional<InviteCode> code, Instant boundAt, FraudSignals signals, long invitesInPastHour,
            Set<FraudFlag> flags, Optional<String> firstPurchaseOrderId, long version) {
        return new Referral(merchantId, invitee, inviter, code, boundAt, signals, invitesInPastHour, flags,
                firstPurchaseOrderId, version);
    }

    /** True when {@code orderId} is the invitee's first paid order (asking again with it stays true). */
    public boolean recordPurchase(String orderId) {
        requireNonNull(orderId, "orderId");
        if (firstPurchaseOrderId.isEmpty()) {
            firstPurchaseOrderId = Optional.of(orderId);
        }
        return firstPurchaseOrderId.get().equals(orderId);
    }

    public boolean suspicious() {
        return !flags.isEmpty();
    }

    public MerchantId merchantId() {
        return merchantId;
    }

    public MemberId invitee() {
        return invitee;
    }

    public MemberId inviter() {
        return inviter;
    }

    public Optional<InviteCode> code() {
        return code;
    }

    public Instant boundAt() {
        return boundAt;
    }

    public FraudSignals signals() {
        return signals;
    }

    public long invitesInPastHour() {
        return invitesInPastHour;
    }

    public Set<FraudFlag> flags() {
        return flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    public Optional<String> firstPurchaseOrderId() {
        return firstPurchaseOrderId;
    }

    public long version() {
        return version;
    }
}
