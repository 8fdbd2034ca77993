package dev.shequn.domain.member;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** 用户画像: what the merchant knows of a member beyond purchases, every part optional. */
public record Portrait(Optional<Gender> gender, Optional<AgeBand> ageBand, Optional<String> region) {

    public Portrait {
        requireNonNull(gender, "gender");
        requireNonNull(ageBand, "ageBand");
        requireNonNull(region, "region");
        region.ifPresent(r -> checkArgument(!r.isBlank() && r.length() <= 100, "region must be 1 to 100 characters"));
    }

    public static Portrait unknown() {
        return new Portrait(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
