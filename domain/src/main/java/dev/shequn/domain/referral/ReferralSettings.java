package dev.shequn.domain.referral;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;

/**
 * A merchant's referral limits. Days (the inviter's daily cap, the per-day caps of rules) are calendar days at
 * {@code dayOffset}, UTC+8 by default, because that is when the merchant's day begins. {@code version} is the
 * stored version this copy was read at (0: never stored).
 */
public record ReferralSettings(
        MerchantId merchantId,
        int dailyInviteCap,
        int invitesPerHourAlert,
        Duration refundWindow,
        Money withdrawalMinimum,
        ZoneOffset dayOffset,
        long version) {

    public static final int DEFAULT_DAILY_INVITE_CAP = 50;
    public static final int DEFAULT_INVITES_PER_HOUR_ALERT = 10;
    public static final Duration DEFAULT_REFUND_WINDOW = Duration.ofDays(7);
    public static final ZoneOffset DEFAULT_DAY_OFFSET = ZoneOffset.ofHours(8);

    public ReferralSettings {
        requireNonNull(merchantId, "merchantId");
        checkArgument(dailyInviteCap > 0, "dailyInviteCap must be positive");
        checkArgument(invitesPerHourAlert > 0, "invitesPerHourAlert must be positive");
        requireNonNull(refundWindow, "refundWindow");
        checkArgument(!refundWindow.isNegative(), "refundWindow must not be negative");
        requireNonNull(withdrawalMinimum, "withdrawalMinimum");
        checkArgument(withdrawalMinimum.isPositive(), "withdrawalMinimum must be positive");
        requireNonNull(dayOffset, "dayOffset");
        checkArgument(version >= 0, "version must not be negative");
    }

    /** 50 invites a day, alert above 10 an hour, a 7-day refund window, withdrawals from one unit (1.00 CNY). */
    public static ReferralSettings defaults(MerchantId merchantId, Currency currency) {
        return new ReferralSettings(merchantId, DEFAULT_DAILY_INVITE_CAP, DEFAULT_INVITES_PER_HOUR_ALERT,
                DEFAULT_REFUND_WINDOW, Money.ofMinor((long) Math.pow(10, Money.digitsOf(currency)), currency),
                DEFAULT_DAY_OFFSET, 0);
    }

    /** The start of the merchant's calendar day that {@code now} falls in. */
    public Instant startOfDay(Instant now) {
        return now.atOffset(dayOffset).toLocalDate().atStartOfDay().toInstant(dayOffset);
    }
}
