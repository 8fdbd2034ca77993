package dev.shequn.application.pricing;

import dev.shequn.application.json.JsonArray;
import dev.shequn.application.json.JsonBoolean;
import dev.shequn.application.json.JsonNull;
import dev.shequn.application.json.JsonNumber;
import dev.shequn.application.json.JsonObject;
import dev.shequn.application.json.JsonPointer;
import dev.shequn.application.json.JsonString;
import dev.shequn.application.json.JsonValue;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one JSON object of the contract strictly, reporting each problem at the field's own
 * pointer. Creating it reports the unknown and duplicate names first, in document order; the reader then
 * asks for the known fields in schema order, which fixes the order of the error list.
 *
 * <p>{@code null} is the same as absent. A field given twice is reported once, where it appears the second
 * time, and then reads as absent without a "required" report: one violation per mistake.
 *
 * <p>Every getter answers empty when the field is absent or broken; the reader only builds the model when
 * no violation at all was found, so an empty optional never has to be told apart from a default.
 */
final class Fields {

    /** Amounts are kept exact in a {@code long} of minor units; this bound leaves room to add them up. */
    static final BigInteger MAX_MINOR_UNITS = BigInteger.TEN.pow(15);

    private final JsonObject object;
    private final JsonPointer at;
    private final Violations out;
    private final Set<String> duplicated = new HashSet<>();

    private Fields(JsonObject object, JsonPointer at, Violations out) {
        this.object = object;
        this.at = at;
        this.out = out;
    }

    /**
     * Reads {@code object}, reporting names not in {@code known} (with the detail of {@code misplaced} when
     * the name is one that belongs elsewhere) and names given twice.
     */
    static Fields of(JsonObject object, JsonPointer at, Violations out, List<String> known, Map<String, String> misplaced) {
        Fields fields = new Fields(object, at, out);
        Set<String> seen = new HashSet<>();
        Set<String> reportedUnknown = new HashSet<>();
        for (JsonObject.Member member : object.members()) {
            String name = member.name();
            boolean first = seen.add(name);
            if (!known.contains(name)) {
                if (reportedUnknown.add(name)) {
                    out.add(at.child(name), misplaced.getOrDefault(name, unknownDetail(name, known)));
                }
            } else if (!first && fields.duplicated.add(name)) {
                out.add(at.child(name), name + " is given more than once; give each field once");
            }
        }
        return fields;
    }

    static Fields of(JsonObject object, JsonPointer at, Violations out, List<String> known) {
        return of(object, at, out, known, Map.of());
    }

    /** Reports only duplicate names: for objects whose names are data, such as {@code usage}. */
    static Fields ofAnyNames(JsonObject object, JsonPointer at, Violations out) {
        Fields fields = new Fields(object, at, out);
        Set<String> seen = new HashSet<>();
        for (JsonObject.Member member : object.members()) {
            if (!seen.add(member.name()) && fields.duplicated.add(member.name())) {
                out.add(at.child(member.name()), "'" + member.name() + "' is given more than once");
            }
        }
        return fields;
    }

    private static String unknownDetail(String name, List<String> known) {
        String closest = null;
        int best = 3;
        for (String candidate : known) {
            int distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < best) {
                best = distance;
                closest = candidate;
            }
        }
        String detail = "unknown field '" + name + "'";
        return closest != null
                ? detail + "; did you mean '" + closest + "'?"
                : detail + "; the fields here are " + String.join(", ", known);
    }

    private static int editDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    JsonPointer pointer(String name) {
        return at.child(name);
    }

    void report(String name, String detail) {
        out.add(pointer(name), detail);
    }

    /** Given with a value other than null, or given twice. */
    boolean has(String name) {
        return duplicated.contains(name) || raw(name).isPresent();
    }

    /** The value, unless absent, null or given twice. */
    Optional<JsonValue> raw(String name) {
        if (duplicated.contains(name)) {
            return Optional.empty();
        }
        return object.first(name).filter(value -> !(value instanceof JsonNull));
    }

    private Optional<JsonValue> get(String name, boolean required) {
        Optional<JsonValue> value = raw(name);
        if (value.isEmpty() && required && !duplicated.contains(name)) {
            report(name, name + " is required");
        }
        return value;
    }

    Optional<String> string(String name, boolean required) {
        return get(name, required).flatMap(value -> {
            if (value instanceof JsonString string) {
                return Optional.of(string.value());
            }
            report(name, name + " must be a string, not " + found(value));
            return Optional.empty();
        });
    }

    Optional<JsonObject> object(String name, boolean required) {
        return get(name, required).flatMap(value -> {
            if (value instanceof JsonObject object) {
                return Optional.of(object);
            }
            report(name, name + " must be an object, not " + found(value));
            return Optional.empty();
        });
    }

    Optional<JsonArray> array(String name, boolean required) {
        return get(name, required).flatMap(value -> {
            if (value instanceof JsonArray array) {
                return Optional.of(array);
            }
            report(name, name + " must be an array, not " + found(value));
            return Optional.empty();
        });
    }

    Optional<Boolean> bool(String name) {
        return get(name, false).flatMap(value -> {
            if (value instanceof JsonBoolean bool) {
                return Optional.of(bool.value());
            }
            report(name, name + " must be true or false (a JSON boolean), not " + found(value));
            return Optional.empty();
        });
    }

    /** A whole number written as a JSON integer, from {@code min} to {@code max}. */
    Optional<Long> integer(String name, boolean required, long min, long max) {
        return get(name, required).flatMap(value -> {
            String range = min == Long.MIN_VALUE
                    ? "a 64-bit whole number"
                    : max == Long.MAX_VALUE
                            ? String.format("a whole number of at least %,d", min)
                            : String.format("a whole number from %,d to %,d", min, max);
            if (!(value instanceof JsonNumber number)) {
                report(name, name + " must be " + range + ", written as a JSON integer, not " + found(value));
                return Optional.empty();
            }
            if (!number.isInteger()) {
                report(name, name + " must be " + range + ", written as a JSON integer without fraction or exponent, not "
                        + number.text());
                return Optional.empty();
            }
            // Beyond 20 characters no integer fits a long; do not let a huge text cost a BigInteger parse.
            if (number.text().length() > 20) {
                report(name, name + " must be " + range + "; got a " + number.text().length() + "-character number");
                return Optional.empty();
            }
            BigInteger exact = number.integerValue();
            if (exact.compareTo(BigInteger.valueOf(min)) < 0 || exact.compareTo(BigInteger.valueOf(max)) > 0) {
                report(name, name + " must be " + range + "; got " + number.text());
                return Optional.empty();
            }
            return Optional.of(exact.longValueExact());
        });
    }

    /** A plain decimal in a JSON string (see {@link PlainDecimals}), not judged beyond its syntax. */
    private Optional<BigDecimal> decimal(String name, boolean required, String example) {
        return get(name, required).flatMap(value -> {
            if (!(value instanceof JsonString string)) {
                report(name, name + " must be a JSON string holding a plain decimal such as \"" + example + "\", not "
                        + found(value));
                return Optional.empty();
            }
            Either<String, BigDecimal> parsed = PlainDecimals.parse(string.value());
            if (parsed.isLeft()) {
                report(name, name + " \"" + abbreviate(string.value()) + "\" " + parsed.getLeft());
                return Optional.empty();
            }
            return Optional.of(parsed.get());
        });
    }

    /**
     * A money amount: a plain decimal, not negative ({@code "-0.00"} is zero), with no more decimals than
     * the currency's minor unit. {@code currency} is empty when it is itself invalid: the digits are then
     * not judged (rule 31).
     */
    Optional<BigDecimal> amount(String name, boolean required, Optional<Currency> currency) {
        return decimal(name, required, "12.50").flatMap(amount -> {
            if (amount.signum() < 0) {
                report(name, name + " must not be negative; got \"" + amount.toPlainString() + "\"");
                return Optional.empty();
            }
            if (currency.isPresent()) {
                int digits = currency.get().getDefaultFractionDigits();
                if (amount.scale() > digits) {
                    report(name, name + " \"" + amount.toPlainString() + "\" has " + amount.scale() + " decimals; "
                            + currency.get().getCurrencyCode() + " allows " + digits);
                    return Optional.empty();
                }
                if (amount.movePointRight(digits).toBigIntegerExact().compareTo(MAX_MINOR_UNITS) > 0) {
                    report(name, name + " \"" + amount.toPlainString() + "\" is too large: at most "
                            + new BigDecimal(MAX_MINOR_UNITS, digits).toPlainString() + " " + currency.get().getCurrencyCode());
                    return Optional.empty();
                }
            }
            return Optional.of(amount);
        });
    }

    /** A percent from 0 to 100, decimals allowed, written as a plain decimal in a JSON string. */
    Optional<BigDecimal> percent(String name, boolean required) {
        return decimal(name, required, "40").flatMap(percent -> {
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                report(name, name + " must be from 0 to 100; got \"" + percent.toPlainString() + "\"");
                return Optional.empty();
            }
            return Optional.of(percent);
        });
    }

    /** An upper-case ISO 4217 code of a currency that has a minor unit. */
    Optional<Currency> currency(String name, boolean required) {
        return string(name, required).flatMap(code -> {
            Optional<Currency> currency = Optional.empty();
            if (code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                try {
                    currency = Optional.of(Currency.getInstance(code));
                } catch (IllegalArgumentException unknown) {
                    currency = Optional.empty();
                }
            }
            if (currency.isEmpty()) {
                report(name, name + " must be an upper-case ISO 4217 currency code such as \"CNY\"; got \""
                        + abbreviate(code) + "\"");
            } else if (currency.get().getDefaultFractionDigits() < 0) {
                report(name, name + " \"" + code + "\" has no minor unit; use a currency that has one");
                currency = Optional.empty();
            }
            return currency;
        });
    }

    /** An instant in the contract's form ({@link ContractInstants#FORM}). */
    Optional<Instant> instant(String name, boolean required) {
        return get(name, required).flatMap(value -> {
            if (!(value instanceof JsonString string)) {
                report(name, name + " must be a JSON string holding an instant, " + ContractInstants.FORM + ", not "
                        + found(value));
                return Optional.empty();
            }
            Either<String, Instant> parsed = ContractInstants.parse(string.value());
            if (parsed.isLeft()) {
                report(name, name + " \"" + abbreviate(string.value()) + "\" " + parsed.getLeft());
                return Optional.empty();
            }
            return Optional.of(parsed.get());
        });
    }

    /** One of the given words, e.g. {@code stackable} or {@code exclusive}. */
    <E> Optional<E> choice(String name, Map<String, E> choices, List<String> words) {
        return string(name, false).flatMap(word -> {
            E choice = choices.get(word);
            if (choice == null) {
                report(name, name + " must be one of " + String.join(", ", words) + "; got \"" + abbreviate(word) + "\"");
                return Optional.empty();
            }
            return Optional.of(choice);
        });
    }

    /** An array of strings, each element judged at its own pointer. */
    Optional<List<String>> strings(String name, boolean required) {
        return array(name, required).flatMap(array -> {
            List<String> strings = new ArrayList<>(array.size());
            boolean ok = true;
            for (int i = 0; i < array.size(); i++) {
                JsonValue element = array.get(i);
                if (element instanceof JsonString string) {
                    strings.add(string.value());
                } else {
                    out.add(pointer(name).child(i), name + " holds strings only, not " + found(element));
                    ok = false;
                }
            }
            return ok ? Optional.of(strings) : Optional.empty();
        });
    }

    /** What a value is, for "must be X, not Y" messages: its kind, and short values as written. */
    static String found(JsonValue value) {
        if (value instanceof JsonString string) {
            return "the string \"" + abbreviate(string.value()) + "\"";
        }
        if (value instanceof JsonNumber number) {
            return "the number " + abbreviate(number.text());
        }
        if (value instanceof JsonBoolean bool) {
            return "the boolean " + bool.value();
        }
        return value.kind();
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
