package dev.shequn.application.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedAtTest {

    public record Budget(String amount, String currency) {
        @AssertTrue(message = "a budget names its currency")
        @ReportedAt("currency")
        public boolean isCurrencyNamed() {
            return currency != null;
        }
    }

    public record Command(@Valid Budget budget, List<@Valid Budget> budgets) implements SelfValidating {
        @AssertTrue(message = "one budget at most")
        @ReportedAt("budgets")
        public boolean isOneBudget() {
            return budget == null || budgets.isEmpty();
        }

        @AssertTrue(message = "unannotated checks keep their name")
        public boolean isAlwaysFalse() {
            return false;
        }
    }

    @Test
    void givenCrossFieldChecks_whenViolated_thenReportedAtTheFieldTheyNameNotTheMethod() {
        List<Violation> violations =
                new Command(new Budget("1", null), List.of(new Budget("2", null))).violations();

        assertThat(violations).extracting(Violation::field)
                .containsExactly("alwaysFalse", "budget.currency", "budgets", "budgets[0].currency");
    }
}
