package dev.shequn.application.port.out;

import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.tier.TierLadder;
import java.util.Optional;

/**
 * Each merchant's tier ladder (at most one per merchant).
 *
 * <p>Optimistic versioning, so that several stateless servers over one database stay exact without locks:
 * {@code save} writes only if the stored version is still the one the aggregate was read at (its
 * {@code version()}, 0 for one never stored) and makes it {@code version() + 1}; otherwise it writes nothing and
 * answers {@code false}, and the use case retries in a fresh unit of work. Every row carries its merchant id.
 */
public interface TierLadderRepository {

    Optional<TierLadder> find(MerchantId merchantId);

    boolean save(TierLadder ladder);
}
