package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Currency;

/** Registers a merchant (tenant); its id is chosen by the host. */
public interface CreateMerchantUseCase {

    Either<UseCaseError, Result> createMerchant(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotBlank @Size(max = 200) String name,
            @NotNull Currency currency) implements SelfValidating {}

    record Result(MerchantId merchantId) {}
}
