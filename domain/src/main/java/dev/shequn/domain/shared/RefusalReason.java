package dev.shequn.domain.shared;

/**
 * Why a business rule refused something: every concept's reasons are an enum implementing this, so a reason
 * is a typed value from the rule to the edge. Each reason says which {@link Kind} of refusal it is, and the
 * adapters map the kinds exhaustively (a {@code switch} over {@link Kind}) to HTTP statuses and exit codes;
 * nothing at the edge matches on a reason's text.
 */
public interface RefusalReason {

    /** The stable, machine-readable code (the enum constant's name). */
    String name();

    Kind kind();

    /** What a refusal says about the request. */
    enum Kind {
        /** The request's content is wrong whatever the stored state (a foreign currency, a duplicate). */
        INVALID,
        /** The request names something that cannot serve it (an unknown tier or template it refers to). */
        UNPROCESSABLE,
        /** The request is fine but conflicts with the current state (full, exhausted, already done). */
        CONFLICT
    }
}
