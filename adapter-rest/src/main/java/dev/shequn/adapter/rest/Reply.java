package dev.shequn.adapter.rest;

import static java.util.Objects.requireNonNull;

/**
 * What a route answers: a status and a body to write as JSON (a {@link Problem} as problem+json), and what an
 * {@code Idempotency-Key} replay answers instead, when the first answer held a secret that must not be
 * stored (a new API key).
 */
record Reply(int status, Object body, Object replayBody) {

    Reply {
        requireNonNull(body, "body");
        requireNonNull(replayBody, "replayBody");
    }

    Reply(int status, Object body) {
        this(status, body, body);
    }

    static Reply ok(Object body) {
        return new Reply(200, body);
    }

    static Reply created(Object body) {
        return new Reply(201, body);
    }

    static Reply problem(Problem problem) {
        return new Reply(problem.status(), problem);
    }

    String contentType() {
        if (body instanceof PricingRoutes.RawJson raw) {
            return raw.contentType();
        }
        return body instanceof Problem ? Problem.MEDIA_TYPE : "application/json";
    }
}
