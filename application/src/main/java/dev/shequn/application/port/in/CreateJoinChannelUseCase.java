package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.community.ChannelId;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Creates a join channel (活码) over an ordered pool of the merchant's communities. Without a code, a random
 * one is made; a code is unique within the merchant.
 */
public interface CreateJoinChannelUseCase {

    Either<UseCaseError, Result> createJoinChannel(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = "[A-Za-z0-9_-]{4,64}", message = "must be 4 to 64 letters, digits, '-' or '_'") String code,
            @NotEmpty @Size(max = 100) List<@NotNull CommunityId> pool) implements SelfValidating {}

    record Result(ChannelId channelId, String code) {}
}
