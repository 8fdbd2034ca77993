package dev.shequn.adapter.cli.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.shequn.adapter.cli.boot.EmbeddingExample;
import dev.shequn.adapter.persistence.memory.InMemoryPorts;
import dev.shequn.adapter.persistence.memory.InMemoryStore;
import dev.shequn.adapter.rest.fixture.RestTalkingToStorage;
import dev.shequn.application.Shequn;
import dev.shequn.application.fixture.WallClockReader;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.MisnamedPort;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.community.Community;
import dev.shequn.domain.fixture.LeakyDomainModel;
import org.junit.jupiter.api.Test;

/** The rules are not vacuous: each fails on a class made to break it, and passes on real classes. */
class ArchitectureRulesCatchViolationsTest {

    private static JavaClasses load(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static void assertCatches(ArchRule rule, JavaClasses violating, JavaClasses clean) {
        assertThat(rule.evaluate(violating).hasViolation()).as("%s on the violating classes", rule.getDescription()).isTrue();
        assertThat(rule.evaluate(clean).hasViolation()).as("%s on clean classes", rule.getDescription()).isFalse();
    }

    @Test
    void givenWallClockCallOutsideTheCompositionRoot_whenChecked_thenViolation() {
        assertCatches(ArchitectureTest.NO_WALL_CLOCK, load(WallClockReader.class), load(Shequn.class, EmbeddingExample.class));
    }

    @Test
    void givenDomainClassUsingAnAdapter_whenChecked_thenOnionViolation() {
        assertCatches(ArchitectureTest.ONION_RINGS, load(LeakyDomainModel.class, InMemoryStore.class),
                load(Community.class, InMemoryStore.class, Shequn.class));
    }

    @Test
    void givenRestAdapterUsingPersistence_whenChecked_thenAdaptersNotIndependent() {
        assertCatches(ArchitectureTest.ADAPTERS_INDEPENDENT, load(RestTalkingToStorage.class, InMemoryPorts.class),
                load(EmbeddingExample.class, InMemoryPorts.class));
    }

    @Test
    void givenPortInInterfaceNotNamedUseCaseKnowingAnOutPort_whenChecked_thenBothRulesFire() {
        JavaClasses violating = load(MisnamedPort.class, UnitOfWork.class);
        JavaClasses clean = load(CreateCommunityUseCase.class, UnitOfWork.class);
        assertCatches(ArchitectureTest.USE_CASE_NAMING, violating, clean);
        assertCatches(ArchitectureTest.PORT_IN_DOES_NOT_KNOW_PORT_OUT, violating, clean);
    }

    @Test
    void givenDomainClassPrinting_whenChecked_thenStandardStreamsViolation() {
        assertCatches(ArchitectureTest.NO_STANDARD_STREAMS_OUTSIDE_CLI, load(LeakyDomainModel.class),
                load(Community.class, EmbeddingExample.class));
    }
}
