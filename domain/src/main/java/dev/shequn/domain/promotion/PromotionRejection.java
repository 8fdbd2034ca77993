package dev.shequn.domain.promotion;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.RefusalReason;

/** Why the catalogue refused a change to a promotion or a grant of one of its coupons. */
public record PromotionRejection(Reason reason, String detail) {

    public enum Reason implements RefusalReason {
        /** The status does not allow this move (an ended promotion is never revived). */
        TRANSITION_NOT_ALLOWED(Kind.CONFLICT),
        /** Definitions change only while nobody can use them: in draft or paused. */
        NOT_EDITABLE(Kind.CONFLICT),
        /** An update may not turn an automatic promotion into a coupon template or back. */
        KIND_CHANGED(Kind.CONFLICT),
        NOT_A_COUPON_TEMPLATE(Kind.CONFLICT),
        NOT_ACTIVE(Kind.CONFLICT),
        QUANTITY_EXHAUSTED(Kind.CONFLICT),
        PER_MEMBER_LIMIT_REACHED(Kind.CONFLICT),
        /** The template's fixed validity is over: a coupon granted now would be born expired. */
        VALIDITY_OVER(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public PromotionRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
