package dev.shequn.adapter.rest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}). The
 * {@code type} URI is stable: clients switch on it, never on {@code title} or {@code detail}. Extension
 * members: {@code errors} (every violation of a refused request) and {@code reason} (the business rule that
 * refused it, e.g. {@code CHANNEL_EXHAUSTED}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, String reason) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String BASE = "https://shequn.dev/problems/";

    public Problem {
        requireNonNull(type, "type");
        requireNonNull(title, "title");
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, null);
    }

    /**
     * One violation: a JSON pointer into the request body ({@code pointer}), or the name of the query or path
     * parameter ({@code parameter}), and what is wrong.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String pointer, String parameter, String detail) {
        public FieldError {
            requireNonNull(detail, "detail");
        }

        public static FieldError at(String pointer, String detail) {
            return new FieldError(pointer, null, detail);
        }

        public static FieldError parameter(String name, String detail) {
            return new FieldError(null, name, detail);
        }
    }

    public static Problem validation(List<FieldError> errors) {
        return new Problem(BASE + "invalid-request", "The request is not valid", 400,
                "See errors for what to correct.", errors);
    }

    public static Problem malformedJson(String detail) {
        return new Problem(BASE + "malformed-json", "The body is not well-formed JSON", 400, detail, List.of());
    }

    public static Problem unauthorized() {
        return new Problem(BASE + "unauthorized", "Missing or wrong API key", 401,
                "Send Authorization: Bearer <api key>.", List.of());
    }

    public static Problem notFound(String detail) {
        return new Problem(BASE + "not-found", "Not found", 404, detail, List.of());
    }

    public static Problem methodNotAllowed(String detail) {
        return new Problem(BASE + "method-not-allowed", "Method not allowed", 405, detail, List.of());
    }

    public static Problem conflict(String detail) {
        return new Problem(BASE + "conflict", "Conflict with the current state", 409, detail, List.of());
    }

    /** A business rule refused the request in the current state; {@code reason} is the rule's stable code. */
    public static Problem refused(String reason, String detail) {
        return new Problem(BASE + "conflict", "Conflict with the current state", 409, detail, List.of(), reason);
    }

    public static Problem idempotencyInProgress() {
        return new Problem(BASE + "idempotency-key-in-progress", "A request with this Idempotency-Key is still running",
                409, "Retry when the first request has answered.", List.of());
    }

    public static Problem payloadTooLarge(long limit) {
        return new Problem(BASE + "payload-too-large", "The body is too large", 413,
                "Bodies may hold at most " + limit + " bytes.", List.of());
    }

    public static Problem unsupportedMediaType(String got) {
        return new Problem(BASE + "unsupported-media-type", "The body must be application/json", 415,
                "Content-Type was " + (got == null ? "missing" : "'" + got + "'") + ".", List.of());
    }

    public static Problem idempotencyKeyReused() {
        return new Problem(BASE + "idempotency-key-reused", "Idempotency-Key reused with another request", 422,
                "This Idempotency-Key was first used with another body; use a new key for a new request.", List.of());
    }

    public static Problem unavailable(String detail) {
        return new Problem(BASE + "unavailable", "Service unavailable", 503, detail, List.of());
    }

    public static Problem internal() {
        return new Problem(BASE + "internal-error", "Internal error", 500,
                "The error was logged; the request may be retried.", List.of());
    }

    /** Any other status Jetty or Javalin answers on its own (e.g. a bad request line). */
    public static Problem ofStatus(int status, String title) {
        return new Problem(BASE + "http-" + status, title, status, null, List.of());
    }
}
