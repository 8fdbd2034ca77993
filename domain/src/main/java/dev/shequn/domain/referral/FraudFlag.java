package dev.shequn.domain.referral;

/** Why a referral looks suspicious; a referral with any flag earns no reward, and the withheld reward says which. */
public enum FraudFlag {
    /** Another invitee of this merchant joined from the same device. */
    DEVICE_REUSED,
    /** Another invitee of this merchant joined with the same phone. */
    PHONE_REUSED,
    /** The inviter brought in more invitees in the past hour than the merchant allows. */
    VELOCITY_EXCEEDED
}
