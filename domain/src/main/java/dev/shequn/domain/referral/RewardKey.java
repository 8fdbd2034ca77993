package dev.shequn.domain.referral;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;

/**
 * The one thing that may be rewarded at most once: a rule, its trigger, the subject (invitee or sharer), the
 * beneficiary's role and the occurrence ({@code once}, or a top-up or share id). Storage keeps it unique, so two
 * servers handling the same trigger at once cannot both pay.
 */
public record RewardKey(MerchantId merchantId, String ruleId, Trigger trigger, MemberId subject,
        Beneficiary.Role role, String occurrence) {

    public RewardKey {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(ruleId, "ruleId");
        checkArgument(!ruleId.isBlank(), "rule id");
        requireNonNull(trigger, "trigger");
        requireNonNull(subject, "subject");
        requireNonNull(role, "role");
        requireNonNull(occurrence, "occurrence");
    }

    /** A readable, stable id: {@code rule/TRIGGER/subject/ROLE/occurrence}. */
    public String asId() {
        return ruleId + "/" + trigger + "/" + subject + "/" + role + "/" + occurrence;
    }
}
