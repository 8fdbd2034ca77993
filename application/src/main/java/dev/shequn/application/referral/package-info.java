/** Referral and ledger use cases: invitations, incentive rewards, leader commission, freeze, reversal, withdrawals. */
package dev.shequn.application.referral;
