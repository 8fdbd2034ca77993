package dev.shequn.domain.referral;

import java.util.List;

/** Who a rule rewards. */
public enum Beneficiary {
    INVITER(List.of(Role.INVITER)),
    INVITEE(List.of(Role.INVITEE)),
    BOTH(List.of(Role.INVITER, Role.INVITEE));

    /** One side of a referral. */
    public enum Role { INVITER, INVITEE }

    private final List<Role> roles;

    Beneficiary(List<Role> roles) {
        this.roles = roles;
    }

    public List<Role> roles() {
        return roles;
    }
}
