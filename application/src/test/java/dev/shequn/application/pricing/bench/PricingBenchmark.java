package dev.shequn.application.pricing.bench;

import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.promotion.PricingRequest;
import dev.shequn.domain.promotion.PromotionSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Prices one 20-line cart per call against 10, 100 and 1,000 prepared promotions (the shared benchmark
 * workload, {@code bench/pricing-workload-N.json}: 64 carts, taken in turn).
 *
 * <p>Untimed, once per trial: read the workload through the contract's JSON reader, prepare the
 * {@link PromotionSet}, and check every cart's line discounts and {@code discountTotal} against the full
 * JSON path and an independent reference ({@link WorkloadCheck}); a mismatch fails the run.
 *
 * <p>{@link #priceCart} returns the full {@link PricingAnswer} (lines, allocations, applied, gifts, totals,
 * and {@code rejected}, whose entries for promotions no line reaches are worked out when the list is
 * read). {@link #priceCartAndReadRejected} also reads every {@code rejected} entry. Besides the average
 * (wall) time per cart, each reports {@code cpuNanosPerCart} ({@link CpuTimePerCart}), which a busy
 * machine does not inflate.
 *
 * <p>Run: {@code ./mvnw -B -q -Pbench -pl application -am process-test-classes}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
// Ten warm-up seconds more than usual: on a busy shared machine the JIT compiler threads are starved too,
// and the steady state came only after about 16 s.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class PricingBenchmark {

    @Param({"10", "100", "1000"})
    public int promotions;

    private PromotionSet set;
    private PricingRequest[] carts;
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        Workload workload = Workload.load(promotions);
        set = PromotionSet.prepare(workload.promotions);
        List<String> problems = WorkloadCheck.mismatches(workload, set);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the engine disagrees on the workload of " + promotions + ": " + problems);
        }
        carts = workload.carts.toArray(new PricingRequest[0]);
    }

    @Benchmark
    public PricingAnswer priceCart(CpuTimePerCart cpu) {
        cpu.priced();
        PricingRequest cart = carts[next];
        next = (next + 1) & 63;
        return set.price(cart);
    }

    @Benchmark
    public int priceCartAndReadRejected(CpuTimePerCart cpu) {
        cpu.priced();
        PricingRequest cart = carts[next];
        next = (next + 1) & 63;
        PricingAnswer answer = set.price(cart);
        int seen = 0;
        for (PricingAnswer.Rejected rejected : answer.rejected()) {
            seen += rejected.reason().ordinal();
        }
        return seen;
    }
}
