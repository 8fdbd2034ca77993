package dev.shequn.application.port.in;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.promotion.PricingRequest;
import dev.shequn.domain.promotion.Promotion;
import io.vavr.control.Either;
import java.util.List;

/**
 * The pricing dry run of the pricing contract ({@code docs/pricing.md}): a cart and inline promotion
 * definitions in, the answer out. Nothing is reserved, redeemed or written. A request that breaks the
 * contract is refused as a whole, with every violation and its JSON pointer, and nothing is evaluated.
 */
public interface EvaluatePricingUseCase {

    /**
     * Prices an already typed request (the library way in). The records guard their own invariants; what
     * only the whole request can tell (unique line and promotion ids, amounts in the promotion's currency,
     * amounts small enough to add up exactly) is checked here and refused with the pointer the JSON form
     * of the same request would have.
     */
    Either<PricingRefused, PricingAnswer> evaluate(ContractRequest request);

    /**
     * The contract's JSON form in, JSON out: the one entry shared by {@code shequn price} and
     * {@code POST /v1/pricing/evaluate}, so both read, refuse and answer byte for byte alike.
     */
    JsonReply evaluateJson(String requestJson);

    /** The contract request: the cart, and the promotions written inline, in request order. */
    record ContractRequest(PricingRequest request, List<Promotion> promotions) {
        public ContractRequest {
            requireNonNull(request, "request");
            promotions = List.copyOf(promotions);
        }
    }

    /** One broken rule of the contract, at the offending field's RFC 6901 pointer ({@code ""}: the document). */
    record Violation(String pointer, String detail) {
        public Violation {
            requireNonNull(pointer, "pointer");
            requireNonNull(detail, "detail");
        }
    }

    /** Why a request was not evaluated. */
    sealed interface PricingRefused permits InvalidRequest {}

    /** The request breaks the contract: every violation, in the order the document is read. */
    record InvalidRequest(List<Violation> violations) implements PricingRefused {
        public InvalidRequest {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid request has at least one violation");
            }
        }
    }

    /**
     * A JSON reply with the HTTP status it stands for: 200 with the answer, 400 with an
     * {@code application/problem+json} body for a refused request, 500 with a problem body when the engine
     * failed (a bug: the request was valid). {@code body} is one line, without a line break at the end.
     */
    record JsonReply(int status, String body) {
        public JsonReply {
            requireNonNull(body, "body");
            if (status != 200 && status != 400 && status != 500) {
                throw new IllegalArgumentException("status " + status);
            }
        }

        public boolean isAnswer() {
            return status == 200;
        }

        public String contentType() {
            return isAnswer() ? "application/json" : "application/problem+json";
        }
    }
}
