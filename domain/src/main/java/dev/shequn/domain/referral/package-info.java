/**
 * 裂变 fission: invite codes, binding an invitee to the first inviter, incentive rules that reward inviters
 * and invitees, and 群主 leader commission on a community's paid orders. What is paid is booked in
 * {@link dev.shequn.domain.ledger}; this package decides who earns what, and why not when it withholds.
 */
package dev.shequn.domain.referral;
