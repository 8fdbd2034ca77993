package dev.shequn.application.pricing;

import dev.shequn.application.json.JsonArray;
import dev.shequn.application.json.JsonBoolean;
import dev.shequn.application.json.JsonNull;
import dev.shequn.application.json.JsonObject;
import dev.shequn.application.json.JsonParser;
import dev.shequn.application.json.JsonPointer;
import dev.shequn.application.json.JsonString;
import dev.shequn.application.json.JsonSyntaxError;
import dev.shequn.application.json.JsonValue;
import dev.shequn.application.port.in.EvaluatePricingUseCase.ContractRequest;
import dev.shequn.application.port.in.EvaluatePricingUseCase.Violation;
import dev.shequn.domain.promotion.CartLine;
import dev.shequn.domain.promotion.Condition;
import dev.shequn.domain.promotion.Effect;
import dev.shequn.domain.promotion.MemberContext;
import dev.shequn.domain.promotion.PricingRequest;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.Scope;
import dev.shequn.domain.promotion.Stacking;
import dev.shequn.domain.promotion.Target;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the JSON form of a pricing contract request strictly (pricing contract, "Errors" and rules 23 to
 * 26 and 30 to 32) and maps it to the domain's records. Either every violation, each at its field's JSON
 * pointer, or the request: never both, and nothing is built when anything is wrong.
 *
 * <p>Order of the violations: the document is walked in a fixed schema order, and inside each object the
 * unknown and duplicate names come first (in document order), then the known fields in schema order
 * (top level: currency, at, member, lines, shipping, codes, promotions; a line: id, sku, category,
 * unitPrice, quantity; a promotion: id, name, code, currency, priority, stacking, group, validFrom,
 * validUntil, conditions, target, effect, maxDiscount, budget, redemptions, perMemberLimit). Checks that
 * involve two fields are reported where the contract points them, at that field's turn.
 *
 * <p>Choices where the contract is silent: every amount is at least zero; whole numbers other than
 * {@code priority} (any 64-bit value) and line {@code quantity} (1 to 1,000,000) run from their minimum to
 * {@value #MAX_COUNT}; amounts are at most 10^15 minor units each and a line's subtotal (and the order's)
 * at most that too, so that exact arithmetic on them cannot overflow; {@code purchaseOrdinal} bounds are at
 * least 0; a {@code member} without {@code id} is read with the id {@code ""}, which only appears in
 * {@code detail} texts.
 */
public final class PricingContractReader {

    static final long MAX_COUNT = Integer.MAX_VALUE;

    private static final List<String> TOP = List.of("currency", "at", "member", "lines", "shipping", "codes", "promotions");
    private static final List<String> MEMBER = List.of("id", "tier", "tags", "communities", "paidOrders", "usage");
    private static final List<String> LINE = List.of("id", "sku", "category", "unitPrice", "quantity");
    private static final List<String> PROMOTION = List.of("id", "name", "code", "currency", "priority", "stacking",
            "group", "validFrom", "validUntil", "conditions", "target", "effect", "maxDiscount", "budget",
            "redemptions", "perMemberLimit");
    private static final List<String> TARGET = List.of("skus", "categories", "excludeSkus", "excludeCategories");
    private static final List<String> BUDGET = List.of("limit", "used");
    private static final List<String> REDEMPTIONS = List.of("limit", "used");
    private static final List<String> STEP = List.of("spend", "off");

    private static final Map<String, List<String>> CONDITION_FIELDS = orderedMap(
            "minSubtotal", List.of("amount", "scope"),
            "minQuantity", List.of("quantity", "scope"),
            "tierIn", List.of("tiers"),
            "hasTag", List.of("tags", "match"),
            "memberOf", List.of("communities"),
            "purchaseOrdinal", List.of("equals", "atLeast", "atMost"));

    private static final Map<String, List<String>> EFFECT_FIELDS = orderedMap(
            "percentOff", List.of("percent", "maxQuantity"),
            "amountOff", List.of("amount", "per", "maxQuantity"),
            "spendThreshold", List.of("steps", "repeat"),
            "buyXGetY", List.of("buy", "get", "percent"),
            "fixedPrice", List.of("unitPrice"),
            "gift", List.of("sku", "quantity"),
            "depositCredit", List.of("deposit", "credit"),
            "shippingOff", List.of("amount", "percent"));

    private static final String MAX_QUANTITY_MISPLACED =
            "maxQuantity is allowed only on percentOff and on amountOff with per \"unit\"";

    private static final Map<String, Stacking> STACKING = Map.of("stackable", Stacking.STACKABLE, "exclusive", Stacking.EXCLUSIVE);
    private static final Map<String, Scope> SCOPE = Map.of("order", Scope.ORDER, "target", Scope.TARGET);
    private static final Map<String, Condition.Match> MATCH = Map.of("any", Condition.Match.ANY, "all", Condition.Match.ALL);
    private static final Map<String, Effect.Per> PER = Map.of("order", Effect.Per.ORDER, "unit", Effect.Per.UNIT, "line", Effect.Per.LINE);

    private final Violations out = new Violations();

    private PricingContractReader() {}

    /** Parses and reads a request; unreadable JSON is one violation at pointer {@code ""} with line and column. */
    public static Either<List<Violation>, ContractRequest> read(String json) {
        Either<JsonSyntaxError, JsonValue> parsed = JsonParser.parse(json);
        if (parsed.isLeft()) {
            JsonSyntaxError error = parsed.getLeft();
            return Either.left(List.of(new Violation("", "the request is not readable JSON: " + error.message()
                    + " at line " + error.position().line() + ", column " + error.position().column())));
        }
        return read(parsed.get());
    }

    public static Either<List<Violation>, ContractRequest> read(JsonValue document) {
        PricingContractReader reader = new PricingContractReader();
        Optional<ContractRequest> request = reader.request(document);
        return reader.out.isEmpty() && request.isPresent()
                ? Either.right(request.get())
                : Either.left(reader.out.list());
    }

    /**
     * Reads one promotion definition of the contract, as stored catalogues take it: violations point below
     * {@code at}, and amounts without the promotion's own {@code currency} are in {@code currency}.
     */
    public static Either<List<Violation>, Promotion> readPromotion(JsonValue value, JsonPointer at, Currency currency) {
        PricingContractReader reader = new PricingContractReader();
        if (!(value instanceof JsonObject object)) {
            reader.out.add(at, "a promotion must be an object, not " + Fields.found(value));
            return Either.left(reader.out.list());
        }
        Optional<Promotion> promotion = reader.promotion(object, at, Optional.of(currency), new HashMap<>(), 0);
        return reader.out.isEmpty() && promotion.isPresent()
                ? Either.right(promotion.get())
                : Either.left(reader.out.list());
    }

    private Optional<ContractRequest> request(JsonValue document) {
        if (!(document instanceof JsonObject object)) {
            out.add(JsonPointer.ROOT, "the request must be a JSON object, not " + Fields.found(document));
            return Optional.empty();
        }
        Fields top = Fields.of(object, JsonPointer.ROOT, out, TOP);
        Optional<Currency> currency = top.currency("currency", true);
        Optional<Instant> at = top.instant("at", true);
        Optional<MemberContext> member = top.object("member", false).flatMap(m -> member(m, top.pointer("member")));
        List<CartLine> lines = lines(top, currency);
        Optional<BigDecimal> shipping = top.amount("shipping", false, currency);
        Optional<List<String>> codes = top.strings("codes", false);
        List<Promotion> promotions = promotions(top, currency);
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        Currency theCurrency = currency.orElseThrow();
        PricingRequest request = new PricingRequest(theCurrency, at.orElseThrow(), member, lines,
                money(shipping.orElse(BigDecimal.ZERO), theCurrency), codes.orElse(List.of()));
        return Optional.of(new ContractRequest(request, promotions));
    }

    private Optional<MemberContext> member(JsonObject object, JsonPointer at) {
        Fields member = Fields.of(object, at, out, MEMBER);
        Optional<String> id = member.string("id", false);
        Optional<String> tier = member.string("tier", false);
        Optional<List<String>> tags = member.strings("tags", false);
        Optional<List<String>> communities = member.strings("communities", false);
        Optional<Long> paidOrders = member.integer("paidOrders", false, 0, MAX_COUNT);
        Map<String, Long> usage = member.object("usage", false).map(u -> usage(u, member.pointer("usage"))).orElse(Map.of());
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MemberContext(id.orElse(""), tier, tags.orElse(List.of()), communities.orElse(List.of()),
                paidOrders.orElse(0L), usage));
    }

    private Map<String, Long> usage(JsonObject object, JsonPointer at) {
        Fields usage = Fields.ofAnyNames(object, at, out);
        Map<String, Long> counts = new HashMap<>();
        for (JsonObject.Member entry : object.members()) {
            if (!counts.containsKey(entry.name())) {
                usage.integer(entry.name(), false, 0, MAX_COUNT).ifPresent(count -> counts.put(entry.name(), count));
            }
        }
        return counts;
    }

    private List<CartLine> lines(Fields top, Optional<Currency> currency) {
        JsonPointer at = top.pointer("lines");
        if (!top.has("lines")) {
            top.report("lines", "lines is required: at least one line");
            return List.of();
        }
        Optional<JsonArray> array = top.array("lines", false);
        if (array.isEmpty()) {
            return List.of();
        }
        if (array.get().size() == 0) {
            top.report("lines", "lines must hold at least one line");
            return List.of();
        }
        Map<String, Integer> firstLineWithId = new HashMap<>();
        List<CartLine> lines = new ArrayList<>();
        BigInteger orderMinor = BigInteger.ZERO;
        boolean aLineIsTooLarge = false;
        for (int i = 0; i < array.get().size(); i++) {
            JsonPointer lineAt = at.child(i);
            if (!(array.get().get(i) instanceof JsonObject object)) {
                out.add(lineAt, "a line must be an object, not " + Fields.found(array.get().get(i)));
                continue;
            }
            Fields line = Fields.of(object, lineAt, out, LINE);
            Optional<String> id = line.string("id", true);
            if (id.isPresent()) {
                Integer earlier = firstLineWithId.putIfAbsent(id.get(), i);
                if (earlier != null) {
                    line.report("id", "line id \"" + Fields.abbreviate(id.get()) + "\" is already the id of /lines/" + earlier
                            + "; line ids are unique in a request");
                }
            }
            Optional<String> sku = line.string("sku", false);
            Optional<String> category = line.string("category", false);
            Optional<BigDecimal> unitPrice = line.amount("unitPrice", true, currency);
            Optional<Long> quantity = line.integer("quantity", true, 1, CartLine.MAX_QUANTITY);
            if (unitPrice.isPresent() && quantity.isPresent() && currency.isPresent()) {
                BigInteger lineMinor = minor(unitPrice.get(), currency.get()).multiply(BigInteger.valueOf(quantity.get()));
                orderMinor = orderMinor.add(lineMinor);
                if (lineMinor.compareTo(Fields.MAX_MINOR_UNITS) > 0) {
                    aLineIsTooLarge = true;
                    out.add(lineAt, "the line's subtotal (unitPrice x quantity) is too large: at most "
                            + new BigDecimal(Fields.MAX_MINOR_UNITS, currency.get().getDefaultFractionDigits()).toPlainString());
                }
            }
            if (out.isEmpty()) {
                Currency c = currency.orElseThrow();
                lines.add(new CartLine(id.orElseThrow(), sku, category, money(unitPrice.orElseThrow(), c),
                        Math.toIntExact(quantity.orElseThrow())));
            }
        }
        if (orderMinor.compareTo(Fields.MAX_MINOR_UNITS) > 0 && !aLineIsTooLarge) {
            top.report("lines", "the order's subtotal is too large: at most "
                    + new BigDecimal(Fields.MAX_MINOR_UNITS, currency.orElseThrow().getDefaultFractionDigits()).toPlainString());
        }
        return lines;
    }

    private List<Promotion> promotions(Fields top, Optional<Currency> requestCurrency) {
        Optional<JsonArray> array = top.array("promotions", false);
        if (array.isEmpty()) {
            return List.of();
        }
        JsonPointer at = top.pointer("promotions");
        Map<String, Integer> firstWithId = new HashMap<>();
        List<Promotion> promotions = new ArrayList<>();
        for (int i = 0; i < array.get().size(); i++) {
            JsonPointer promotionAt = at.child(i);
            if (!(array.get().get(i) instanceof JsonObject object)) {
                out.add(promotionAt, "a promotion must be an object, not " + Fields.found(array.get().get(i)));
                continue;
            }
            promotion(object, promotionAt, requestCurrency, firstWithId, i).ifPresent(promotions::add);
        }
        return promotions;
    }

    private Optional<Promotion> promotion(JsonObject object, JsonPointer at, Optional<Currency> requestCurrency,
            Map<String, Integer> firstWithId, int index) {
        Fields p = Fields.of(object, at, out, PROMOTION);
        boolean deposit = "depositCredit".equals(effectType(p).orElse(null));

        Optional<String> id = p.string("id", true);
        if (id.isPresent()) {
            Integer earlier = firstWithId.putIfAbsent(id.get(), index);
            if (earlier != null) {
                p.report("id", "promotion id \"" + Fields.abbreviate(id.get()) + "\" is already the id of /promotions/"
                        + earlier + "; promotion ids are unique in a request");
            }
        }
        Optional<String> name = p.string("name", false);
        Optional<String> code = p.string("code", false);
        Optional<Currency> ownCurrency = p.currency("currency", false);
        // Rule 31: with an invalid own currency, the promotion's amounts are judged by no currency at all.
        Optional<Currency> currency = p.has("currency") ? ownCurrency : requestCurrency;
        Optional<Long> priority = p.integer("priority", false, Long.MIN_VALUE, Long.MAX_VALUE);
        Optional<Stacking> stacking = p.choice("stacking", STACKING, List.of("stackable", "exclusive"));
        if (deposit && stacking.filter(s -> s == Stacking.EXCLUSIVE).isPresent()) {
            p.report("stacking", "a depositCredit promotion is money already paid and must be stackable");
        }
        Optional<String> group = p.string("group", false);
        if (deposit && group.isPresent()) {
            p.report("group", "a depositCredit promotion joins every combination and cannot have a group");
        }
        Optional<Instant> validFrom = p.instant("validFrom", false);
        Optional<Instant> validUntil = p.instant("validUntil", false);
        List<Condition> conditions = conditions(p, currency);
        Optional<Target> target = p.object("target", false).flatMap(t -> target(t, p.pointer("target")));
        Optional<Effect> effect = p.object("effect", true).flatMap(e -> effect(e, p.pointer("effect"), currency));
        Optional<BigDecimal> maxDiscount = p.amount("maxDiscount", false, currency);
        Optional<Budget> budget = p.object("budget", false).flatMap(b -> budget(b, p.pointer("budget"), currency));
        Optional<Promotion.Redemptions> redemptions =
                p.object("redemptions", false).flatMap(r -> redemptions(r, p.pointer("redemptions")));
        Optional<Long> perMemberLimit = p.integer("perMemberLimit", false, 0, MAX_COUNT);
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        Currency c = currency.orElseThrow();
        return Optional.of(new Promotion(id.orElseThrow(), name, code, ownCurrency, priority.orElse(0L),
                stacking.orElse(Stacking.STACKABLE), group, validFrom, validUntil, conditions,
                target.orElse(Target.EVERY_LINE), effect.orElseThrow(), maxDiscount.map(m -> money(m, c)),
                budget.map(b -> new Promotion.Budget(money(b.limit, c), money(b.used, c))), redemptions,
                perMemberLimit.map(OptionalLong::of).orElse(OptionalLong.empty())));
    }

    /** The effect's type when it is readable: lets earlier fields (stacking, group) judge a deposit. */
    private static Optional<String> effectType(Fields promotion) {
        return promotion.raw("effect")
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .filter(effect -> effect.count("type") == 1)
                .flatMap(effect -> effect.first("type"))
                .filter(JsonString.class::isInstance)
                .map(type -> ((JsonString) type).value());
    }

    private List<Condition> conditions(Fields p, Optional<Currency> currency) {
        Optional<JsonArray> array = p.array("conditions", false);
        if (array.isEmpty()) {
            return List.of();
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < array.get().size(); i++) {
            JsonPointer at = p.pointer("conditions").child(i);
            if (!(array.get().get(i) instanceof JsonObject object)) {
                out.add(at, "a condition must be an object, not " + Fields.found(array.get().get(i)));
                continue;
            }
            condition(object, at, currency).ifPresent(conditions::add);
        }
        return conditions;
    }

    /**
     * The object's {@code type} if it is one of {@code types}; else reports it at {@code type} only, and the
     * other fields are not judged: they belong to a type nobody knows.
     */
    private Optional<String> knownType(JsonObject object, JsonPointer at, Set<String> types, String what) {
        JsonPointer typeAt = at.child("type");
        String list = String.join(", ", types);
        if (object.count("type") > 1) {
            out.add(typeAt, "type is given more than once; give each field once");
            return Optional.empty();
        }
        Optional<JsonValue> type = object.first("type").filter(t -> !(t instanceof JsonNull));
        if (type.isEmpty()) {
            out.add(typeAt, "type is required: one of " + list);
            return Optional.empty();
        }
        if (!(type.get() instanceof JsonString string)) {
            out.add(typeAt, "type must be a string, one of " + list + ", not " + Fields.found(type.get()));
            return Optional.empty();
        }
        if (!types.contains(string.value())) {
            out.add(typeAt, "unknown " + what + " type \"" + Fields.abbreviate(string.value()) + "\"; the " + what
                    + " types are " + list);
            return Optional.empty();
        }
        return Optional.of(string.value());
    }

    private Optional<Condition> condition(JsonObject object, JsonPointer at, Optional<Currency> currency) {
        Optional<String> type = knownType(object, at, CONDITION_FIELDS.keySet(), "condition");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Fields c = Fields.of(object, at, out, withType(CONDITION_FIELDS.get(type.get())));
        Optional<? extends Condition> condition = switch (type.get()) {
            case "minSubtotal" -> {
                Optional<BigDecimal> amount = c.amount("amount", true, currency);
                Optional<Scope> scope = c.choice("scope", SCOPE, List.of("order", "target"));
                yield built(() -> new Condition.MinSubtotal(money(amount.orElseThrow(), currency.orElseThrow()),
                        scope.orElse(Scope.ORDER)));
            }
            case "minQuantity" -> {
                Optional<Long> quantity = c.integer("quantity", true, 0, MAX_COUNT);
                Optional<Scope> scope = c.choice("scope", SCOPE, List.of("order", "target"));
                yield built(() -> new Condition.MinQuantity(quantity.orElseThrow(), scope.orElse(Scope.ORDER)));
            }
            case "tierIn" -> {
                Optional<List<String>> tiers = c.strings("tiers", true);
                yield built(() -> new Condition.TierIn(tiers.orElseThrow()));
            }
            case "hasTag" -> {
                Optional<List<String>> tags = c.strings("tags", true);
                Optional<Condition.Match> match = c.choice("match", MATCH, List.of("any", "all"));
                yield built(() -> new Condition.HasTag(tags.orElseThrow(), match.orElse(Condition.Match.ANY)));
            }
            case "memberOf" -> {
                Optional<List<String>> communities = c.strings("communities", true);
                yield built(() -> new Condition.MemberOf(communities.orElseThrow()));
            }
            case "purchaseOrdinal" -> purchaseOrdinal(c);
            default -> throw new IllegalStateException("condition type " + type.get());
        };
        return condition.map(Condition.class::cast);
    }

    private Optional<Condition.PurchaseOrdinal> purchaseOrdinal(Fields c) {
        boolean hasRange = c.has("atLeast") || c.has("atMost");
        if (!c.has("equals") && !hasRange) {
            c.report("equals", "purchaseOrdinal needs equals, or atLeast and/or atMost");
        }
        Optional<Long> equalTo = c.integer("equals", false, 0, MAX_COUNT);
        Optional<Long> atLeast = c.integer("atLeast", false, 0, MAX_COUNT);
        if (c.has("equals") && c.has("atLeast")) {
            c.report("atLeast", "purchaseOrdinal takes either equals or a range (atLeast, atMost), not both");
        }
        Optional<Long> atMost = c.integer("atMost", false, 0, MAX_COUNT);
        if (c.has("equals") && c.has("atMost") && !c.has("atLeast")) {
            c.report("atMost", "purchaseOrdinal takes either equals or a range (atLeast, atMost), not both");
        }
        return built(() -> new Condition.PurchaseOrdinal(optionalLong(equalTo), optionalLong(atLeast), optionalLong(atMost)));
    }

    private Optional<Target> target(JsonObject object, JsonPointer at) {
        Fields t = Fields.of(object, at, out, TARGET);
        Optional<List<String>> skus = t.strings("skus", false);
        Optional<List<String>> categories = t.strings("categories", false);
        Optional<List<String>> excludeSkus = t.strings("excludeSkus", false);
        Optional<List<String>> excludeCategories = t.strings("excludeCategories", false);
        return built(() -> new Target(Set.copyOf(skus.orElse(List.of())), Set.copyOf(categories.orElse(List.of())),
                Set.copyOf(excludeSkus.orElse(List.of())), Set.copyOf(excludeCategories.orElse(List.of()))));
    }

    private Optional<Effect> effect(JsonObject object, JsonPointer at, Optional<Currency> currency) {
        Optional<String> type = knownType(object, at, EFFECT_FIELDS.keySet(), "effect");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> misplaced = type.get().equals("percentOff") || type.get().equals("amountOff")
                ? Map.of()
                : Map.of("maxQuantity", MAX_QUANTITY_MISPLACED);
        Fields e = Fields.of(object, at, out, withType(EFFECT_FIELDS.get(type.get())), misplaced);
        Optional<? extends Effect> effect = switch (type.get()) {
            case "percentOff" -> {
                Optional<BigDecimal> percent = e.percent("percent", true);
                Optional<Long> maxQuantity = e.integer("maxQuantity", false, 1, MAX_COUNT);
                yield built(() -> new Effect.PercentOff(percent.orElseThrow(), optionalLong(maxQuantity)));
            }
            case "amountOff" -> {
                Optional<BigDecimal> amount = e.amount("amount", true, currency);
                Optional<Effect.Per> per = e.choice("per", PER, List.of("order", "unit", "line"));
                Optional<Long> maxQuantity = e.integer("maxQuantity", false, 1, MAX_COUNT);
                boolean perKnown = !e.has("per") || per.isPresent();
                if (perKnown && e.has("maxQuantity") && per.orElse(Effect.Per.ORDER) != Effect.Per.UNIT) {
                    e.report("maxQuantity", MAX_QUANTITY_MISPLACED);
                }
                yield built(() -> new Effect.AmountOff(money(amount.orElseThrow(), currency.orElseThrow()),
                        per.orElse(Effect.Per.ORDER), optionalLong(maxQuantity)));
            }
            case "spendThreshold" -> spendThreshold(e, currency);
            case "buyXGetY" -> {
                Optional<Long> buy = e.integer("buy", true, 1, MAX_COUNT);
                Optional<Long> get = e.integer("get", true, 1, MAX_COUNT);
                Optional<BigDecimal> percent = e.percent("percent", false);
                yield built(() -> new Effect.BuyXGetY(buy.orElseThrow(), get.orElseThrow(),
                        percent.orElse(BigDecimal.valueOf(100))));
            }
            case "fixedPrice" -> {
                Optional<BigDecimal> unitPrice = e.amount("unitPrice", true, currency);
                yield built(() -> new Effect.FixedPrice(money(unitPrice.orElseThrow(), currency.orElseThrow())));
            }
            case "gift" -> {
                Optional<String> sku = e.string("sku", true);
                Optional<Long> quantity = e.integer("quantity", false, 1, MAX_COUNT);
                yield built(() -> new Effect.Gift(sku.orElseThrow(), quantity.orElse(1L)));
            }
            case "depositCredit" -> {
                Optional<BigDecimal> deposit = e.amount("deposit", true, currency);
                Optional<BigDecimal> credit = e.amount("credit", true, currency);
                if (deposit.isPresent() && credit.isPresent() && credit.get().compareTo(deposit.get()) < 0) {
                    e.report("credit", "credit (" + credit.get().toPlainString() + ") must be at least deposit ("
                            + deposit.get().toPlainString() + ")");
                }
                yield built(() -> new Effect.DepositCredit(money(deposit.orElseThrow(), currency.orElseThrow()),
                        money(credit.orElseThrow(), currency.orElseThrow())));
            }
            case "shippingOff" -> {
                boolean both = e.has("amount") && e.has("percent");
                if (!e.has("amount") && !e.has("percent")) {
                    e.report("amount", "shippingOff needs exactly one of amount and percent; it has neither");
                }
                Optional<BigDecimal> amount = e.amount("amount", false, currency);
                Optional<BigDecimal> percent = Optional.empty();
                if (both) {
                    e.report("percent", "shippingOff needs exactly one of amount and percent; it has both");
                } else {
                    percent = e.percent("percent", false);
                }
                Optional<BigDecimal> thePercent = percent;
                yield built(() -> new Effect.ShippingOff(amount.map(a -> money(a, currency.orElseThrow())), thePercent));
            }
            default -> throw new IllegalStateException("effect type " + type.get());
        };
        return effect.map(Effect.class::cast);
    }

    private Optional<Effect.SpendThreshold> spendThreshold(Fields e, Optional<Currency> currency) {
        boolean repeats = e.raw("repeat").filter(r -> r instanceof JsonBoolean b && b.value())
                .isPresent();
        Optional<JsonArray> array = e.array("steps", true);
        List<Effect.Step> steps = new ArrayList<>();
        if (array.isPresent() && array.get().size() == 0) {
            e.report("steps", "steps must hold at least one step");
        }
        for (int i = 0; array.isPresent() && i < array.get().size(); i++) {
            JsonPointer at = e.pointer("steps").child(i);
            if (!(array.get().get(i) instanceof JsonObject object)) {
                out.add(at, "a step must be an object, not " + Fields.found(array.get().get(i)));
                continue;
            }
            Fields step = Fields.of(object, at, out, STEP);
            Optional<BigDecimal> spend = step.amount("spend", true, currency);
            if (repeats && array.get().size() == 1 && spend.filter(s -> s.signum() == 0).isPresent()) {
                step.report("spend", "a repeating step needs spend above 0");
            }
            Optional<BigDecimal> off = step.amount("off", true, currency);
            if (out.isEmpty()) {
                steps.add(new Effect.Step(money(spend.orElseThrow(), currency.orElseThrow()),
                        money(off.orElseThrow(), currency.orElseThrow())));
            }
        }
        Optional<Boolean> repeat = e.bool("repeat");
        if (repeat.orElse(false) && array.isPresent() && array.get().size() > 1) {
            e.report("repeat", "repeat needs exactly one step; this effect has " + array.get().size());
        }
        return built(() -> new Effect.SpendThreshold(steps, repeat.orElse(false)));
    }

    private record Budget(BigDecimal limit, BigDecimal used) {}

    private Optional<Budget> budget(JsonObject object, JsonPointer at, Optional<Currency> currency) {
        Fields b = Fields.of(object, at, out, BUDGET);
        Optional<BigDecimal> limit = b.amount("limit", true, currency);
        Optional<BigDecimal> used = b.amount("used", false, currency);
        return built(() -> new Budget(limit.orElseThrow(), used.orElse(BigDecimal.ZERO)));
    }

    private Optional<Promotion.Redemptions> redemptions(JsonObject object, JsonPointer at) {
        Fields r = Fields.of(object, at, out, REDEMPTIONS);
        Optional<Long> limit = r.integer("limit", true, 0, MAX_COUNT);
        Optional<Long> used = r.integer("used", false, 0, MAX_COUNT);
        return built(() -> new Promotion.Redemptions(limit.orElseThrow(), used.orElse(0L)));
    }

    /** Builds a record only when nothing at all was reported: then every required part is there. */
    private <T> Optional<T> built(Supplier<T> build) {
        return out.isEmpty() ? Optional.of(build.get()) : Optional.empty();
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount, currency);
    }

    private static BigInteger minor(BigDecimal amount, Currency currency) {
        return amount.movePointRight(currency.getDefaultFractionDigits()).toBigIntegerExact();
    }

    private static OptionalLong optionalLong(Optional<Long> value) {
        return value.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    private static List<String> withType(List<String> fields) {
        List<String> all = new ArrayList<>(fields.size() + 1);
        all.add("type");
        all.addAll(fields);
        return List.copyOf(all);
    }

    private static Map<String, List<String>> orderedMap(Object... keysAndValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> value = (List<String>) keysAndValues[i + 1];
            map.put((String) keysAndValues[i], value);
        }
        return Collections.unmodifiableMap(map);
    }
}
