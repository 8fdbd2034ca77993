package dev.shequn.domain.referral;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigInteger;

/**
 * A member's invite code: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), so a
 * code read aloud or copied from a screenshot survives. About 8.5 * 10^11 codes per merchant.
 */
public record InviteCode(String value) {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    public static final int LENGTH = 8;
    /** Bytes of randomness one code draws: 16 make the modulo bias below 2^-88. */
    public static final int RANDOM_BYTES = 16;

    public InviteCode {
        requireNonNull(value, "value");
        checkArgument(value.length() == LENGTH && value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0),
                "an invite code is %s characters of %s", LENGTH, ALPHABET);
    }

    /** Parses what a person typed: case and surrounding blanks do not matter. */
    public static InviteCode parse(String typed) {
        return new InviteCode(typed.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isWellFormed(String typed) {
        String v = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
        return v.length() == LENGTH && v.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** A code drawn from {@link #RANDOM_BYTES} random bytes. */
    public static InviteCode from(byte[] random) {
        checkArgument(random.length >= RANDOM_BYTES, "an invite code needs %s random bytes", RANDOM_BYTES);
        BigInteger base = BigInteger.valueOf(ALPHABET.length());
        BigInteger n = new BigInteger(1, random).mod(base.pow(LENGTH));
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            BigInteger[] qr = n.divideAndRemainder(base);
            code.append(ALPHABET.charAt(qr[1].intValue()));
            n = qr[0];
        }
        return new InviteCode(code.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
