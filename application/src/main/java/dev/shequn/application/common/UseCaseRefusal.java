package dev.shequn.application.common;

import dev.shequn.domain.shared.RefusalReason;

/** Refusals a use case decides itself, where no domain rule names the reason. */
public enum UseCaseRefusal implements RefusalReason {
    /** An amount in another currency than the merchant's. */
    CURRENCY_MISMATCH(Kind.INVALID),
    /** A community named twice in one channel's pool. */
    DUPLICATE_COMMUNITY(Kind.INVALID),
    /** The member is not in the community the request is about. */
    NOT_A_MEMBER(Kind.CONFLICT),
    /** A tier code that the merchant's ladder does not have. */
    UNKNOWN_TIER(Kind.CONFLICT);

    private final Kind kind;

    UseCaseRefusal(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
