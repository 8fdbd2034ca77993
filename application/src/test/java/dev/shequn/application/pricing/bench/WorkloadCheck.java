package dev.shequn.application.pricing.bench;

import dev.shequn.application.json.JsonArray;
import dev.shequn.application.json.JsonObject;
import dev.shequn.application.json.JsonParser;
import dev.shequn.application.json.JsonString;
import dev.shequn.application.json.JsonValue;
import dev.shequn.application.port.in.EvaluatePricingUseCase.JsonReply;
import dev.shequn.application.pricing.EvaluatePricingService;
import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.promotion.PromotionSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what the benchmark times before it is timed: each cart's answer from the prepared set against the
 * full contract path (JSON in through the use case, answer JSON out) and against {@link WorkloadReference},
 * line by line and in {@code discountTotal}. A timing of different work means nothing.
 */
public final class WorkloadCheck {

    private WorkloadCheck() {
    }

    /** Every disagreement found, as text; empty when all 64 carts agree with both. */
    public static List<String> mismatches(Workload workload, PromotionSet set) {
        return mismatches(workload, set, 1);
    }

    /**
     * As {@link #mismatches(Workload, PromotionSet)}, going through the full JSON path only for every
     * {@code fullPathEvery}-th cart (that path reads the whole request, promotions included, each time).
     */
    public static List<String> mismatches(Workload workload, PromotionSet set, int fullPathEvery) {
        List<String> problems = new ArrayList<>();
        EvaluatePricingService service = new EvaluatePricingService();
        for (int c = 0; c < workload.carts.size(); c++) {
            PricingAnswer answer = set.price(workload.carts.get(c));
            long[] engine = new long[answer.lines().size()];
            long engineTotal = 0;
            for (int i = 0; i < engine.length; i++) {
                engine[i] = answer.lines().get(i).discount().minorUnits();
                engineTotal += engine[i];
            }
            if (engineTotal != answer.discountTotal().minorUnits()) {
                problems.add("cart " + c + ": discountTotal " + answer.discountTotal() + " is not the sum of its lines");
            }

            long[] reference = WorkloadReference.lineDiscounts((JsonObject) workload.cartsJson.get(c), workload.promotionsJson);
            compare(problems, "reference", c, engine, reference, engineTotal, sum(reference));

            if (c % fullPathEvery != 0) {
                continue;
            }
            JsonReply reply = service.evaluateJson(workload.fullRequests.get(c));
            if (!reply.isAnswer()) {
                problems.add("cart " + c + ": the full path answered " + reply.status() + " " + reply.body());
                continue;
            }
            JsonObject full = (JsonObject) JsonParser.parse(reply.body()).get();
            List<JsonValue> lines = ((JsonArray) full.first("lines").orElseThrow()).elements();
            long[] fullLines = new long[lines.size()];
            for (int i = 0; i < fullLines.length; i++) {
                fullLines[i] = cents(((JsonObject) lines.get(i)).first("discount").orElseThrow());
            }
            compare(problems, "full answer", c, engine, fullLines, engineTotal, cents(full.first("discountTotal").orElseThrow()));
            int rejected = ((JsonArray) full.first("rejected").orElseThrow()).size();
            if (rejected != answer.rejected().size()) {
                problems.add("cart " + c + ": " + answer.rejected().size() + " rejected, the full answer has " + rejected);
            }
        }
        return problems;
    }

    private static void compare(List<String> problems, String against, int cart, long[] engine, long[] other,
                                long engineTotal, long otherTotal) {
        if (engine.length != other.length) {
            problems.add("cart " + cart + ": " + engine.length + " lines, the " + against + " has " + other.length);
            return;
        }
        for (int i = 0; i < engine.length; i++) {
            if (engine[i] != other[i]) {
                problems.add("cart " + cart + " line " + (i + 1) + ": discount " + engine[i] + " cents, the " + against
                        + " says " + other[i]);
            }
        }
        if (engineTotal != otherTotal) {
            problems.add("cart " + cart + ": discountTotal " + engineTotal + " cents, the " + against + " says " + otherTotal);
        }
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }

    private static long cents(JsonValue amount) {
        return new BigDecimal(((JsonString) amount).value()).movePointRight(2).longValueExact();
    }
}
