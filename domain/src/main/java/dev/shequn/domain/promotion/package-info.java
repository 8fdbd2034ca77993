/**
 * Promotions and the pricing engine: coupons, automatic promotions, 满减 spend-X-save-Y, 满赠 gifts,
 * 预售抵扣 pre-sale deposits, flash prices and purchase ladders, priced exactly and explained by the rules
 * of the pricing contract ({@code docs/pricing.md}). Pure: no JSON, no framework, no clock.
 *
 * <p>The model records guard their own invariants and throw on a broken one: that is a bug in the caller.
 * Refusing bad input with a reason per field is the application's job, before any record is built.
 */
package dev.shequn.domain.promotion;
