package dev.shequn.adapter.persistence.system;

import static com.google.common.base.Preconditions.checkArgument;

import dev.shequn.application.port.out.RandomSource;
import java.security.SecureRandom;

/** Production randomness: codes and draws must not be guessable, so never {@code java.util.Random}. */
public final class SecureRandomSource implements RandomSource {

    private final SecureRandom random;

    public SecureRandomSource() {
        this(new SecureRandom());
    }

    public SecureRandomSource(SecureRandom random) {
        this.random = random;
    }

    @Override
    public byte[] nextBytes(int count) {
        checkArgument(count >= 0, "count must not be negative: %s", count);
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
