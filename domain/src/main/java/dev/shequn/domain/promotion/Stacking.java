package dev.shequn.domain.promotion;

/** Whether a promotion combines with others. An exclusive one is only ever applied alone. */
public enum Stacking {
    STACKABLE,
    EXCLUSIVE
}
