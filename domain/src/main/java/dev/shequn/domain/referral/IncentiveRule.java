package dev.shequn.domain.referral;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.referral.WithheldReason.Code;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One of a merchant's incentive rules: on {@code trigger}, give {@code beneficiary} the {@code reward}, within
 * a validity window {@code [validFrom, validUntil)}, at most {@code perDayCap} times a day and {@code totalCap}
 * times in all per beneficiary, while {@code budget} (in the reward's units: points, cash minor units, or
 * coupons and gifts counted one each) lasts.
 *
 * <p>It keeps what it has spent; every grant changes it and is saved under the rule's version, so grants under
 * one rule are serialised across servers and its budget and caps stay exact. {@code version}: stored version
 * read at (0: new).
 */
public final class IncentiveRule {

    /** What a merchant decides about a rule. */
    public record Definition(
            String name,
            Trigger trigger,
            Beneficiary beneficiary,
            Reward reward,
            OptionalLong perDayCap,
            OptionalLong totalCap,
            Optional<Instant> validFrom,
            Optional<Instant> validUntil,
            OptionalLong budget,
            boolean active) {

        public Definition {
            requireNonNull(name, "name");
            checkArgument(!name.isBlank() && name.length() <= 200, "rule name is 1 to 200 characters");
            requireNonNull(trigger, "trigger");
            requireNonNull(beneficiary, "beneficiary");
            requireNonNull(reward, "reward");
            requireNonNull(perDayCap, "perDayCap");
            perDayCap.ifPresent(c -> checkArgument(c > 0, "perDayCap must be positive"));
            requireNonNull(totalCap, "totalCap");
            totalCap.ifPresent(c -> checkArgument(c > 0, "totalCap must be positive"));
            requireNonNull(validFrom, "validFrom");
            requireNonNull(validUntil, "validUntil");
            validFrom.ifPresent(f -> validUntil.ifPresent(u -> checkArgument(f.isBefore(u), "validFrom is before validUntil")));
            requireNonNull(budget, "budget");
            budget.ifPresent(b -> checkArgument(b > 0, "budget must be positive"));
        }

        /** Active, unlimited, always valid. */
        public static Definition of(String name, Trigger trigger, Beneficiary beneficiary, Reward reward) {
            return new Definition(name, trigger, beneficiary, reward, OptionalLong.empty(), OptionalLong.empty(),
                    Optional.empty(), Optional.empty(), OptionalLong.empty(), true);
        }
    }

    /** A reward the rule gives: what to book (points or cash), or a coupon or gift to hand over. */
    public record Decision(Reward reward, Optional<dev.shequn.domain.ledger.Amount> bookable, long budgetUnits) {}

    private final String id;
    private final MerchantId merchantId;
    private final long version;
    private Definition definition;
    private long spent;
    private long granted;

    private IncentiveRule(String id, MerchantId merchantId, Definition definition, long spent, long granted,
            long version) {
        this.id = requireNonNull(id, "id");
        checkArgument(!id.isBlank() && id.length() <= 64, "rule id is 1 to 64 characters");
        checkArgument(!id.contains("/"), "rule id has no '/'");
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.definition = requireNonNull(definition, "definition");
        checkArgument(spent >= 0 && granted >= 0, "spent and granted are not negative");
        this.spent = spent;
        this.granted = granted;
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
    }

    public static IncentiveRule create(String id, MerchantId merchantId, Definition definition) {
        return new IncentiveRule(id, merchantId, definition, 0, 0, 0);
    }

    public static IncentiveRule reconstitute(String id, MerchantId merchantId, Definition definition, long spent,
            long granted, long version) {
        return new IncentiveRule(id, merchantId, definition, spent, granted, version);
    }

    /** Replaces what the merchant decides; what was spent stays spent. */
    public void redefine(Definition newDefinition) {
        definition = requireNonNull(newDefinition, "newDefinition");
    }

    /** Whether the rule listens to this occurrence at all: active, same trigger, inside its window. */
    public boolean appliesTo(Occurrence occurrence) {
        return definition.active()
                && definition.trigger() == occurrence.trigger()
                && definition.validFrom().map(f -> !occurrence.at().isBefore(f)).orElse(true)
                && definition.validUntil().map(u -> occurrence.at().isBefore(u)).orElse(true);
    }

    /**
     * Decides one beneficiary's reward, given how many this rule already granted that beneficiary today and in
     * all. A grant is counted against budget and caps at once; a withheld reward says why.
     */
    public Either<WithheldReason, Decision> decide(Occurrence occurrence, long grantedToBeneficiaryToday,
            long grantedToBeneficiaryTotal) {
        checkArgument(appliesTo(occurrence), "rule %s does not apply", id);
        Optional<Referral> referral = occurrence.referral();
        if (referral.filter(Referral::suspicious).isPresent()) {
            return withheld(Code.FRAUD_SUSPECTED, "referral of " + occurrence.subject() + " flagged "
                    + referral.get().flags());
        }
        if (definition.perDayCap().isPresent() && grantedToBeneficiaryToday >= definition.perDayCap().getAsLong()) {
            return withheld(Code.DAILY_CAP_REACHED, "at most " + definition.perDayCap().getAsLong() + " a day");
        }
        if (definition.totalCap().isPresent() && grantedToBeneficiaryTotal >= definition.totalCap().getAsLong()) {
            return withheld(Code.TOTAL_CAP_REACHED, "at most " + definition.totalCap().getAsLong() + " in all");
        }
        Reward reward = definition.reward();
        Optional<dev.shequn.domain.ledger.Amount> bookable = reward.bookable(occurrence.amount());
        if (reward instanceof Reward.PercentCash && bookable.filter(a -> a.isPositive()).isEmpty()) {
            return withheld(Code.NOTHING_TO_PAY, "the percent of " + occurrence.amount().map(Object::toString)
                    .orElse("no amount") + " rounds to nothing");
        }
        long cost = reward.budgetUnits(occurrence.amount());
        if (definition.budget().isPresent() && spent + cost > definition.budget().getAsLong()) {
            return withheld(Code.BUDGET_EXHAUSTED, "budget " + definition.budget().getAsLong() + ", spent " + spent
                    + ", this reward costs " + cost);
        }
        spent += cost;
        granted++;
        return Either.right(new Decision(reward, bookable, cost));
    }

    /** Gives back budget a decision took when what it decided could not be handed over (a coupon refused). */
    public void refund(Decision decision) {
        spent -= decision.budgetUnits();
        granted--;
        checkArgument(spent >= 0 && granted >= 0, "refunding more than was decided");
    }

    private static Either<WithheldReason, Decision> withheld(Code code, String detail) {
        return Either.left(new WithheldReason(code, detail));
    }

    public String id() {
        return id;
    }

    public MerchantId merchantId() {
        return merchantId;
    }

    public Definition definition() {
        return definition;
    }

    public long spent() {
        return spent;
    }

    public long granted() {
        return granted;
    }

    public long version() {
        return version;
    }
}
