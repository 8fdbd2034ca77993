package dev.shequn.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.port.in.EvaluatePricingUseCase.Violation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PricingContractReaderExamplesTest {

    static Stream<ContractExamples.Example> valid() {
        return ContractExamples.all().stream().filter(e -> !e.isRefusal());
    }

    static Stream<ContractExamples.Example> refused() {
        return ContractExamples.all().stream().filter(ContractExamples.Example::isRefusal);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void givenAValidExample_whenReading_thenItIsAccepted(ContractExamples.Example example) {
        assertThat(PricingContractReader.read(example.request()).swap().getOrElse(List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void givenARefusedExample_whenReading_thenItsProblemMatches(ContractExamples.Example example) {
        List<Violation> violations = PricingContractReader.read(example.request()).getLeft();
        String problem = PricingProblem.write(PricingProblem.invalidRequest(violations));

        assertThat(ContractAnswerMatcher.differences(example.expected(), problem)).isEmpty();
    }
}
