package dev.shequn.domain.promotion;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a catalogue promotion is in its life. Only {@link #ACTIVE} promotions price orders and grant coupons.
 * {@link #ENDED} is final: an ended campaign is kept for its books, never revived.
 */
public enum PromotionStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    ENDED;

    public Set<PromotionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, ENDED);
            case ACTIVE -> EnumSet.of(PAUSED, ENDED);
            case PAUSED -> EnumSet.of(ACTIVE, ENDED);
            case ENDED -> EnumSet.noneOf(PromotionStatus.class);
        };
    }

    public boolean canMoveTo(PromotionStatus target) {
        return next().contains(target);
    }
}
