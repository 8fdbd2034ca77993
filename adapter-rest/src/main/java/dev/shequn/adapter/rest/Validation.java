package dev.shequn.adapter.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Comparator;

/** Turns jakarta.validation violations (of REST's request records or of use-case commands) into a 400. */
final class Validation {

    private Validation() {}

    /** {@code lines[2].sku} becomes the JSON pointer {@code /lines/2/sku}. */
    static String pointer(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().isEmpty()) {
                if (node.getIndex() != null && out.length() > 0 && node.isInIterable()) {
                    out.append('/').append(node.getIndex());
                }
                if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                        || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                    out.append('/').append(node.getName().replace("~", "~0").replace("/", "~1"));
                }
            } else if (node.getIndex() != null) {
                out.append('/').append(node.getIndex());
            }
        }
        return out.toString();
    }

    static Problem problem(ConstraintViolationException e) {
        return Problem.validation(e.getConstraintViolations().stream()
                .map(v -> Problem.FieldError.at(pointer(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::pointer))
                .toList());
    }
}
