package dev.shequn.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.shequn.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnlyOnJavaGuavaAndVavr = classes()
            .that().resideInAPackage("dev.shequn.domain..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.shequn.domain..", "java..", "com.google.common..", "io.vavr..")
            .as("the domain depends only on java.*, guava and vavr");

    @ArchTest
    static final ArchRule domainSlicesAreFreeOfCycles = slices()
            .matching("dev.shequn.domain.(*)..")
            .should().beFreeOfCycles();
}
