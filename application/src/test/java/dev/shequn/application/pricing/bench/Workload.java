package dev.shequn.application.pricing.bench;

import dev.shequn.application.json.JsonArray;
import dev.shequn.application.json.JsonObject;
import dev.shequn.application.json.JsonParser;
import dev.shequn.application.json.JsonValue;
import dev.shequn.application.json.JsonWriter;
import dev.shequn.application.pricing.PricingContractReader;
import dev.shequn.domain.promotion.PricingRequest;
import dev.shequn.domain.promotion.Promotion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark workload file ({@code bench/pricing-workload-N.json}, copied from the shared bench folder):
 * N promotions and 64 carts, read through the contract's JSON reader. Each cart plus the promotions is a
 * full contract request ({@link #fullRequests}), the carts alone are the engine's requests ({@link #carts}).
 */
public final class Workload {

    public final int size;
    public final JsonArray promotionsJson;
    public final JsonArray cartsJson;
    public final List<Promotion> promotions;
    public final List<PricingRequest> carts;
    public final List<String> fullRequests;

    private Workload(int size, JsonArray promotionsJson, JsonArray cartsJson, List<Promotion> promotions,
                     List<PricingRequest> carts, List<String> fullRequests) {
        this.size = size;
        this.promotionsJson = promotionsJson;
        this.cartsJson = cartsJson;
        this.promotions = promotions;
        this.carts = carts;
        this.fullRequests = fullRequests;
    }

    public static Workload load(int size) {
        String name = "/bench/pricing-workload-" + size + ".json";
        String text;
        try (InputStream in = Workload.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonObject root = (JsonObject) JsonParser.parse(text).getOrElseThrow(e -> new IllegalStateException(e.toString()));
        JsonArray promotions = (JsonArray) root.first("promotions").orElseThrow();
        JsonArray carts = (JsonArray) root.first("carts").orElseThrow();
        String promotionsText = JsonWriter.compact(promotions);
        List<PricingRequest> requests = new ArrayList<>();
        List<String> full = new ArrayList<>();
        List<Promotion> read = null;
        for (JsonValue cart : carts.elements()) {
            String cartText = JsonWriter.compact(cart);
            String fullText = cartText.substring(0, cartText.length() - 1) + ",\"promotions\":" + promotionsText + "}";
            full.add(fullText);
            requests.add(PricingContractReader.read(cartText)
                    .getOrElseThrow(v -> new IllegalStateException("cart refused: " + v)).request());
            if (read == null) {
                read = PricingContractReader.read(fullText)
                        .getOrElseThrow(v -> new IllegalStateException("promotions refused: " + v)).promotions();
            }
        }
        return new Workload(size, promotions, carts, read, List.copyOf(requests), List.copyOf(full));
    }
}
