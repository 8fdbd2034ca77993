package dev.shequn.application.pricing;

import java.math.BigDecimal;
import io.vavr.control.Either;

/**
 * The contract's decimal syntax for amounts and percents, written in a JSON string: an optional {@code -},
 * digits, and optionally a {@code .} followed by digits. No exponent, no {@code +}, no spaces, no bare
 * {@code .5} or {@code 5.}; leading zeros are allowed. {@code "-0.00"} is zero. At most
 * {@value #MAX_DIGITS} digits, so that no request can make exact arithmetic arbitrarily slow.
 *
 * <p>The scale of the result is the number of decimals as written: {@code "12.500"} has scale 3, which is
 * how a reader tells that it has more decimals than CNY allows.
 */
final class PlainDecimals {

    static final int MAX_DIGITS = 30;

    static final String NOT_PLAIN =
            "is not a plain decimal (digits, optionally '-' before and '.' and digits after; no exponent, '+' or spaces)";

    private PlainDecimals() {}

    /** The decimal, or what is wrong with the text. */
    static Either<String, BigDecimal> parse(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int integerDigits = countDigits(text, i);
        if (integerDigits == 0) {
            return Either.left(NOT_PLAIN);
        }
        i += integerDigits;
        int fractionDigits = 0;
        if (i < text.length()) {
            if (text.charAt(i) != '.') {
                return Either.left(NOT_PLAIN);
            }
            fractionDigits = countDigits(text, i + 1);
            if (fractionDigits == 0) {
                return Either.left(NOT_PLAIN);
            }
            i += 1 + fractionDigits;
        }
        if (i != text.length()) {
            return Either.left(NOT_PLAIN);
        }
        if (integerDigits + fractionDigits > MAX_DIGITS) {
            return Either.left("has more than " + MAX_DIGITS + " digits");
        }
        return Either.right(new BigDecimal(text));
    }

    private static int countDigits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
