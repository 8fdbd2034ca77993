package dev.shequn.adapter.cli.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * The rings and the house rules over every module's production classes (adapter-cli sees them all).
 * {@link ArchitectureRulesCatchViolationsTest} shows each rule failing on a class that breaks it.
 */
@AnalyzeClasses(packages = "dev.shequn",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    static final String COMPOSITION_ROOT = "dev.shequn.adapter.cli.boot..";

    @ArchTest
    static final ArchRule ONION_RINGS = onionArchitecture()
            .domainModels("dev.shequn.domain..")
            .domainServices("dev.shequn.domain..")
            .applicationServices("dev.shequn.application..")
            .adapter("persistence", "dev.shequn.adapter.persistence..")
            .adapter("rest", "dev.shequn.adapter.rest..")
            .adapter("cli", "dev.shequn.adapter.cli..")
            .ignoreDependency(resideInAPackage(COMPOSITION_ROOT), alwaysTrue())
            .withOptionalLayers(true)
            .as("domain inside application inside adapters; only the composition root wires adapters together");

    @ArchTest
    static final ArchRule ADAPTERS_INDEPENDENT = slices()
            .matching("dev.shequn.adapter.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage(COMPOSITION_ROOT), alwaysTrue())
            .as("adapters do not depend on each other, except the composition root dev.shequn.adapter.cli.boot");

    @ArchTest
    static final ArchRule USE_CASE_NAMING = classes()
            .that().resideInAPackage("..port.in").and().areInterfaces().and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith("UseCase")
            .as("interfaces in port.in are use cases named *UseCase");

    @ArchTest
    static final ArchRule USE_CASES_ARE_PORT_IN_INTERFACES = classes()
            .that().haveSimpleNameEndingWith("UseCase")
            .should().beInterfaces().andShould().resideInAPackage("..port.in")
            .as("*UseCase names only interfaces in port.in");

    @ArchTest
    static final ArchRule PORT_IN_DOES_NOT_KNOW_PORT_OUT = noClasses()
            .that().resideInAPackage("..port.in..")
            .should().dependOnClassesThat().resideInAPackage("..port.out..")
            .as("driving ports do not know driven ports");

    @ArchTest
    static final ArchRule NO_WALL_CLOCK = noClasses()
            .that().resideOutsideOfPackage(COMPOSITION_ROOT)
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .as("time comes from an injected Clock; only the composition root reads the wall clock");

    @ArchTest
    static final ArchRule NO_STANDARD_STREAMS_OUTSIDE_CLI = noClasses()
            .that().resideOutsideOfPackage("dev.shequn.adapter.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .as("only the command line writes to System.out and System.err");

    @ArchTest
    static final ArchRule DOMAIN_SLICES_FREE_OF_CYCLES = slices()
            .matching("dev.shequn.domain.(*)..")
            .should().beFreeOfCycles();

    /**
     * Other modules' test-jars (test fixtures) sit on this module's test classpath as jars, which
     * {@code DoNotIncludeTests} does not recognise.
     */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }
}
