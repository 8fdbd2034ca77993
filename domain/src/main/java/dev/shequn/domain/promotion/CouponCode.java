package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * A member coupon's code, read out over chat and typed by hand: ten characters of an alphabet without the
 * look-alikes 0/O and 1/I/L, carrying 48 random bits (at least 40 are required).
 */
public record CouponCode(String value) {

    /** Digits 2-9 and the letters without I, L and O: 31 symbols nobody confuses. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;
    public static final int RANDOM_BYTES = 6;

    private static final BigInteger BASE = BigInteger.valueOf(ALPHABET.length());

    public CouponCode {
        requireNonNull(value, "value");
        checkArgument(isWellFormed(value), "a coupon code is %s characters of %s: %s", LENGTH, ALPHABET, value);
    }

    /** Encodes {@value #RANDOM_BYTES} random bytes; 31^10 exceeds 2^48, so every byte string gets its own code. */
    public static CouponCode fromRandom(byte[] random) {
        requireNonNull(random, "random");
        checkArgument(random.length == RANDOM_BYTES, "need %s random bytes", RANDOM_BYTES);
        BigInteger number = new BigInteger(1, random);
        char[] chars = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            BigInteger[] qr = number.divideAndRemainder(BASE);
            chars[i] = ALPHABET.charAt(qr[1].intValue());
            number = qr[0];
        }
        return new CouponCode(new String(chars));
    }

    /** A code as a member typed it: case does not matter, as for every code of the pricing contract. */
    public static Optional<CouponCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String upper = typed.toUpperCase(Locale.ROOT);
        return isWellFormed(upper) ? Optional.of(new CouponCode(upper)) : Optional.empty();
    }

    private static boolean isWellFormed(String value) {
        return value.length() == LENGTH && value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    @Override
    public String toString() {
        return value;
    }
}
