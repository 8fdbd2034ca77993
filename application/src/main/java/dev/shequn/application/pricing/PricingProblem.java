package dev.shequn.application.pricing;

import dev.shequn.application.json.JsonArray;
import dev.shequn.application.json.JsonObject;
import dev.shequn.application.json.JsonWriter;
import dev.shequn.application.port.in.EvaluatePricingUseCase.Violation;
import java.util.List;

/**
 * The RFC 9457 problem documents of pricing: the refused request of the contract's "Errors" section, with
 * every violation and its pointer, and the internal error of a request the engine failed to price.
 */
public final class PricingProblem {

    public static final String INVALID_REQUEST_TYPE = "https://shequn.dev/problems/invalid-request";
    public static final String INTERNAL_ERROR_TYPE = "https://shequn.dev/problems/internal-error";

    private PricingProblem() {}

    public static JsonObject invalidRequest(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refused request has at least one violation");
        }
        String detail = violations.size() == 1
                ? "The request breaks the pricing contract: " + violations.get(0).detail() + "."
                : "The request breaks the pricing contract in " + violations.size() + " places; see errors.";
        return JsonObject.builder()
                .put("type", INVALID_REQUEST_TYPE)
                .put("title", "Invalid pricing request")
                .put("status", 400)
                .put("detail", detail)
                .put("errors", JsonArray.of(violations.stream()
                        .map(v -> JsonObject.builder().put("pointer", v.pointer()).put("detail", v.detail()).build())
                        .toList()))
                .build();
    }

    /** A valid request the engine could not price: a bug, reported without pretending the request was wrong. */
    public static JsonObject internalError(String detail) {
        return JsonObject.builder()
                .put("type", INTERNAL_ERROR_TYPE)
                .put("title", "Internal error while pricing")
                .put("status", 500)
                .put("detail", detail)
                .build();
    }

    public static String write(JsonObject problem) {
        return JsonWriter.compact(problem);
    }
}
