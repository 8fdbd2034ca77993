package dev.shequn.adapter.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SystemSourcesTest {

    @Test
    void givenAPrefix_whenIdsAreMade_thenTheyCarryItAndNeverRepeat() {
        UuidIdGenerator ids = new UuidIdGenerator();

        Set<String> made = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> made.add(ids.newId("c")));

        assertThat(made).hasSize(1000)
                .allMatch(id -> id.matches("c-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertThat(ids.newId("c").length()).isLessThanOrEqualTo(64);
        assertThatIllegalArgumentException().isThrownBy(() -> ids.newId(" "));
    }

    @Test
    void givenACount_whenRandomBytesAreAsked_thenThatManyComeAndTheyDiffer() {
        SecureRandomSource random = new SecureRandomSource();

        assertThat(random.nextBytes(0)).isEmpty();
        assertThat(random.nextBytes(32)).hasSize(32).isNotEqualTo(random.nextBytes(32));
        assertThatIllegalArgumentException().isThrownBy(() -> random.nextBytes(-1));
    }
}
