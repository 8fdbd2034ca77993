package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.community.ChannelId;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** A join channel (活码, live code) by its code, with its ordered pool; {@code NotFound} for an unknown code. */
public interface FindJoinChannelUseCase {

    Either<UseCaseError, Channel> findJoinChannel(Query query);

    record Query(@NotNull MerchantId merchantId, @NotBlank @Size(max = 64) String code) implements SelfValidating {}

    record Channel(ChannelId id, String name, String code, List<CommunityId> pool, Instant createdAt) {
        public Channel {
            pool = List.copyOf(pool);
        }
    }
}
