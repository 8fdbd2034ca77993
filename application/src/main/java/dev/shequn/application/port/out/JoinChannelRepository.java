package dev.shequn.application.port.out;

import dev.shequn.domain.community.ChannelId;
import dev.shequn.domain.community.JoinChannel;
import dev.shequn.domain.shared.MerchantId;
import java.util.Optional;

/**
 * Join channels (活码); a code is unique within its merchant.
 *
 * <p>Optimistic versioning, so that several stateless servers over one database stay exact without locks:
 * {@code save} writes only if the stored version is still the one the aggregate was read at (its
 * {@code version()}, 0 for one never stored) and makes it {@code version() + 1}; otherwise it writes nothing and
 * answers {@code false}, and the use case retries in a fresh unit of work. Every row carries its merchant id.
 */
public interface JoinChannelRepository {

    Optional<JoinChannel> find(MerchantId merchantId, ChannelId id);

    Optional<JoinChannel> findByCode(MerchantId merchantId, String code);

    /** False also when a new channel's id or code is already taken in the merchant. */
    boolean save(JoinChannel channel);
}
