package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.shequn.domain.shared.RefusalReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalMappingTest {

    /** Every reason any rule can give, found on the class path, so a new reason enum is covered without editing. */
    static List<RefusalReason> everyReason() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.shequn").stream()
                .filter(JavaClass::isEnum)
                .filter(c -> c.isAssignableTo(RefusalReason.class))
                .flatMap(c -> List.of((RefusalReason[]) c.reflect().getEnumConstants()).stream())
                .toList();
    }

    @Test
    void givenEveryRefusalReason_whenAnswered_thenA4xxProblemNamingTheReason() {
        List<RefusalReason> reasons = everyReason();

        assertThat(reasons).as("the domain's and the application's reasons").hasSizeGreaterThan(40);
        for (RefusalReason reason : reasons) {
            Problem problem = UseCaseErrors.refusal(reason, "detail");
            assertThat(problem.status()).as(reason.name()).isBetween(400, 499);
            assertThat(problem.reason()).isEqualTo(reason.name());
        }
    }

    @Test
    void givenACurrencyMismatch_whenAnswered_thenItIsA400AboutTheRequestNotAConflict() {
        assertThat(UseCaseErrors.refusal(dev.shequn.application.common.UseCaseRefusal.CURRENCY_MISMATCH, "d").status())
                .isEqualTo(400);
        assertThat(UseCaseErrors.refusal(dev.shequn.domain.community.JoinRejection.Reason.COMMUNITY_FULL, "d").status())
                .isEqualTo(409);
    }
}
