/**
 * The host's orders as Shequn follows them: priced and placed (promotions and coupons reserved), paid
 * (redeemed), cancelled or timed out (released), refunded in full or by lines (given back in proportion).
 * The host's own order id is the key, so every report can be repeated safely.
 */
package dev.shequn.domain.order;
