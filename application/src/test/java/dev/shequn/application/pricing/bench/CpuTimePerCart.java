package dev.shequn.application.pricing.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * A secondary JMH result: the benchmark thread's CPU time per cart over each iteration. On a shared
 * machine the average (wall) time also counts the time the thread waited for a core; this does not.
 * Read once per iteration, so it costs nothing per call. JMH adds up {@code EVENTS} counters over the
 * measurement iterations (it prints {@code [Sum]}), so each iteration reports its share, 1/count of its
 * own figure, and the printed score is the mean over the iterations.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTimePerCart {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Reported by JMH: CPU nanoseconds per priced cart (this iteration's share of the mean). */
    public double cpuNanosPerCart;

    private long carts;
    private long start;
    private double share;

    @Setup(Level.Iteration)
    public void begin(BenchmarkParams benchmark, IterationParams iteration) {
        share = iteration.getType() == IterationType.MEASUREMENT ? 1.0 / benchmark.getMeasurement().getCount() : 1.0;
        carts = 0;
        cpuNanosPerCart = 0;
        start = THREADS.getCurrentThreadCpuTime();
    }

    void priced() {
        carts++;
    }

    @TearDown(Level.Iteration)
    public void end() {
        cpuNanosPerCart = carts == 0 ? 0 : share * (THREADS.getCurrentThreadCpuTime() - start) / carts;
    }
}
