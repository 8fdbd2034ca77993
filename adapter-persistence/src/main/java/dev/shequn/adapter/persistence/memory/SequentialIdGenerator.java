package dev.shequn.adapter.persistence.memory;

import static com.google.common.base.Preconditions.checkArgument;

import dev.shequn.application.port.out.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/** Ids {@code prefix-1}, {@code prefix-2}, ... from one counter: readable and repeatable, for one process. */
public final class SequentialIdGenerator implements IdGenerator {

    private final AtomicLong counter = new AtomicLong();

    @Override
    public String newId(String prefix) {
        checkArgument(prefix != null && !prefix.isBlank(), "prefix must not be blank");
        return prefix + "-" + counter.incrementAndGet();
    }
}
