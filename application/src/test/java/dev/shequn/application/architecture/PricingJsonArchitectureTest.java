package dev.shequn.application.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The JSON mapping of the pricing contract stays inside the application's allowed dependencies. */
@AnalyzeClasses(packages = "dev.shequn.application", importOptions = ImportOption.DoNotIncludeTests.class)
class PricingJsonArchitectureTest {

    @ArchTest
    static final ArchRule jsonLayerIsFreeOfFrameworks = classes()
            .that().resideInAPackage("dev.shequn.application.json..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.shequn.application.json..", "java..", "io.vavr..")
            .as("the JSON layer depends only on java.* and vavr");

    @ArchTest
    static final ArchRule jsonLayerKnowsNoContract = noClasses()
            .that().resideInAPackage("dev.shequn.application.json..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.shequn.domain..", "dev.shequn.application.pricing..")
            .as("the JSON layer is generic: it knows nothing of pricing");

    @ArchTest
    static final ArchRule pricingUsesOnlyAllowedLibraries = classes()
            .that().resideInAPackage("dev.shequn.application.pricing..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.shequn.application..", "dev.shequn.domain..",
                    "java..", "io.vavr..", "com.google.common..", "jakarta.validation..")
            .as("the pricing mapping uses no JSON framework");

    @ArchTest
    static final ArchRule portInKnowsNoPortOut = noClasses()
            .that().resideInAPackage("dev.shequn.application.port.in..")
            .should().dependOnClassesThat().resideInAPackage("dev.shequn.application.port.out..");
}
