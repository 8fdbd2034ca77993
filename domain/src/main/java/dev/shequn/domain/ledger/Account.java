package dev.shequn.domain.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.MemberId;
import java.util.Optional;

/** One account of a merchant's books: a member's (then {@code member} names it) or the merchant's own. */
public record Account(AccountType type, Asset asset, Optional<MemberId> member) {

    public Account {
        requireNonNull(type, "type");
        requireNonNull(asset, "asset");
        requireNonNull(member, "member");
        checkArgument(type.isMemberAccount() == member.isPresent(),
                "%s is %s a member's account", type, type.isMemberAccount() ? "" : "not");
    }

    public static Account of(MemberId member, AccountType type, Asset asset) {
        return new Account(type, asset, Optional.of(member));
    }

    public static Account merchant(AccountType type, Asset asset) {
        return new Account(type, asset, Optional.empty());
    }
}
