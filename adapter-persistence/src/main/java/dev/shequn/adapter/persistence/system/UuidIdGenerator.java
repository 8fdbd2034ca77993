package dev.shequn.adapter.persistence.system;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.IdGenerator;
import java.util.UUID;

/**
 * Random (version 4) UUIDs behind a readable prefix: unique across the several Shequn instances that may
 * share one database, with no coordination and no database round trip.
 */
public final class UuidIdGenerator implements IdGenerator {

    @Override
    public String newId(String prefix) {
        requireNonNull(prefix, "prefix");
        checkArgument(!prefix.isBlank() && prefix.length() <= 16 && prefix.chars().noneMatch(Character::isWhitespace),
                "prefix must be 1 to 16 characters without spaces: '%s'", prefix);
        return prefix + "-" + UUID.randomUUID();
    }
}
