package dev.shequn.adapter.rest;

import static dev.shequn.adapter.rest.RestServer.Access.ADMIN;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.out.ApiKeyRepository.StoredApiKey;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Base64;
import java.util.Currency;

/** {@code POST /v1/merchants}, with the admin key: a new tenant and its first API key, shown this once. */
final class MerchantRoutes {

    /** 32 random bytes: a key nobody guesses, so a fast hash (SHA-256) is enough to store it. */
    private static final int KEY_BYTES = 32;
    private static final String KEY_PREFIX = "sq_";

    private final RestServer.Router router;

    MerchantRoutes(RestServer.Router router) {
        this.router = router;
    }

    void register() {
        router.post("/v1/merchants", ADMIN, this::create);
    }

    record CreateMerchantBody(
            @NotNull @Pattern(regexp = "^[A-Za-z0-9_-]{1,64}$", message = "must be 1 to 64 letters, digits, '-' or '_'") String merchantId,
            @NotNull @Pattern(regexp = Wire.NAME, message = "must be 1 to 200 characters without control characters") String name,
            @NotNull @Pattern(regexp = Wire.CURRENCY, message = "must be an ISO 4217 code such as CNY") String currency) {}

    record MerchantCreated(String merchantId, String apiKey) {}

    /** What a replay of the creation answers: the key is never stored in the clear, so it cannot be repeated. */
    record MerchantCreatedReplay(String merchantId, String note) {}

    private Reply create(Request request) {
        CreateMerchantBody body = request.body(CreateMerchantBody.class);
        Currency currency = Wire.convert("/currency", body.currency(), Currency::getInstance);
        MerchantId merchantId = new MerchantId(body.merchantId());
        String apiKey = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(router.services().random().nextBytes(KEY_BYTES));
        // The merchant and its key are one change: a merchant without a usable key would be unreachable.
        Either<UseCaseError, CreateMerchantUseCase.Result> outcome = router.services().unitOfWork().inTransaction(() -> {
            Either<UseCaseError, CreateMerchantUseCase.Result> created = router.services().createMerchant()
                    .createMerchant(new CreateMerchantUseCase.Command(merchantId, body.name(), currency));
            created.forEach(result -> router.services().apiKeys()
                    .save(new StoredApiKey(result.merchantId(), Hashing.sha256Hex(apiKey))));
            return created;
        });
        return UseCaseErrors.reply(outcome, result -> new Reply(201,
                new MerchantCreated(result.merchantId().value(), apiKey),
                new MerchantCreatedReplay(result.merchantId().value(),
                        "The API key is shown only in the first answer; it is stored hashed and cannot be repeated.")));
    }
}
