package dev.shequn.adapter.cli;

import dev.shequn.application.Referrals;
import dev.shequn.application.Shequn;
import dev.shequn.application.ShequnPromotions;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.UnitOfWork;

/**
 * What the admin, import and export commands work on: the use-case facade over one opened storage, plus the
 * member repository the export pages through. The composition root opens it; closing it closes the storage.
 */
public interface Backend extends AutoCloseable {

    Shequn shequn();

    /** The promotion catalogue, coupons and the order life cycle over the same storage. */
    ShequnPromotions promotions();

    /** Invitations, incentive rules and the ledger over the same storage; its coupons come from {@link #promotions()}. */
    Referrals referrals();

    UnitOfWork unitOfWork();

    MemberRepository members();

    @Override
    void close();

    /** Opens the storage a command line chose. Tests hand in their own (a temp-dir H2, in-memory). */
    @FunctionalInterface
    interface Factory {
        Backend open(StorageChoice choice);
    }
}
