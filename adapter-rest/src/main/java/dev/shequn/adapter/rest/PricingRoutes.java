package dev.shequn.adapter.rest;

import static dev.shequn.adapter.rest.RestServer.Access.MERCHANT;

import dev.shequn.application.port.in.EvaluatePricingUseCase;

/**
 * {@code POST /v1/pricing/evaluate}: the pricing contract's dry run. The body goes unchanged to the same JSON
 * entry {@code shequn price} uses, so REST and CLI read, refuse and answer alike; nothing is stored, so there
 * is no Idempotency-Key bookkeeping either.
 */
final class PricingRoutes {

    private final RestServer.Router router;

    PricingRoutes(RestServer.Router router) {
        this.router = router;
    }

    void register() {
        router.postQuery("/v1/pricing/evaluate", MERCHANT, this::evaluate);
    }

    private Reply evaluate(Request request) {
        // Size and content type are checked here (413, 415); everything about the JSON is the contract's.
        EvaluatePricingUseCase.JsonReply reply = router.services().evaluatePricing().evaluateJson(request.bodyText());
        return new Reply(reply.status(), new RawJson(reply.contentType(), reply.body()));
    }

    /** A body already written as JSON by the application's own mapping. */
    record RawJson(String contentType, String text) {}
}
