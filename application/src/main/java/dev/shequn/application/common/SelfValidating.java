package dev.shequn.application.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;

/**
 * A command that checks its own jakarta.validation constraints. It answers violations instead of throwing at
 * construction, so that a use case can refuse a bad command as a value naming every violation, before it
 * touches anything, and an adapter can check at its edge with the same rules.
 */
public interface SelfValidating {

    default List<Violation> violations() {
        return Holder.VALIDATOR.validate(this).stream()
                .map(SelfValidating::toViolation)
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .distinct()
                .toList();
    }

    private static Violation toViolation(ConstraintViolation<SelfValidating> v) {
        String path = reportedPath(v);
        return new Violation(path.isEmpty() ? "command" : path, v.getMessage());
    }

    /** The property path, with a cross-field check's method name replaced by its {@link ReportedAt} field. */
    private static String reportedPath(ConstraintViolation<SelfValidating> v) {
        String path = v.getPropertyPath().toString();
        Object bean = v.getLeafBean();
        if (bean == null) {
            return path;
        }
        String leaf = null;
        for (Path.Node node : v.getPropertyPath()) {
            leaf = node.getName();
        }
        if (leaf == null) {
            return path;
        }
        ReportedAt at = reportedAt(bean.getClass(), leaf);
        if (at == null) {
            return path;
        }
        String parent = path.length() > leaf.length() ? path.substring(0, path.length() - leaf.length() - 1) : "";
        if (at.value().isEmpty()) {
            return parent;
        }
        return parent.isEmpty() ? at.value() : parent + "." + at.value();
    }

    private static ReportedAt reportedAt(Class<?> type, String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : List.of("is" + capitalised, "get" + capitalised, property)) {
            try {
                return type.getMethod(name).getAnnotation(ReportedAt.class);
            } catch (NoSuchMethodException absent) {
                // not this accessor's name; try the next
            }
        }
        return null;
    }

    /** One validator for the process: building the factory is costly, using it is thread-safe. */
    final class Holder {
        private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();

        private Holder() {}
    }
}
