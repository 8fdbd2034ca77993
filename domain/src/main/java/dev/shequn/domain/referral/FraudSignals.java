package dev.shequn.domain.referral;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** What the host may report about an invitee's join: hashes only, never the device id or phone number. */
public record FraudSignals(Optional<String> deviceHash, Optional<String> phoneHash) {

    public FraudSignals {
        requireNonNull(deviceHash, "deviceHash");
        requireNonNull(phoneHash, "phoneHash");
        deviceHash.ifPresent(h -> checkArgument(!h.isBlank() && h.length() <= 128, "device hash is 1 to 128 characters"));
        phoneHash.ifPresent(h -> checkArgument(!h.isBlank() && h.length() <= 128, "phone hash is 1 to 128 characters"));
    }

    public static FraudSignals none() {
        return new FraudSignals(Optional.empty(), Optional.empty());
    }
}
