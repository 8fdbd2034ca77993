package dev.shequn.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractAnswerMatcherTest {

    private static final String EXPECTED = "{\"total\":\"10.00\",\"lines\":[{\"id\":\"l1\"}],\"errors\":[{\"pointer\":\"/a\"}],"
            + "\"title\":\"T\",\"quantity\":1,\"code\":null}";

    @Test
    void givenEqualDecimalsWrittenDifferentlyAndFreeTextAndExtraFields_whenMatching_thenThereIsNoDifference() {
        String actual = "{\"extra\":1,\"total\":\"10\",\"lines\":[{\"id\":\"l1\",\"more\":2}],"
                + "\"errors\":[{\"pointer\":\"/a\",\"detail\":\"d\"}],\"title\":\"other\",\"quantity\":1,\"code\":null}";

        assertThat(ContractAnswerMatcher.differences(EXPECTED, actual)).isEmpty();
    }

    @Test
    void givenADifferentAmount_whenMatching_thenItIsADifference() {
        assertThat(ContractAnswerMatcher.differences(EXPECTED, EXPECTED.replace("10.00", "10.01")))
                .containsExactly("/total: expected 10.00, got 10.01");
    }

    @Test
    void givenAMissingFieldAListOfAnotherLengthAndAnotherPointer_whenMatching_thenEachIsADifference() {
        String actual = "{\"lines\":[{\"id\":\"l1\"},{\"id\":\"l2\"}],\"errors\":[{\"pointer\":\"/b\"}],\"quantity\":2,\"code\":\"C\"}";

        assertThat(ContractAnswerMatcher.differences(EXPECTED, actual)).hasSize(5)
                .anySatisfy(d -> assertThat(d).startsWith("/total: expected once"))
                .anySatisfy(d -> assertThat(d).startsWith("/lines: expected 1 elements, got 2"))
                .anySatisfy(d -> assertThat(d).startsWith("/errors/0/pointer: expected \"/a\""))
                .anySatisfy(d -> assertThat(d).startsWith("/quantity: expected 1, got 2"))
                .anySatisfy(d -> assertThat(d).startsWith("/code: expected null"));
    }

    @Test
    void givenTextThatIsNotJson_whenMatching_thenItIsADifference() {
        assertThat(ContractAnswerMatcher.differences(EXPECTED, "oops")).hasSize(1);
    }
}
