package dev.shequn.adapter.persistence.memory;

import static com.google.common.base.Preconditions.checkArgument;

import dev.shequn.application.port.out.IdGenerator;
import java.util.UUID;

/** Random UUID ids, unique across processes without coordination. */
public final class UuidIdGenerator implements IdGenerator {

    @Override
    public String newId(String prefix) {
        checkArgument(prefix != null && !prefix.isBlank(), "prefix must not be blank");
        return prefix + "-" + UUID.randomUUID();
    }
}
