package dev.shequn.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.json.JsonArray;
import dev.shequn.application.json.JsonBoolean;
import dev.shequn.application.json.JsonNull;
import dev.shequn.application.json.JsonNumber;
import dev.shequn.application.json.JsonObject;
import dev.shequn.application.json.JsonParser;
import dev.shequn.application.json.JsonPosition;
import dev.shequn.application.json.JsonString;
import dev.shequn.application.json.JsonValue;
import dev.shequn.application.json.JsonWriter;
import dev.shequn.application.port.in.EvaluatePricingUseCase.JsonReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Broken variants of the contract's examples (a value replaced, a member removed or given twice) never
 * make the mapping throw: each is answered, or refused with pointers, and a refusal is stable.
 */
class PricingJsonRobustnessProperties {

    private static final List<JsonValue> REPLACEMENTS = List.of(JsonNull.NULL, JsonString.of(""), JsonString.of("0"),
            JsonString.of("-1"), JsonString.of("100.001"), JsonString.of("CNY"), JsonString.of("2026-11-23T10:00:00Z"),
            JsonString.of("percentOff"), JsonString.of("unit"), JsonNumber.of(0), JsonNumber.of(-1), JsonNumber.of(1),
            new JsonNumber("1.5", JsonPosition.NONE), new JsonNumber("1e400", JsonPosition.NONE),
            new JsonNumber("99999999999999999999", JsonPosition.NONE), JsonBoolean.of(true),
            JsonObject.builder().build(), JsonArray.of(List.of()), JsonArray.of(List.of(JsonNumber.of(1))));

    private static final List<ContractExamples.Example> EXAMPLES = ContractExamples.all();

    private final EvaluatePricingService pricing = new EvaluatePricingService();

    @Property(tries = 300)
    void aBrokenExampleIsAnsweredOrRefusedNeverThrown(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int mutations) {
        Random random = new Random(seed);
        JsonValue document = JsonParser.parse(EXAMPLES.get(random.nextInt(EXAMPLES.size())).request()).get();
        for (int i = 0; i < mutations; i++) {
            document = mutate(document, random.nextInt(count(document)), random);
        }
        String request = JsonWriter.compact(document);

        JsonReply reply = pricing.evaluateJson(request);

        assertThat(reply.status()).as(request).isIn(200, 400);
        assertThat(JsonParser.parse(reply.body()).isRight()).isTrue();
        assertThat(pricing.evaluateJson(request)).isEqualTo(reply);
    }

    private static int count(JsonValue value) {
        int count = 1;
        if (value instanceof JsonObject object) {
            for (JsonObject.Member member : object.members()) {
                count += count(member.value());
            }
        } else if (value instanceof JsonArray array) {
            for (JsonValue element : array.elements()) {
                count += count(element);
            }
        }
        return count;
    }

    /** Mutates the node at {@code target} in pre-order (0 is {@code value} itself). */
    private static JsonValue mutate(JsonValue value, int target, Random random) {
        if (target == 0) {
            return REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
        }
        int index = 1;
        if (value instanceof JsonObject object) {
            List<JsonObject.Member> members = new ArrayList<>(object.members());
            for (int i = 0; i < members.size(); i++) {
                JsonObject.Member member = members.get(i);
                int size = count(member.value());
                if (target < index + size) {
                    if (target == index && random.nextInt(3) == 0) {
                        if (random.nextBoolean()) {
                            members.remove(i);
                        } else {
                            members.add(i + 1, member);
                        }
                    } else {
                        members.set(i, new JsonObject.Member(member.name(), mutate(member.value(), target - index, random),
                                member.position()));
                    }
                    return new JsonObject(members, object.position());
                }
                index += size;
            }
        } else if (value instanceof JsonArray array) {
            List<JsonValue> elements = new ArrayList<>(array.elements());
            for (int i = 0; i < elements.size(); i++) {
                int size = count(elements.get(i));
                if (target < index + size) {
                    elements.set(i, mutate(elements.get(i), target - index, random));
                    return new JsonArray(elements, array.position());
                }
                index += size;
            }
        }
        throw new IllegalStateException("no node " + target);
    }
}
