package dev.shequn.application.pricing.bench;

import dev.shequn.application.json.JsonArray;
import dev.shequn.application.json.JsonBoolean;
import dev.shequn.application.json.JsonNumber;
import dev.shequn.application.json.JsonObject;
import dev.shequn.application.json.JsonString;
import dev.shequn.application.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An independent evaluation of the benchmark workload, written apart from the engine and straight off the
 * JSON tree: only what the workload uses (every promotion stackable, no group, budget, limit or cap;
 * percentOff, amountOff per unit and spendThreshold; tierIn, memberOf, purchaseOrdinal and minSubtotal;
 * codes, windows, single-category or single-SKU targets), in plain {@link BigInteger} fractions. It gives
 * each line's discount in minor units, to check what the benchmark times.
 */
final class WorkloadReference {

    private WorkloadReference() {
    }

    /** Each line's discount in minor units (CNY cents), in line order. */
    static long[] lineDiscounts(JsonObject cart, JsonArray promotions) {
        OffsetDateTime at = OffsetDateTime.parse(text(cart, "at"));
        JsonObject member = (JsonObject) cart.first("member").orElseThrow();
        List<String> codes = strings(cart, "codes");
        List<JsonValue> lines = ((JsonArray) cart.first("lines").orElseThrow()).elements();
        int n = lines.size();
        BigInteger[] remaining = new BigInteger[n];
        BigInteger[] undiscounted = new BigInteger[n];
        long[] quantity = new long[n];
        for (int i = 0; i < n; i++) {
            JsonObject line = (JsonObject) lines.get(i);
            quantity[i] = number(line, "quantity");
            undiscounted[i] = cents(text(line, "unitPrice")).multiply(BigInteger.valueOf(quantity[i]));
            remaining[i] = undiscounted[i];
        }
        List<JsonObject> passing = new ArrayList<>();
        for (JsonValue value : promotions.elements()) {
            JsonObject p = (JsonObject) value;
            if (passes(p, at, member, codes, lines, undiscounted)) {
                passing.add(p);
            }
        }
        passing.sort(Comparator.comparingLong((JsonObject p) -> -number(p, "priority")));
        long[] discount = new long[n];
        for (JsonObject p : passing) {
            boolean[] targeted = targeted(p, lines);
            BigInteger[][] shares = shares(p, targeted, remaining, quantity);
            long[] allocation = allocate(shares, targeted);
            for (int i = 0; i < n; i++) {
                remaining[i] = remaining[i].subtract(BigInteger.valueOf(allocation[i]));
                discount[i] += allocation[i];
            }
        }
        return discount;
    }

    private static boolean passes(JsonObject p, OffsetDateTime at, JsonObject member, List<String> codes,
                                  List<JsonValue> lines, BigInteger[] undiscounted) {
        Optional<JsonValue> code = p.first("code");
        if (code.isPresent() && code.get() instanceof JsonString s
                && codes.stream().noneMatch(c -> c.equalsIgnoreCase(s.value()))) {
            return false;
        }
        if (p.first("validFrom").isPresent() && at.isBefore(OffsetDateTime.parse(text(p, "validFrom")))) {
            return false;
        }
        if (p.first("validUntil").isPresent() && !at.isBefore(OffsetDateTime.parse(text(p, "validUntil")))) {
            return false;
        }
        boolean[] targeted = targeted(p, lines);
        boolean any = false;
        for (boolean t : targeted) {
            any |= t;
        }
        if (!any) {
            return false;
        }
        long ordinal = number(member, "paidOrders") + 1;
        for (JsonValue value : p.first("conditions").map(c -> ((JsonArray) c).elements()).orElse(List.of())) {
            JsonObject c = (JsonObject) value;
            switch (text(c, "type")) {
                case "tierIn" -> {
                    if (!strings(c, "tiers").contains(text(member, "tier"))) {
                        return false;
                    }
                }
                case "memberOf" -> {
                    if (strings(c, "communities").stream().noneMatch(strings(member, "communities")::contains)) {
                        return false;
                    }
                }
                case "purchaseOrdinal" -> {
                    if (c.first("equals").isPresent() && number(c, "equals") != ordinal
                            || c.first("atLeast").isPresent() && ordinal < number(c, "atLeast")
                            || c.first("atMost").isPresent() && ordinal > number(c, "atMost")) {
                        return false;
                    }
                }
                case "minSubtotal" -> {
                    boolean target = c.first("scope").map(s -> ((JsonString) s).value().equals("target")).orElse(false);
                    BigInteger sum = BigInteger.ZERO;
                    for (int i = 0; i < undiscounted.length; i++) {
                        if (!target || targeted[i]) {
                            sum = sum.add(undiscounted[i]);
                        }
                    }
                    if (sum.compareTo(cents(text(c, "amount"))) < 0) {
                        return false;
                    }
                }
                default -> throw new IllegalStateException("the workload has no condition " + text(c, "type"));
            }
        }
        return true;
    }

    private static boolean[] targeted(JsonObject p, List<JsonValue> lines) {
        JsonObject target = p.first("target").map(t -> (JsonObject) t).orElse(JsonObject.builder().build());
        List<String> skus = strings(target, "skus");
        List<String> categories = strings(target, "categories");
        boolean[] result = new boolean[lines.size()];
        for (int i = 0; i < result.length; i++) {
            JsonObject line = (JsonObject) lines.get(i);
            result[i] = (skus.isEmpty() && categories.isEmpty()) || skus.contains(text(line, "sku"))
                    || categories.contains(text(line, "category"));
        }
        return result;
    }

    /** Each line's exact share as {numerator, denominator}. */
    private static BigInteger[][] shares(JsonObject p, boolean[] targeted, BigInteger[] remaining, long[] quantity) {
        JsonObject effect = (JsonObject) p.first("effect").orElseThrow();
        BigInteger[][] shares = new BigInteger[remaining.length][];
        BigInteger targetTotal = BigInteger.ZERO;
        for (int i = 0; i < remaining.length; i++) {
            shares[i] = new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
            if (targeted[i]) {
                targetTotal = targetTotal.add(remaining[i]);
            }
        }
        switch (text(effect, "type")) {
            case "percentOff" -> {
                BigDecimal percent = new BigDecimal(text(effect, "percent"));
                BigInteger num = percent.unscaledValue();
                BigInteger den = BigInteger.TEN.pow(Math.max(0, percent.scale())).multiply(BigInteger.valueOf(100));
                for (int i = 0; i < remaining.length; i++) {
                    if (targeted[i]) {
                        shares[i] = new BigInteger[] {remaining[i].multiply(num), den};
                    }
                }
            }
            case "amountOff" -> {
                if (!text(effect, "per").equals("unit")) {
                    throw new IllegalStateException("the workload has amountOff per unit only");
                }
                BigInteger amount = cents(text(effect, "amount"));
                for (int i = 0; i < remaining.length; i++) {
                    if (targeted[i]) {
                        BigInteger q = BigInteger.valueOf(quantity[i]);
                        shares[i] = amount.multiply(q).compareTo(remaining[i]) <= 0
                                ? new BigInteger[] {amount.multiply(q), BigInteger.ONE}
                                : new BigInteger[] {remaining[i], BigInteger.ONE};
                    }
                }
            }
            case "spendThreshold" -> {
                List<JsonValue> steps = ((JsonArray) effect.first("steps").orElseThrow()).elements();
                boolean repeat = effect.first("repeat").map(r -> ((JsonBoolean) r).value()).orElse(false);
                BigInteger off = BigInteger.ZERO;
                BigInteger bestSpend = BigInteger.ONE.negate();
                for (JsonValue s : steps) {
                    BigInteger spend = cents(text((JsonObject) s, "spend"));
                    BigInteger stepOff = cents(text((JsonObject) s, "off"));
                    if (repeat) {
                        off = targetTotal.divide(spend).multiply(stepOff);
                    } else if (spend.compareTo(targetTotal) <= 0 && (spend.compareTo(bestSpend) > 0
                            || spend.equals(bestSpend) && stepOff.compareTo(off) > 0)) {
                        bestSpend = spend;
                        off = stepOff;
                    }
                }
                off = off.min(targetTotal);
                for (int i = 0; i < remaining.length; i++) {
                    if (targeted[i] && targetTotal.signum() > 0) {
                        shares[i] = new BigInteger[] {off.multiply(remaining[i]), targetTotal};
                    }
                }
            }
            default -> throw new IllegalStateException("the workload has no effect " + text(effect, "type"));
        }
        return shares;
    }

    /** Rounds the exact sum once half-up, then hands it out by largest remainder, ties to the earlier line. */
    private static long[] allocate(BigInteger[][] shares, boolean[] targeted) {
        BigInteger common = BigInteger.ONE;
        for (BigInteger[] s : shares) {
            common = common.multiply(s[1]).divide(common.gcd(s[1]));
        }
        BigInteger[] scaled = new BigInteger[shares.length];
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < shares.length; i++) {
            scaled[i] = shares[i][0].multiply(common.divide(shares[i][1]));
            sum = sum.add(scaled[i]);
        }
        BigInteger total = sum.multiply(BigInteger.TWO).add(common).divide(common.multiply(BigInteger.TWO));
        long[] allocation = new long[shares.length];
        BigInteger handed = BigInteger.ZERO;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            allocation[i] = scaled[i].divide(common).longValueExact();
            handed = handed.add(BigInteger.valueOf(allocation[i]));
            if (targeted[i]) {
                order.add(i);
            }
        }
        BigInteger denominator = common;
        order.sort(Comparator.comparing((Integer i) -> scaled[i].mod(denominator)).reversed().thenComparing(i -> i));
        long left = total.subtract(handed).longValueExact();
        for (int k = 0; k < left; k++) {
            allocation[order.get(k)]++;
        }
        return allocation;
    }

    private static BigInteger cents(String amount) {
        return new BigDecimal(amount).movePointRight(2).toBigIntegerExact();
    }

    private static String text(JsonObject o, String name) {
        return ((JsonString) o.first(name).orElseThrow(() -> new IllegalStateException("no " + name))).value();
    }

    private static long number(JsonObject o, String name) {
        return o.first(name).map(v -> ((JsonNumber) v).integerValue().longValueExact()).orElse(0L);
    }

    private static List<String> strings(JsonObject o, String name) {
        List<String> values = new ArrayList<>();
        o.first(name).ifPresent(v -> ((JsonArray) v).elements().forEach(e -> values.add(((JsonString) e).value())));
        return values;
    }
}
