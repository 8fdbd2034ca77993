package dev.shequn.domain.community;

import io.vavr.control.Either;

/** The rules a join must pass, each a small policy; the first that refuses gives the reason. */
final class JoinPolicies {

    /** The policies' answer when they let a member in. */
    record Allowance() {}

    @FunctionalInterface
    interface JoinPolicy {
        Either<JoinRejection, Allowance> check(Community community);
    }

    private JoinPolicies() {}

    static final JoinPolicy NOT_ARCHIVED = c -> c.status() == CommunityStatus.ARCHIVED
            ? Either.left(new JoinRejection(JoinRejection.Reason.COMMUNITY_ARCHIVED, c.id() + " is archived"))
            : Either.right(new Allowance());

    static final JoinPolicy HAS_ROOM = c -> c.hasRoom()
            ? Either.right(new Allowance())
            : Either.left(new JoinRejection(JoinRejection.Reason.COMMUNITY_FULL,
                    c.id() + " is full (" + c.memberCount() + "/" + c.capacity() + ")"));

    static JoinPolicy minimumTier(TierStandingCheck tiers) {
        return c -> c.minimumTier().isEmpty() || tiers.holdsAtLeast(c.minimumTier().get())
                ? Either.right(new Allowance())
                : Either.left(new JoinRejection(JoinRejection.Reason.TIER_TOO_LOW,
                        c.id() + " needs tier " + c.minimumTier().get() + " or higher"));
    }

    static Either<JoinRejection, Allowance> all(Community community, TierStandingCheck tiers) {
        return NOT_ARCHIVED.check(community)
                .flatMap(a -> HAS_ROOM.check(community))
                .flatMap(a -> minimumTier(tiers).check(community));
    }
}
