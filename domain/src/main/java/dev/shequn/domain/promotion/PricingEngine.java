package dev.shequn.domain.promotion;

import java.util.List;

/**
 * The pricing engine of the pricing contract (version 1.1, {@code docs/pricing.md}): what a member pays for
 * a cart, and why. Pure: no clock (the request carries its instant), no I/O, no framework.
 *
 * <p>Use {@link PromotionSet#prepare} once for a set of promotions and {@link PromotionSet#price} per cart;
 * {@link #price(List, PricingRequest)} does both for a one-off request.
 *
 * <h2>How a cart is priced</h2>
 * <ol>
 * <li>Reach: the promotions whose target can touch a line are found through the set's index (by SKU, by
 *     category, plus those without include lists). Only they are evaluated; every other promotion is
 *     rejected with the first failing reason before the target (code, window, currency, member conditions,
 *     per-member limit, redemptions, budget), else {@code NO_TARGET_LINES}, worked out when {@code rejected}
 *     is read.</li>
 * <li>Checks, in the contract's order of reasons whatever the order of the conditions: code presented,
 *     window, currency, tier, tag, community, purchase ordinal, per-member limit, redemptions, budget,
 *     targeted lines, minimum quantity, minimum subtotal, and {@code NOTHING_TO_DISCOUNT} (the promotion
 *     alone on the undiscounted order, caps included, gives 0.00; never for a gift; for a deposit only when
 *     its deposit and its give-away are both zero).</li>
 * <li>Groups among stackable promotions: the one giving most alone (rounded, shipping included) wins, ties
 *     to the higher priority, then the earlier; the others are {@code NOT_COMBINABLE}.</li>
 * <li>Candidates: the stackable set (one per group), and each exclusive promotion alone; deposits join every
 *     candidate. Each is applied in priority order (ties: request order) on remaining amounts; its worth is
 *     the sum of its rounded discounts (lines, shipping, deposit give-away; never the deposit itself). The
 *     largest worth wins; ties go to the higher priority, then the earlier position, of the candidate's first
 *     applied promotion (which may be a deposit).</li>
 * <li>The winner's promotions that find nothing left at their turn are {@code NOTHING_TO_DISCOUNT}; all
 *     other passing promotions not in the winner are {@code NOT_COMBINABLE}.</li>
 * <li>Each promotion's shares are exact fractions of a minor unit; the discount is their sum (scaled to the
 *     cap when above it), rounded once half-up, and handed out by largest remainder, ties to the earlier
 *     line. {@code depositPaid} is the sum of the applied deposits, cut so the total is not negative.</li>
 * </ol>
 *
 * <h2>Choices where the contract leaves a question open</h2>
 * <ul>
 * <li>The stackable set with no member but deposits counts as empty: it never beats an exclusive candidate
 *     (an exclusive gift still beats an otherwise empty set, and an exclusive that then finds nothing is
 *     {@code NOTHING_TO_DISCOUNT}). With no exclusive candidate the set is taken: it holds the deposits.</li>
 * <li>On equal worth an exclusive candidate ranks as its exclusive promotion ("each exclusive promotion
 *     alone"), the stackable set as its first applied promotion, a deposit included (rule 28), and last
 *     when nothing in it applied. Two candidates never rank as the same promotion, so no tie is left.</li>
 * <li>{@code maxDiscount} and the budget cap a deposit's give-away, never the deposit (which is the
 *     member's money); for {@code shippingOff} they cap the shipping discount.</li>
 * <li>A {@code shippingOff} takes from the shipping still due after earlier {@code shippingOff}s.</li>
 * <li>{@code spendThreshold} with {@code repeat}: {@code floor(R / spend) * off}, capped at R (R the targeted
 *     remaining amount).</li>
 * <li>{@code buyXGetY}: the free units are found on the remaining unit prices at its turn.</li>
 * <li>Codes fold like {@link String#equalsIgnoreCase} on Java 17, char by char (UTF-16 units); an unknown
 *     code appears once, as first presented; a known code presented twice counts once.</li>
 * <li>A promotion without {@code currency} whose amounts were built in a currency of other minor digits
 *     than the request's is rescaled exactly; an amount finer than the request's currency is refused
 *     with an exception (the edge refuses such requests first).</li>
 * <li>Promotion ids are unique in a set (preparing refuses duplicates), since {@code usage} is keyed by id.</li>
 * </ul>
 */
public final class PricingEngine {

    private PricingEngine() {
    }

    /** Prices one request against these promotions (prepared for this call only). */
    public static PricingAnswer price(List<Promotion> promotions, PricingRequest request) {
        return PromotionSet.prepare(promotions).price(request);
    }
}
