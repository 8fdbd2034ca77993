package dev.shequn.application.common;

/**
 * Thrown inside a unit of work when a save finds the stored version moved on: it rolls the unit back, and
 * {@link Transactions} runs the use case again on fresh data. Never escapes a use case.
 */
public final class VersionConflict extends RuntimeException {

    public VersionConflict(String what) {
        super(what, null, false, false);
    }

    /** A conflict the database reported (a deadlock, a serialization failure), keeping its cause for the log. */
    public VersionConflict(String what, Throwable cause) {
        super(what, cause, false, false);
    }

    /** Throws when {@code saved} is false: the usual way to check a repository's answer. */
    public static void check(boolean saved, String what) {
        if (!saved) {
            throw new VersionConflict(what);
        }
    }
}
