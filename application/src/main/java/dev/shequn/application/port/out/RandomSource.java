package dev.shequn.application.port.out;

/** Randomness (coupon codes, invite codes, lottery draws, API keys) behind a port, so a test can fix it. */
public interface RandomSource {

    /** {@code count} random bytes, from a cryptographically strong source in production. */
    byte[] nextBytes(int count);
}
