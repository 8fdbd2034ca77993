package dev.shequn.domain.promotion;

/** What a minimum counts: the whole order, or the promotion's targeted lines only. */
public enum Scope {
    ORDER,
    TARGET
}
