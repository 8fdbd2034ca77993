package dev.shequn.domain.promotion;

import static java.util.Objects.requireNonNull;

/** Why the catalogue refused a change to a promotion or a grant of one of its coupons. */
public record PromotionRejection(Reason reason, String detail) {

    public enum Reason {
        /** The status does not allow this move (an ended promotion is never revived). */
        TRANSITION_NOT_ALLOWED,
        /** Definitions change only while nobody can use them: in draft or paused. */
        NOT_EDITABLE,
        /** An update may not turn an automatic promotion into a coupon template or back. */
        KIND_CHANGED,
        NOT_A_COUPON_TEMPLATE,
        NOT_ACTIVE,
        QUANTITY_EXHAUSTED,
        PER_MEMBER_LIMIT_REACHED,
        /** The template's fixed validity is over: a coupon granted now would be born expired. */
        VALIDITY_OVER
    }

    public PromotionRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
