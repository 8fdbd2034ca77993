package dev.shequn.application.pricing;

import dev.shequn.application.json.JsonArray;
import dev.shequn.application.json.JsonNumber;
import dev.shequn.application.json.JsonObject;
import dev.shequn.application.json.JsonParser;
import dev.shequn.application.json.JsonString;
import dev.shequn.application.json.JsonValue;
import dev.shequn.application.json.JsonWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares an answer with an example's expected answer as the contract says: every field shown in the
 * expected answer is equal (amounts compared as decimals, lists in order and of the same length); free text
 * ({@code detail}, {@code name}, {@code title}) is not compared, so an error list is compared by its
 * pointers. Fields the expected answer does not show are not compared.
 */
public final class ContractAnswerMatcher {

    private static final Set<String> FREE_TEXT = Set.of("detail", "name", "title");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private ContractAnswerMatcher() {}

    /** The differences, each with the pointer where it is; empty when the answer matches. */
    public static List<String> differences(String expectedJson, String actualJson) {
        JsonValue expected = JsonParser.parse(expectedJson).getOrElseThrow(e -> new IllegalArgumentException("expected: " + e));
        Optional<JsonValue> actual = JsonParser.parse(actualJson).toJavaOptional();
        List<String> differences = new ArrayList<>();
        if (actual.isEmpty()) {
            differences.add("the actual answer is not JSON: " + actualJson);
            return differences;
        }
        compare("", expected, actual.get(), differences);
        return differences;
    }

    private static void compare(String at, JsonValue expected, JsonValue actual, List<String> differences) {
        if (expected instanceof JsonObject expectedObject) {
            if (!(actual instanceof JsonObject actualObject)) {
                differences.add(at + ": expected an object, got " + actual.kind());
                return;
            }
            for (JsonObject.Member member : expectedObject.members()) {
                if (FREE_TEXT.contains(member.name())) {
                    continue;
                }
                String here = at + "/" + member.name();
                if (actualObject.count(member.name()) != 1) {
                    differences.add(here + ": expected once, found " + actualObject.count(member.name()) + " times");
                    continue;
                }
                compare(here, member.value(), actualObject.first(member.name()).orElseThrow(), differences);
            }
        } else if (expected instanceof JsonArray expectedArray) {
            if (!(actual instanceof JsonArray actualArray)) {
                differences.add(at + ": expected an array, got " + actual.kind());
                return;
            }
            if (expectedArray.size() != actualArray.size()) {
                differences.add(at + ": expected " + expectedArray.size() + " elements, got " + actualArray.size()
                        + ": " + JsonWriter.compact(actualArray));
                return;
            }
            for (int i = 0; i < expectedArray.size(); i++) {
                compare(at + "/" + i, expectedArray.get(i), actualArray.get(i), differences);
            }
        } else if (expected instanceof JsonString expectedString
                && actual instanceof JsonString actualString
                && DECIMAL.matcher(expectedString.value()).matches()
                && DECIMAL.matcher(actualString.value()).matches()) {
            if (new BigDecimal(expectedString.value()).compareTo(new BigDecimal(actualString.value())) != 0) {
                differences.add(at + ": expected " + expectedString.value() + ", got " + actualString.value());
            }
        } else if (expected instanceof JsonNumber expectedNumber && actual instanceof JsonNumber actualNumber) {
            if (new BigDecimal(expectedNumber.text()).compareTo(new BigDecimal(actualNumber.text())) != 0) {
                differences.add(at + ": expected " + expectedNumber.text() + ", got " + actualNumber.text());
            }
        } else if (!sameScalar(expected, actual)) {
            differences.add(at + ": expected " + JsonWriter.compact(expected) + ", got "
                    + JsonWriter.compact(actual));
        }
    }

    private static boolean sameScalar(JsonValue expected, JsonValue actual) {
        return JsonWriter.compact(expected)
                .equals(JsonWriter.compact(actual));
    }
}
