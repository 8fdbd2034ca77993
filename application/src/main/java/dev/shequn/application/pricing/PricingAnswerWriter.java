package dev.shequn.application.pricing;

import dev.shequn.application.json.JsonArray;
import dev.shequn.application.json.JsonNumber;
import dev.shequn.application.json.JsonObject;
import dev.shequn.application.json.JsonValue;
import dev.shequn.application.json.JsonWriter;
import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.shared.Money;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a {@link PricingAnswer} in the contract's JSON form: the fields and their order of the contract's
 * Answer section, every amount a string with exactly the currency's minor-unit digits, {@code code: null}
 * for a promotion without one and {@code promotion: null} for an unknown code.
 */
public final class PricingAnswerWriter {

    private PricingAnswerWriter() {}

    /** One line of JSON, without a line break at the end. */
    public static String write(PricingAnswer answer) {
        return JsonWriter.compact(toJson(answer));
    }

    public static JsonObject toJson(PricingAnswer answer) {
        return JsonObject.builder()
                .put("currency", answer.currency().getCurrencyCode())
                .put("subtotal", amount(answer.subtotal()))
                .put("discountTotal", amount(answer.discountTotal()))
                .put("shipping", amount(answer.shipping()))
                .put("shippingDiscount", amount(answer.shippingDiscount()))
                .put("total", amount(answer.total()))
                .put("depositPaid", amount(answer.depositPaid()))
                .put("lines", array(answer.lines(), line -> JsonObject.builder()
                        .put("id", line.id())
                        .put("subtotal", amount(line.subtotal()))
                        .put("discount", amount(line.discount()))
                        .put("total", amount(line.total()))
                        .put("allocations", array(line.allocations(), allocation -> JsonObject.builder()
                                .put("promotion", allocation.promotion())
                                .put("amount", amount(allocation.amount()))
                                .build()))
                        .build()))
                .put("gifts", array(answer.gifts(), gift -> JsonObject.builder()
                        .put("promotion", gift.promotion())
                        .put("sku", gift.sku())
                        .put("quantity", JsonNumber.of(gift.quantity()))
                        .build()))
                .put("applied", array(answer.applied(), applied -> JsonObject.builder()
                        .put("promotion", applied.promotion())
                        .put("code", applied.code().orElse(null))
                        .put("amount", amount(applied.amount()))
                        .build()))
                .put("rejected", array(answer.rejected(), rejected -> JsonObject.builder()
                        .put("promotion", rejected.promotion().orElse(null))
                        .put("code", rejected.code().orElse(null))
                        .put("reason", rejected.reason().name())
                        .put("detail", rejected.detail())
                        .build()))
                .build();
    }

    private static String amount(Money money) {
        return money.toPlainString();
    }

    private static <T> JsonArray array(List<T> items, Function<T, ? extends JsonValue> toJson) {
        return JsonArray.of(items.stream().map(toJson).toList());
    }
}
