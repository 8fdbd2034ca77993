package dev.shequn.application.pricing.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A secondary JMH result: the benchmark thread's CPU time per cart over each iteration. On a shared
 * machine the average (wall) time also counts the time the thread waited for a core; this does not.
 * Read once per iteration, so it costs nothing per call.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTimePerCart {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Reported by JMH: CPU nanoseconds per priced cart in the iteration. */
    public double cpuNanosPerCart;

    private long carts;
    private long start;

    @Setup(Level.Iteration)
    public void begin() {
        carts = 0;
        cpuNanosPerCart = 0;
        start = THREADS.getCurrentThreadCpuTime();
    }

    void priced() {
        carts++;
    }

    @TearDown(Level.Iteration)
    public void end() {
        cpuNanosPerCart = carts == 0 ? 0 : (THREADS.getCurrentThreadCpuTime() - start) / (double) carts;
    }
}
