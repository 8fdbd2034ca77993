package dev.shequn.application.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.shequn.application", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationArchitectureTest {

    @ArchTest
    static final ArchRule applicationDependsOnlyOnDomainJavaGuavaVavrAndValidation = classes()
            .that().resideInAPackage("dev.shequn.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "dev.shequn.application..", "dev.shequn.domain..", "java..", "com.google.common..", "io.vavr..",
                    "jakarta.validation..")
            .as("the application depends only on the domain, java.*, guava, vavr and jakarta.validation");
}
