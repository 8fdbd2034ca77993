package dev.shequn.application.community;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.Commands;
import dev.shequn.application.common.Transactions;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.common.UseCaseRefusal;
import dev.shequn.application.common.UseCaseError.NotFound;
import dev.shequn.application.common.UseCaseError.Refused;
import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.port.in.ReportMessageUseCase;
import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.application.port.out.ModerationRepository;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityEvents.MemberWarned;
import dev.shequn.domain.community.Membership;
import dev.shequn.domain.community.ModerationPolicy;
import dev.shequn.domain.community.ModerationRecord;
import dev.shequn.domain.community.ModerationVerdict;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reported messages against a community's group rules: warn, then remove. */
public final class ModerationService implements ReportMessageUseCase {

    private final CommunityRepository communities;
    private final MembershipRepository memberships;
    private final ModerationRepository moderation;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public ModerationService(CommunityRepository communities, MembershipRepository memberships,
            ModerationRepository moderation, EventOutbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.communities = requireNonNull(communities, "communities");
        this.memberships = requireNonNull(memberships, "memberships");
        this.moderation = requireNonNull(moderation, "moderation");
        this.outbox = requireNonNull(outbox, "outbox");
        this.transactions = new Transactions(unitOfWork);
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Either<UseCaseError, Result> reportMessage(Command command) {
        return Commands.ifValid(command, () -> transactions.write("moderation of " + command.memberId(), () -> {
            Instant now = clock.instant();
            Optional<Community> found = communities.find(command.merchantId(), command.communityId());
            if (found.isEmpty()) {
                return Either.left(new NotFound("community", command.communityId().value()));
            }
            Community community = found.get();
            Optional<Membership> membership = memberships.find(command.merchantId(), command.communityId(), command.memberId())
                    .filter(Membership::isActive);
            if (membership.isEmpty()) {
                return Either.left(new Refused(UseCaseRefusal.NOT_A_MEMBER, command.memberId() + " is not a member of " + community.id()));
            }
            ModerationPolicy policy = community.moderation();
            ModerationRecord record = moderation.find(command.merchantId(), command.communityId(), command.memberId())
                    .orElseGet(() -> ModerationRecord.create(command.merchantId(), command.communityId(), command.memberId()));
            ModerationVerdict verdict = policy.assess(command.message(), record.activeWarnings(policy.warningWindow(), now));
            switch (verdict.action()) {
                case NONE -> { }
                case WARN -> {
                    record.warn(policy.warningWindow(), now);
                    VersionConflict.check(moderation.save(record), "moderation of " + command.memberId());
                    outbox.append(List.of(new MemberWarned(command.merchantId(), community.id(), command.memberId(),
                            verdict.rule().orElseThrow(), record.activeWarnings(policy.warningWindow(), now), now)));
                }
                case REMOVE -> {
                    var event = community.remove(membership.get(), "moderation: " + verdict.rule().orElseThrow(), now)
                            .getOrElseThrow(r -> new IllegalStateException(r.detail()));
                    VersionConflict.check(communities.save(community), "community " + community.id());
                    VersionConflict.check(memberships.save(membership.get()), "membership " + command.memberId());
                    outbox.append(List.of(event));
                }
            }
            return Either.right(new Result(verdict.action(), verdict.rule()));
        }));
    }
}
