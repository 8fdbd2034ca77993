package dev.shequn.adapter.persistence.memory;

import static com.google.common.base.Preconditions.checkArgument;

import dev.shequn.application.port.out.RandomSource;
import java.security.SecureRandom;

/** Randomness for production: codes that cannot be guessed. SecureRandom is thread-safe. */
public final class SecureRandomSource implements RandomSource {

    private final SecureRandom random = new SecureRandom();

    @Override
    public byte[] nextBytes(int count) {
        checkArgument(count >= 0, "count must not be negative");
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
