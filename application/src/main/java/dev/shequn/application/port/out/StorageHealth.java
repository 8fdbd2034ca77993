package dev.shequn.application.port.out;

/** Whether storage answers right now, for a health check that a load balancer can poll. */
@FunctionalInterface
public interface StorageHealth {

    /** True when a trivial read against storage succeeds; never throws. */
    boolean isUp();
}
