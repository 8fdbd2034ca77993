package dev.shequn.adapter.persistence.memory;

import static com.google.common.base.Preconditions.checkArgument;

import dev.shequn.application.port.out.RandomSource;
import java.util.Random;

/** Repeatable randomness from a seed, for tests and replays; never for codes that must not be guessed. */
public final class SeededRandomSource implements RandomSource {

    private final Random random;

    public SeededRandomSource(long seed) {
        random = new Random(seed);
    }

    @Override
    public synchronized byte[] nextBytes(int count) {
        checkArgument(count >= 0, "count must not be negative");
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
