package dev.shequn.application.pricing;

import dev.shequn.application.port.in.EvaluatePricingUseCase;
import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.promotion.PromotionSet;
import io.vavr.control.Either;
import java.util.List;

/**
 * The pricing dry run: validates the whole request, then prepares the promotions and prices the cart with
 * the domain's engine. Stateless and thread-safe; one instance serves the CLI and REST alike.
 */
public final class EvaluatePricingService implements EvaluatePricingUseCase {

    @Override
    public Either<PricingRefused, PricingAnswer> evaluate(ContractRequest contract) {
        List<Violation> violations = ContractRequestChecks.check(contract);
        if (!violations.isEmpty()) {
            return Either.left(new InvalidRequest(violations));
        }
        return Either.right(PromotionSet.prepare(contract.promotions()).price(contract.request()));
    }

    /**
     * {@inheritDoc}
     *
     * <p>A valid request on which the engine throws (a bug, never an answer) gives a 500 problem naming the
     * exception, so that a bulk run ({@code shequn price --jsonl}) answers it and goes on with the next.
     */
    @Override
    public JsonReply evaluateJson(String requestJson) {
        Either<List<Violation>, ContractRequest> read = PricingContractReader.read(requestJson);
        if (read.isLeft()) {
            return refused(read.getLeft());
        }
        Either<PricingRefused, PricingAnswer> answer;
        try {
            answer = evaluate(read.get());
        } catch (RuntimeException bug) {
            return new JsonReply(500, PricingProblem.write(PricingProblem.internalError(
                    "the pricing engine failed on a valid request: " + bug)));
        }
        if (answer.isLeft() && answer.getLeft() instanceof InvalidRequest invalid) {
            return refused(invalid.violations());
        }
        return new JsonReply(200, PricingAnswerWriter.write(answer.get()));
    }

    private static JsonReply refused(List<Violation> violations) {
        return new JsonReply(400, PricingProblem.write(PricingProblem.invalidRequest(violations)));
    }
}
