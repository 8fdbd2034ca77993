/**
 * The member ledger: double-entry and append-only, for points and cash separately. Every movement is one
 * {@link dev.shequn.domain.ledger.LedgerEntry} of two or more signed legs that add up to zero, and names its
 * {@link dev.shequn.domain.ledger.Cause}. Balances are never stored on their own: they are the sum of the legs.
 *
 * <p>Sign convention: a member's accounts hold positive balances (what the merchant owes the member); the
 * merchant's counter-accounts go negative by what the merchant has given away (reward expense, loss) and
 * positive by what it has paid out. Every entry touches the accounts of exactly one member, so one member's
 * ledger is the unit of consistency; the merchant's accounts are only ever summed.
 */
package dev.shequn.domain.ledger;
