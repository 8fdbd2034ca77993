package dev.shequn.domain.promotion;

import dev.shequn.domain.promotion.CompiledPromotion.Amounts;
import dev.shequn.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * One pricing call: finds the promotions the cart's lines reach, checks them in the contract's order,
 * resolves groups, tries the candidates, applies the winner on remaining amounts and builds the answer.
 * All amounts are whole minor units of the request's currency; the exact shares live in {@link Shares}.
 */
final class PricingRun {

    /** Per-thread work space of one set, reused from call to call so a call allocates little. */
    static final class Scratch {
        final long[] reachBits;
        final int[] slotOf;
        int[] slotPromotion = new int[32];
        long[] masks = new long[32];
        int[] reached = new int[32];
        PricingAnswer.Rejected[] rejection = new PricingAnswer.Rejected[32];
        Amounts[] amounts = new Amounts[32];
        long[] alone = new long[32];
        int[] tlStart = new int[32];
        int[] tlLength = new int[32];
        int[] tlBuffer = new int[256];
        int[] passing = new int[32];
        long[] subtotal = new long[32];
        long[] quantity = new long[32];
        long[] remaining = new long[32];
        int[] order = new int[32];
        final Shares shares = new Shares();

        Scratch(int promotionCount) {
            reachBits = new long[(promotionCount >>> 6) + 1];
            slotOf = new int[promotionCount];
        }

        void lines(int count) {
            if (subtotal.length < count) {
                int size = Math.max(count, subtotal.length * 2);
                subtotal = new long[size];
                quantity = new long[size];
                remaining = new long[size];
                order = new int[size];
            }
        }

        void slots(int count, int words) {
            if (slotPromotion.length < count) {
                int size = Math.max(count, slotPromotion.length * 2);
                slotPromotion = Arrays.copyOf(slotPromotion, size);
                reached = new int[size];
                rejection = new PricingAnswer.Rejected[size];
                amounts = new Amounts[size];
                alone = new long[size];
                tlStart = new int[size];
                tlLength = new int[size];
                passing = new int[size];
            }
            if (masks.length < (long) count * words) {
                masks = Arrays.copyOf(masks, Math.max(count * words, masks.length * 2));
            }
        }

        int tlReserve(int used, int more) {
            if (tlBuffer.length < used + more) {
                tlBuffer = Arrays.copyOf(tlBuffer, Math.max(used + more, tlBuffer.length * 2));
            }
            return used;
        }
    }

    private final PromotionSet set;
    private final CompiledPromotion[] all;
    private final PricingRequest request;
    private final Scratch s;
    private final Shares shares;
    private final Currency currency;
    private final int digits;
    private final int lineCount;
    private final int words;
    private final long[] subtotal;
    private final long[] quantity;
    private final long shipping;
    private long orderSubtotal;
    private long orderUnits;

    PricingRun(PromotionSet set, PricingRequest request, Scratch scratch) {
        this.set = set;
        this.all = set.compiled;
        this.request = request;
        this.s = scratch;
        this.shares = scratch.shares;
        this.currency = request.currency();
        this.digits = Money.digitsOf(currency);
        this.lineCount = request.lines().size();
        this.words = (lineCount + 63) >>> 6;
        scratch.lines(lineCount);
        this.subtotal = scratch.subtotal;
        this.quantity = scratch.quantity;
        this.shipping = request.shipping().minorUnits();
    }

    PricingAnswer price() {
        List<CartLine> lines = request.lines();
        for (int i = 0; i < lineCount; i++) {
            CartLine line = lines.get(i);
            quantity[i] = line.quantity();
            subtotal[i] = Math.multiplyExact(line.unitPrice().minorUnits(), (long) line.quantity());
            orderSubtotal = Math.addExact(orderSubtotal, subtotal[i]);
            orderUnits += line.quantity();
        }

        // Codes: each distinct presented code activates its promotions; one matching none is unknown.
        List<String> codes = request.codes();
        int[] presented = new int[codes.size()];
        int presentedCount = 0;
        List<PricingAnswer.Rejected> unknown = List.of();
        List<String> unknownKeys = null;
        for (String code : codes) {
            String key = PromotionSet.foldCase(code);
            Integer group = set.codeGroups.get(key);
            if (group != null) {
                presented[presentedCount++] = group;
            } else {
                if (unknownKeys == null) {
                    unknownKeys = new ArrayList<>();
                    unknown = new ArrayList<>();
                }
                if (!unknownKeys.contains(key)) {
                    unknownKeys.add(key);
                    unknown.add(new PricingAnswer.Rejected(Optional.empty(), Optional.of(code), RejectionReason.UNKNOWN_CODE,
                            "no promotion has the code " + code));
                }
            }
        }
        RequestContext context = new RequestContext(request, presented, presentedCount);

        int reachedCount = reach(lines);
        int appliedCount = evaluate(context, reachedCount);

        int[] reachedCopy = Arrays.copyOf(s.reached, reachedCount);
        PricingAnswer.Rejected[] rejectionCopy = Arrays.copyOf(s.rejection, reachedCount);
        PricingAnswer answer = answer(new RejectedList(all, context, reachedCopy, rejectionCopy, appliedCount,
                unknown.isEmpty() ? List.of() : List.copyOf(unknown)));
        Arrays.fill(s.amounts, 0, reachedCount, null);
        Arrays.fill(s.rejection, 0, reachedCount, null);
        return answer;
    }

    // ---- reach: which promotions can touch which lines -------------------------------------------------------

    /** Collects the reachable promotions in request order into {@code s.reached}; returns how many. */
    private int reach(List<CartLine> lines) {
        int slots = 0;
        s.slots(set.everyLine.length + 8, words);
        long[] bits = s.reachBits;
        for (int i = 0; i < lineCount; i++) {
            CartLine line = lines.get(i);
            if (line.sku().isPresent()) {
                slots = touch(set.bySku(line.sku().get()), i, slots);
            }
            if (line.category().isPresent()) {
                slots = touch(set.byCategory(line.category().get()), i, slots);
            }
        }
        for (int p : set.everyLine) {
            slots = touch(p, slots);
            int base = s.slotOf[p] * words;
            for (int w = 0; w < words; w++) {
                int inWord = Math.min(64, lineCount - (w << 6));
                s.masks[base + w] = inWord == 64 ? -1L : (1L << inWord) - 1;
            }
        }
        int count = 0;
        for (int w = 0; w < bits.length; w++) {
            long word = bits[w];
            while (word != 0) {
                int bit = Long.numberOfTrailingZeros(word);
                word &= word - 1;
                s.reached[count++] = (w << 6) + bit;
            }
            bits[w] = 0;
        }
        return count;
    }

    private int touch(int[] promotions, int line, int slots) {
        for (int p : promotions) {
            slots = touch(p, slots);
            s.masks[s.slotOf[p] * words + (line >>> 6)] |= 1L << (line & 63);
        }
        return slots;
    }

    private int touch(int p, int slots) {
        long bit = 1L << (p & 63);
        if ((s.reachBits[p >>> 6] & bit) == 0) {
            s.reachBits[p >>> 6] |= bit;
            s.slots(slots + 1, words);
            s.slotOf[p] = slots;
            s.slotPromotion[slots] = p;
            Arrays.fill(s.masks, slots * words, slots * words + words, 0L);
            return slots + 1;
        }
        return slots;
    }

    // ---- checks, groups, candidates ------------------------------------------------------------------------

    /** Checks every reached promotion, chooses and applies; returns how many applied. */
    private int evaluate(RequestContext context, int reachedCount) {
        int passingCount = 0;
        int tlUsed = 0;
        for (int j = 0; j < reachedCount; j++) {
            CompiledPromotion p = all[s.reached[j]];
            PricingAnswer.Rejected rejection = context.beforeTarget(p);
            if (rejection != null) {
                s.rejection[j] = rejection;
                continue;
            }
            tlUsed = s.tlReserve(tlUsed, lineCount);
            int start = tlUsed;
            int base = s.slotOf[p.index] * words;
            for (int w = 0; w < words; w++) {
                long word = s.masks[base + w];
                while (word != 0) {
                    int line = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    if (!p.hasExcludes || !excluded(p, request.lines().get(line))) {
                        s.tlBuffer[tlUsed++] = line;
                    }
                }
            }
            s.tlStart[j] = start;
            s.tlLength[j] = tlUsed - start;
            if (tlUsed == start) {
                s.rejection[j] = p.noTargetLines;
                continue;
            }
            Amounts amounts = p.amountsFor(digits);
            s.amounts[j] = amounts;
            rejection = cartConditions(p, amounts, j);
            if (rejection != null) {
                s.rejection[j] = rejection;
                continue;
            }
            long alone = apply(p, amounts, subtotal, shipping, j, false);
            s.alone[j] = alone;
            if (nothingFor(p, amounts, alone)) {
                s.rejection[j] = p.reject(RejectionReason.NOTHING_TO_DISCOUNT, nothingAloneDetail(p, amounts, j));
                continue;
            }
            s.passing[passingCount++] = j;
        }
        if (passingCount == 0) {
            chosen = null;
            return 0;
        }
        return choose(passingCount);
    }

    private static boolean excluded(CompiledPromotion p, CartLine line) {
        return (line.sku().isPresent() && p.excludeSkus.contains(line.sku().get()))
                || (line.category().isPresent() && p.excludeCategories.contains(line.category().get()));
    }

    /** A chosen promotion that gives nothing is not applied; a gift always is, a deposit while it has a deposit. */
    private static boolean nothingFor(CompiledPromotion p, Amounts amounts, long amount) {
        if (amount != 0 || p.isGift()) {
            return false;
        }
        return !(p.isDeposit() && amounts.a > 0);
    }

    private PricingAnswer.Rejected cartConditions(CompiledPromotion p, Amounts amounts, int j) {
        int start = s.tlStart[j];
        int length = s.tlLength[j];
        for (Condition.MinQuantity c : p.minQuantities) {
            long units = orderUnits;
            if (c.scope() == Scope.TARGET) {
                units = 0;
                for (int k = 0; k < length; k++) {
                    units += quantity[s.tlBuffer[start + k]];
                }
            }
            if (units < c.quantity()) {
                return p.reject(RejectionReason.MIN_QUANTITY_NOT_MET, "needs " + c.quantity() + " unit(s)"
                        + (c.scope() == Scope.TARGET ? " of its target" : "") + ", the order has " + units
                        + ": add " + (c.quantity() - units) + " more");
            }
        }
        for (int i = 0; i < p.minSubtotals.length; i++) {
            Condition.MinSubtotal c = p.minSubtotals[i];
            long amount = orderSubtotal;
            if (c.scope() == Scope.TARGET) {
                amount = 0;
                for (int k = 0; k < length; k++) {
                    amount += subtotal[s.tlBuffer[start + k]];
                }
            }
            long needed = amounts.minSubtotals[i];
            if (amount < needed) {
                return p.reject(RejectionReason.MIN_SUBTOTAL_NOT_MET, "spend " + format(needed - amount) + " more"
                        + (c.scope() == Scope.TARGET ? " on its target" : "") + " (needs " + format(needed)
                        + ", has " + format(amount) + ")");
            }
        }
        return null;
    }

    private String nothingAloneDetail(CompiledPromotion p, Amounts amounts, int j) {
        switch (p.kind) {
            case CompiledPromotion.SPEND_THRESHOLD: {
                long reached = targetedSum(subtotal, j);
                long lowest = Long.MAX_VALUE;
                long off = 0;
                for (int i = 0; i < amounts.spends.length; i++) {
                    if (amounts.spends[i] < lowest || (amounts.spends[i] == lowest && amounts.offs[i] > off)) {
                        lowest = amounts.spends[i];
                        off = amounts.offs[i];
                    }
                }
                if (reached < lowest) {
                    return "spend " + format(lowest - reached) + " more on its target for " + format(off) + " off";
                }
                break;
            }
            case CompiledPromotion.BUY_X_GET_Y: {
                long units = 0;
                for (int k = 0; k < s.tlLength[j]; k++) {
                    units += quantity[s.tlBuffer[s.tlStart[j] + k]];
                }
                if (units < p.buy + p.get) {
                    return "buy " + (p.buy + p.get - units) + " more unit(s) of its target to get " + p.get;
                }
                break;
            }
            case CompiledPromotion.SHIPPING_AMOUNT:
            case CompiledPromotion.SHIPPING_PERCENT:
                if (shipping == 0) {
                    return "the order has no shipping to discount";
                }
                break;
            default:
                break;
        }
        if (amounts.cap() == 0) {
            return "its cap (maxDiscount or budget left) is 0.00";
        }
        return "it would take " + format(0) + " from this order";
    }

    // ---- choosing the combination ----------------------------------------------------------------------------

    /** The candidate that won; null when nothing passed. */
    private Simulation chosen;

    private int choose(int passingCount) {
        int[] passing = s.passing;
        int depositCount = 0;
        int exclusiveCount = 0;
        int stackCount = 0;
        int[] deposits = new int[passingCount];
        int[] exclusives = new int[passingCount];
        int[] stack = new int[passingCount];
        for (int n = 0; n < passingCount; n++) {
            int j = passing[n];
            CompiledPromotion p = all[s.reached[j]];
            if (p.isDeposit()) {
                deposits[depositCount++] = j;
            } else if (p.exclusive) {
                exclusives[exclusiveCount++] = j;
            } else if (p.group == null || groupWinner(j, passing, passingCount) == j) {
                stack[stackCount++] = j;
            } else {
                int winner = groupWinner(j, passing, passingCount);
                s.rejection[j] = p.reject(RejectionReason.NOT_COMBINABLE, "only one of group " + p.group
                        + " applies: " + all[s.reached[winner]].id + " gives more on its own ("
                        + format(s.alone[winner]) + " against " + format(s.alone[j]) + ")");
            }
        }
        int[] setMembers = Arrays.copyOf(stack, stackCount + depositCount);
        System.arraycopy(deposits, 0, setMembers, stackCount, depositCount);
        sortByTurn(setMembers);
        Simulation best = simulate(setMembers);
        for (int e = 0; e < exclusiveCount; e++) {
            int[] members = Arrays.copyOf(deposits, depositCount + 1);
            members[depositCount] = exclusives[e];
            sortByTurn(members);
            Simulation candidate = simulate(members);
            candidate.exclusive = exclusives[e];
            if (beats(candidate, best)) {
                best = candidate;
            }
        }
        chosen = best;

        int applied = 0;
        for (int m = 0; m < best.members.length; m++) {
            int j = best.members[m];
            if (best.applied[m]) {
                applied++;
                s.rejection[j] = null;
            } else {
                s.rejection[j] = all[s.reached[j]].reject(RejectionReason.NOTHING_TO_DISCOUNT,
                        "nothing left to discount when its turn came, after the promotions applied before it");
            }
        }
        String winnerText = describe(best);
        for (int n = 0; n < passingCount; n++) {
            int j = passing[n];
            if (s.rejection[j] == null && !contains(best.members, j)) {
                s.rejection[j] = all[s.reached[j]].reject(RejectionReason.NOT_COMBINABLE, winnerText);
            }
        }
        return applied;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private String describe(Simulation best) {
        for (int j : best.members) {
            if (all[s.reached[j]].exclusive) {
                return "not combined with the exclusive promotion " + all[s.reached[j]].id + ", which gives "
                        + format(best.worth);
            }
        }
        return "not combined with the chosen combination, which gives " + format(best.worth);
    }

    /** The group winner among the passing promotions of j's group: most alone, then priority, then earlier. */
    private int groupWinner(int j, int[] passing, int passingCount) {
        String group = all[s.reached[j]].group;
        int winner = -1;
        for (int n = 0; n < passingCount; n++) {
            int other = passing[n];
            CompiledPromotion p = all[s.reached[other]];
            if (p.exclusive || p.isDeposit() || !group.equals(p.group)) {
                continue;
            }
            if (winner < 0 || s.alone[other] > s.alone[winner]
                    || (s.alone[other] == s.alone[winner] && p.priority > all[s.reached[winner]].priority)) {
                winner = other;
            }
        }
        return winner;
    }

    /** Priority, larger first; equal priorities in request order (j follows request order). */
    private void sortByTurn(int[] members) {
        for (int i = 1; i < members.length; i++) {
            int j = members[i];
            long priority = all[s.reached[j]].priority;
            int k = i - 1;
            while (k >= 0 && (all[s.reached[members[k]]].priority < priority
                    || (all[s.reached[members[k]]].priority == priority && members[k] > j))) {
                members[k + 1] = members[k];
                k--;
            }
            members[k + 1] = j;
        }
    }

    /** One candidate applied in turn on remaining amounts. */
    private static final class Simulation {
        final int[] members;
        final boolean[] applied;
        final long[] amount;
        /** Line allocations: member m, line i at {@code m * lineCount + i}. */
        final long[] allocation;
        /** No member but deposits: the stackable set when no stackable promotion passed. */
        boolean empty = true;
        long worth;
        long shippingDiscount;
        int firstApplied = -1;
        /** The exclusive promotion of an exclusive candidate; -1 for the stackable set. */
        int exclusive = -1;

        Simulation(int[] members, int lineCount) {
            this.members = members;
            this.applied = new boolean[members.length];
            this.amount = new long[members.length];
            this.allocation = new long[members.length * lineCount];
        }
    }

    private Simulation simulate(int[] members) {
        Simulation sim = new Simulation(members, lineCount);
        long[] remaining = s.remaining;
        System.arraycopy(subtotal, 0, remaining, 0, lineCount);
        long shippingLeft = shipping;
        for (int m = 0; m < members.length; m++) {
            int j = members[m];
            CompiledPromotion p = all[s.reached[j]];
            if (!p.isDeposit()) {
                sim.empty = false;
            }
            long amount = apply(p, s.amounts[j], remaining, shippingLeft, j, true);
            if (nothingFor(p, s.amounts[j], amount)) {
                continue;
            }
            sim.applied[m] = true;
            sim.amount[m] = amount;
            sim.worth += amount;
            if (sim.firstApplied < 0) {
                sim.firstApplied = m;
            }
            if (p.isShipping()) {
                shippingLeft -= amount;
                sim.shippingDiscount += amount;
            } else if (amount > 0) {
                int start = s.tlStart[j];
                int base = m * lineCount;
                for (int k = 0; k < s.tlLength[j]; k++) {
                    int line = s.tlBuffer[start + k];
                    long taken = shares.out[k];
                    remaining[line] -= taken;
                    sim.allocation[base + line] = taken;
                }
            }
        }
        return sim;
    }

    /**
     * Rules 2, 3 and 28. The stackable set with no member but deposits has nothing in it and never wins
     * against an exclusive candidate. Otherwise more worth wins; on equal worth the higher priority, then the
     * earlier position. An exclusive candidate ranks as its exclusive promotion ("each exclusive promotion
     * alone", rule 1); the set ranks as its first applied promotion, a deposit included (rule 28), and last
     * when nothing in it applied. The set holds no exclusive, so two candidates never rank as the same
     * promotion and no tie is left over.
     */
    private boolean beats(Simulation a, Simulation b) {
        if (a.empty != b.empty) {
            return b.empty;
        }
        if (a.worth != b.worth) {
            return a.worth > b.worth;
        }
        int rankA = rankOf(a);
        int rankB = rankOf(b);
        if (rankA < 0 || rankB < 0) {
            return rankB < 0 && rankA >= 0;
        }
        return compareTurn(rankA, rankB) < 0;
    }

    private static int rankOf(Simulation candidate) {
        if (candidate.exclusive >= 0) {
            return candidate.exclusive;
        }
        return candidate.firstApplied < 0 ? -1 : candidate.members[candidate.firstApplied];
    }

    /** Negative when j1 goes first: higher priority, then earlier in the request. */
    private int compareTurn(int j1, int j2) {
        long p1 = all[s.reached[j1]].priority;
        long p2 = all[s.reached[j2]].priority;
        if (p1 != p2) {
            return p1 > p2 ? -1 : 1;
        }
        return Integer.compare(j1, j2);
    }

    // ---- effects --------------------------------------------------------------------------------------------

    private long targetedSum(long[] amounts, int j) {
        long sum = 0;
        int start = s.tlStart[j];
        for (int k = 0; k < s.tlLength[j]; k++) {
            sum += amounts[s.tlBuffer[start + k]];
        }
        return sum;
    }

    /**
     * What promotion j takes at this point: its line discount (allocated into {@code shares.out} by the
     * position of each line in its target list when {@code allocate}), its shipping discount, a deposit's
     * give-away, 0 for a gift. Caps included; {@code remaining} is not changed.
     */
    private long apply(CompiledPromotion p, Amounts amounts, long[] remaining, long shippingLeft, int j, boolean allocate) {
        int start = s.tlStart[j];
        int length = s.tlLength[j];
        int[] tl = s.tlBuffer;
        long cap = amounts.cap();
        switch (p.kind) {
            case CompiledPromotion.PERCENT_OFF: {
                shares.reset(length);
                bigPercent(p);
                for (int k = 0; k < length; k++) {
                    int line = tl[start + k];
                    long q = quantity[line];
                    if (p.maxQuantity < 0 || q <= p.maxQuantity) {
                        shares.set(k, remaining[line], p.percentNum, 1, p.percentDen, 1);
                    } else {
                        shares.set(k, remaining[line], p.maxQuantity, p.percentNum, q, p.percentDen);
                    }
                }
                return shares.compute(cap, allocate);
            }
            case CompiledPromotion.AMOUNT_PER_ORDER: {
                long all = targetedSum(remaining, j);
                return proportional(Math.min(amounts.a, all), all, remaining, start, length, cap, allocate);
            }
            case CompiledPromotion.AMOUNT_PER_UNIT: {
                shares.reset(length);
                for (int k = 0; k < length; k++) {
                    int line = tl[start + k];
                    long q = quantity[line];
                    long units = p.maxQuantity < 0 ? q : Math.min(q, p.maxQuantity);
                    if (Shares.compareProducts(amounts.a, q, remaining[line], 1) <= 0) {
                        shares.set(k, units, amounts.a, 1, 1, 1);
                    } else {
                        shares.set(k, units, remaining[line], 1, q, 1);
                    }
                }
                return shares.compute(cap, allocate);
            }
            case CompiledPromotion.AMOUNT_PER_LINE: {
                shares.reset(length);
                for (int k = 0; k < length; k++) {
                    shares.whole(k, Math.min(amounts.a, remaining[tl[start + k]]));
                }
                return shares.compute(cap, allocate);
            }
            case CompiledPromotion.SPEND_THRESHOLD: {
                long reached = targetedSum(remaining, j);
                long off = 0;
                if (p.repeat) {
                    off = Shares.saturatingMultiply(reached / amounts.spends[0], amounts.offs[0]);
                } else {
                    long bestSpend = -1;
                    for (int i = 0; i < amounts.spends.length; i++) {
                        long spend = amounts.spends[i];
                        if (spend <= reached && (spend > bestSpend || (spend == bestSpend && amounts.offs[i] > off))) {
                            bestSpend = spend;
                            off = amounts.offs[i];
                        }
                    }
                }
                return proportional(Math.min(off, reached), reached, remaining, start, length, cap, allocate);
            }
            case CompiledPromotion.BUY_X_GET_Y:
                return buyXGetY(p, remaining, start, length, cap, allocate);
            case CompiledPromotion.FIXED_PRICE: {
                shares.reset(length);
                for (int k = 0; k < length; k++) {
                    int line = tl[start + k];
                    boolean dearer = Shares.compareProducts(amounts.a, quantity[line], remaining[line], 1) < 0;
                    shares.whole(k, dearer ? remaining[line] - amounts.a * quantity[line] : 0);
                }
                return shares.compute(cap, allocate);
            }
            case CompiledPromotion.GIFT:
                shares.reset(length);
                Arrays.fill(shares.out, 0, length, 0L);
                return 0;
            case CompiledPromotion.DEPOSIT: {
                long reached = targetedSum(remaining, j);
                long giveAway = Math.max(0, Math.min(amounts.b, reached) - amounts.a);
                return proportional(giveAway, reached, remaining, start, length, cap, allocate);
            }
            case CompiledPromotion.SHIPPING_AMOUNT:
                return Math.min(Math.min(amounts.a, shippingLeft), cap);
            case CompiledPromotion.SHIPPING_PERCENT:
                shares.reset(1);
                bigPercent(p);
                shares.set(0, shippingLeft, p.percentNum, 1, p.percentDen, 1);
                return shares.compute(cap, false);
            default:
                throw new IllegalStateException("effect kind " + p.kind);
        }
    }

    private void bigPercent(CompiledPromotion p) {
        if (p.bigPercentNum != null) {
            shares.bigFactor(p.bigPercentNum, p.bigPercentDen);
        }
    }

    /** An amount that belongs to the order, shared in proportion to the targeted lines' remaining amounts. */
    private long proportional(long amount, long whole, long[] remaining, int start, int length, long cap, boolean allocate) {
        shares.reset(length);
        if (amount <= 0 || whole <= 0) {
            if (allocate) {
                Arrays.fill(shares.out, 0, length, 0L);
            }
            return 0;
        }
        for (int k = 0; k < length; k++) {
            shares.set(k, amount, remaining[s.tlBuffer[start + k]], 1, whole, 1);
        }
        return shares.compute(cap, allocate);
    }

    /** Rule 17: the units of all targeted lines pooled, the cheapest discounted, equal prices earlier line first. */
    private long buyXGetY(CompiledPromotion p, long[] remaining, int start, int length, long cap, boolean allocate) {
        int[] tl = s.tlBuffer;
        long units = 0;
        for (int k = 0; k < length; k++) {
            units += quantity[tl[start + k]];
        }
        long free = p.buy > Long.MAX_VALUE - p.get ? 0 : units / (p.buy + p.get) * p.get;
        int[] order = s.order;
        for (int k = 0; k < length; k++) {
            int line = tl[start + k];
            int at = k - 1;
            while (at >= 0 && cheaper(line, tl[start + order[at]], remaining)) {
                order[at + 1] = order[at];
                at--;
            }
            order[at + 1] = k;
        }
        shares.reset(length);
        bigPercent(p);
        for (int k = 0; k < length; k++) {
            shares.whole(k, 0);
        }
        for (int o = 0; o < length && free > 0; o++) {
            int k = order[o];
            int line = tl[start + k];
            long taken = Math.min(free, quantity[line]);
            free -= taken;
            shares.set(k, taken, remaining[line], p.percentNum, quantity[line], p.percentDen);
        }
        return shares.compute(cap, allocate);
    }

    /** Whether line a's unit price is strictly below line b's: {@code rem_a / q_a < rem_b / q_b}. */
    private boolean cheaper(int a, int b, long[] remaining) {
        return Shares.compareProducts(remaining[a], quantity[b], remaining[b], quantity[a]) < 0;
    }

    // ---- the answer -----------------------------------------------------------------------------------------

    private PricingAnswer answer(RejectedList rejected) {
        Simulation sim = chosen;
        Money zero = Money.zero(currency);
        PricingAnswer.LineResult[] lineResults = new PricingAnswer.LineResult[lineCount];
        long discountTotal = 0;
        List<CartLine> lines = request.lines();
        for (int i = 0; i < lineCount; i++) {
            long discount = 0;
            List<PricingAnswer.Allocation> allocations = List.of();
            if (sim != null) {
                PricingAnswer.Allocation[] found = null;
                int count = 0;
                for (int m = 0; m < sim.members.length; m++) {
                    long taken = sim.allocation[m * lineCount + i];
                    if (taken > 0) {
                        if (found == null) {
                            found = new PricingAnswer.Allocation[sim.members.length];
                        }
                        found[count++] = new PricingAnswer.Allocation(all[s.reached[sim.members[m]]].id, money(taken));
                        discount += taken;
                    }
                }
                if (count > 0) {
                    allocations = List.of(count == found.length ? found : Arrays.copyOf(found, count));
                }
            }
            discountTotal += discount;
            lineResults[i] = new PricingAnswer.LineResult(lines.get(i).id(), money(subtotal[i]),
                    discount == 0 ? zero : money(discount), money(subtotal[i] - discount), allocations);
        }
        List<PricingAnswer.Applied> applied = List.of();
        List<PricingAnswer.GiftResult> gifts = List.of();
        long shippingDiscount = 0;
        long deposits = 0;
        if (sim != null) {
            List<PricingAnswer.Applied> appliedList = new ArrayList<>(sim.members.length);
            List<PricingAnswer.GiftResult> giftList = null;
            for (int m = 0; m < sim.members.length; m++) {
                if (!sim.applied[m]) {
                    continue;
                }
                int j = sim.members[m];
                CompiledPromotion p = all[s.reached[j]];
                appliedList.add(new PricingAnswer.Applied(p.id, p.code, money(sim.amount[m])));
                if (p.isGift()) {
                    if (giftList == null) {
                        giftList = new ArrayList<>();
                    }
                    giftList.add(new PricingAnswer.GiftResult(p.id, p.giftSku, p.giftQuantity));
                } else if (p.isDeposit()) {
                    deposits = Math.addExact(deposits, s.amounts[j].a);
                }
            }
            shippingDiscount = sim.shippingDiscount;
            applied = List.copyOf(appliedList);
            gifts = giftList == null ? List.of() : List.copyOf(giftList);
        }
        long due = orderSubtotal - discountTotal + shipping - shippingDiscount;
        long depositPaid = Math.min(deposits, due);
        return new PricingAnswer(currency, money(orderSubtotal), money(discountTotal), request.shipping(),
                money(shippingDiscount), money(depositPaid), money(due - depositPaid), List.of(lineResults), gifts,
                applied, rejected);
    }

    private Money money(long minorUnits) {
        return Money.ofMinor(minorUnits, currency);
    }

    private String format(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, digits).toPlainString();
    }
}
