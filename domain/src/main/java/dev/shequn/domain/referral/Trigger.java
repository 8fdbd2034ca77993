package dev.shequn.domain.referral;

/** What sets off an incentive rule. */
public enum Trigger {
    /** An invitee was bound to its inviter when it joined or registered. */
    INVITEE_JOINED,
    /** A member reported sharing to its feed (分享朋友圈); the sharer stands where the invitee does. */
    SHARE_REPORTED,
    /** An invitee's first paid order. */
    INVITEE_FIRST_PURCHASE,
    /** An invitee topped up its stored value (充值). */
    INVITEE_TOP_UP
}
