package dev.shequn.application.common;

import jakarta.validation.ConstraintViolation;
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
        String path = v.getPropertyPath().toString();
        return new Violation(path.isEmpty() ? "command" : path, v.getMessage());
    }

    /** One validator for the process: building the factory is costly, using it is thread-safe. */
    final class Holder {
        private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();

        private Holder() {}
    }
}
