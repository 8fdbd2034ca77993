package dev.shequn.domain.merchant;

import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;

public record MerchantCreated(MerchantId merchantId, String name, String currency, Instant occurredAt)
        implements DomainEvent {}
