package dev.shequn.application.port.out;

import dev.shequn.domain.merchant.Merchant;
import dev.shequn.domain.shared.MerchantId;
import java.util.Optional;

/**
 * The merchants (tenants).
 *
 * <p>Optimistic versioning, so that several stateless servers over one database stay exact without locks:
 * {@code save} writes only if the stored version is still the one the aggregate was read at (its
 * {@code version()}, 0 for one never stored) and makes it {@code version() + 1}; otherwise it writes nothing and
 * answers {@code false}, and the use case retries in a fresh unit of work. Every row carries its merchant id.
 */
public interface MerchantRepository {

    Optional<Merchant> find(MerchantId id);

    /** False also when a new merchant's id is already taken. */
    boolean save(Merchant merchant);
}
