package dev.shequn.application.pricing;

import dev.shequn.application.json.JsonPointer;
import dev.shequn.application.port.in.EvaluatePricingUseCase.Violation;
import java.util.ArrayList;
import java.util.List;

/** The violations found so far, in the order they were found. */
final class Violations {

    private final List<Violation> found = new ArrayList<>();

    void add(JsonPointer at, String detail) {
        found.add(new Violation(at.toString(), detail));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Violation> list() {
        return List.copyOf(found);
    }
}
