package dev.shequn.adapter.rest;

import dev.shequn.domain.shared.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turning checked request text into domain values, each failure a 400 at its pointer: domain records guard
 * their invariants by throwing, and a request must never reach that as a 500.
 */
final class Wire {

    private Wire() {}

    /** Text in an id or enum field of at most this many characters and no control characters. */
    static final String ID = "^[^\\p{Cntrl}]{1,64}$";
    /** A name: 1 to 200 characters, no control characters. */
    static final String NAME = "^[^\\p{Cntrl}]{1,200}$";
    /** A decimal amount: at most 15 integer digits, so every amount fits a long in minor units. */
    static final String AMOUNT = "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,4})?$";
    static final String CURRENCY = "^[A-Z]{3}$";

    /** Money on the wire: a decimal string and its ISO 4217 currency. */
    record MoneyBody(
            @NotNull @Pattern(regexp = AMOUNT, message = "must be a decimal amount with at most 15 integer digits") String amount,
            @NotNull @Pattern(regexp = CURRENCY, message = "must be an ISO 4217 code such as CNY") String currency) {

        static MoneyBody of(Money money) {
            return new MoneyBody(money.toPlainString(), money.currency().getCurrencyCode());
        }

        Money toMoney(String pointer) {
            return convert(pointer, this, m -> Money.of(m.amount(), m.currency()));
        }
    }

    static <T, R> R convert(String pointer, T raw, Function<T, R> conversion) {
        if (raw == null) {
            return null;
        }
        try {
            return conversion.apply(raw);
        } catch (RuntimeException e) {
            // IllegalArgumentException from a guard, ArithmeticException from an exact conversion, ...
            throw ProblemException.invalid(pointer, e.getMessage() == null ? "not valid" : e.getMessage());
        }
    }

    /** {@code high_frequency} to {@code HIGH_FREQUENCY}; the enum names on the wire are lower case. */
    static <E extends Enum<E>> E enumValue(String pointer, String raw, Class<E> type) {
        if (raw == null) {
            return null;
        }
        if (!raw.equals(raw.toLowerCase(Locale.ROOT))) {
            throw ProblemException.invalid(pointer, "must be lower case");
        }
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(pointer, "must be one of " + names(type));
        }
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        StringBuilder out = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            out.append(out.length() == 0 ? "" : ", ").append(name(constant));
        }
        return out.toString();
    }

    /** A path parameter as an id: 1 to 64 characters without control characters, or 404 (no such thing). */
    static <R> R pathId(Request request, String name, String kind, Function<String, R> conversion) {
        String raw = request.pathParam(name);
        if (raw == null || !raw.matches(ID)) {
            throw new ProblemException(Problem.notFound("No " + kind + " " + raw + "."));
        }
        return conversion.apply(raw);
    }
}
