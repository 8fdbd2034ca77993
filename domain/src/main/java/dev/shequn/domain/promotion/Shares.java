package dev.shequn.domain.promotion;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The exact shares of one promotion over its targeted lines, its discount rounded once half-up, and that
 * discount handed out by the largest-remainder method.
 *
 * <p>Each share is a fraction {@code x*y*z / (u*v)} of minor units, given as five factors so that the effect
 * code never multiplies (and never overflows) itself. The shares are brought to one common denominator, so
 * comparing remainders is comparing whole numbers: a third stays a third (contract rule 21). The arithmetic
 * runs in {@code long} and starts over in {@link BigInteger} when anything would overflow, which keeps the
 * usual cart free of allocation and the rare huge one exact.
 *
 * <p>Not thread-safe: one instance per pricing thread (it lives in the set's per-thread scratch).
 */
final class Shares {

    static final long NO_CAP = Long.MAX_VALUE;

    private long[] x = new long[16];
    private long[] y = new long[16];
    private long[] z = new long[16];
    private long[] u = new long[16];
    private long[] v = new long[16];
    private long[] n = new long[16];
    private long[] d = new long[16];
    /** The allocation of share k after {@link #compute} with {@code allocate}. */
    long[] out = new long[16];
    private int m;
    /** A factor common to all shares that does not fit in a long (a percent with many decimals), or null. */
    private BigInteger bigNum;
    private BigInteger bigDen;

    void reset(int count) {
        bigNum = null;
        bigDen = null;
        if (count > x.length) {
            int size = Math.max(count, x.length * 2);
            x = new long[size];
            y = new long[size];
            z = new long[size];
            u = new long[size];
            v = new long[size];
            n = new long[size];
            d = new long[size];
            out = new long[size];
        }
        m = count;
    }

    int count() {
        return m;
    }

    /** Share k is {@code a*b*c / (e*f)}; all non-negative, {@code e*f > 0}. */
    void set(int k, long a, long b, long c, long e, long f) {
        x[k] = a;
        y[k] = b;
        z[k] = c;
        u[k] = e;
        v[k] = f;
    }

    /** Multiplies every share by {@code num / den}; only for factors too large for a long. */
    void bigFactor(BigInteger num, BigInteger den) {
        bigNum = num;
        bigDen = den;
    }

    /** Share k is the whole number {@code a}. */
    void whole(int k, long a) {
        set(k, a, 1, 1, 1, 1);
    }

    /**
     * The promotion's discount: the exact sum of the shares, scaled down in proportion when it exceeds
     * {@code cap} (then it is exactly the cap), rounded once half-up. With {@code allocate} the discount is
     * also handed out into {@link #out}: the floor of each exact share, and the minor units left over one
     * each to the largest exact remainders, ties to the earlier share.
     */
    long compute(long cap, boolean allocate) {
        if (bigNum != null) {
            return computeBig(cap, allocate);
        }
        try {
            return computeLong(cap, allocate);
        } catch (ArithmeticException overflow) {
            return computeBig(cap, allocate);
        }
    }

    private long computeLong(long cap, boolean allocate) {
        long den = 0;
        for (int k = 0; k < m; k++) {
            long nk = Math.multiplyExact(Math.multiplyExact(x[k], y[k]), z[k]);
            n[k] = nk;
            if (nk == 0) {
                d[k] = 1;
                continue;
            }
            long dk = Math.multiplyExact(u[k], v[k]);
            d[k] = dk;
            if (den == 0) {
                den = dk;
            } else if (dk != den) {
                den = Math.multiplyExact(den / gcd(den, dk), dk);
            }
        }
        if (den == 0) {
            if (allocate) {
                Arrays.fill(out, 0, m, 0L);
            }
            return 0;
        }
        long sum = 0;
        for (int k = 0; k < m; k++) {
            if (n[k] != 0) {
                if (d[k] != den) {
                    n[k] = Math.multiplyExact(n[k], den / d[k]);
                }
                sum = Math.addExact(sum, n[k]);
            }
        }
        long whole = sum / den;
        long total;
        long divisor = den;
        if (cap != NO_CAP && (whole > cap || (whole == cap && sum % den != 0))) {
            total = cap;
            if (allocate) {
                for (int k = 0; k < m; k++) {
                    n[k] = Math.multiplyExact(n[k], cap);
                }
            }
            divisor = sum;
        } else {
            long rest = sum % den;
            total = rest >= den - rest ? whole + 1 : whole;
        }
        if (!allocate) {
            return total;
        }
        long handedOut = 0;
        for (int k = 0; k < m; k++) {
            long share = n[k];
            out[k] = share / divisor;
            n[k] = share % divisor;
            handedOut += out[k];
        }
        distribute(total - handedOut);
        return total;
    }

    /** Gives one minor unit each to the {@code left} largest remainders in {@code n}, ties to the earlier. */
    private void distribute(long left) {
        if (left <= 0) {
            return;
        }
        if (m <= 64) {
            for (long j = 0; j < left; j++) {
                int best = -1;
                for (int k = 0; k < m; k++) {
                    if (n[k] >= 0 && (best < 0 || n[k] > n[best])) {
                        best = k;
                    }
                }
                out[best]++;
                n[best] = -1;
            }
            return;
        }
        Integer[] order = new Integer[m];
        for (int k = 0; k < m; k++) {
            order[k] = k;
        }
        long[] remainders = n;
        Arrays.sort(order, (a, b) -> remainders[a] != remainders[b]
                ? Long.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
        for (int j = 0; j < left; j++) {
            out[order[j]]++;
        }
    }

    private long computeBig(long cap, boolean allocate) {
        BigInteger[] num = new BigInteger[m];
        BigInteger[] dens = new BigInteger[m];
        BigInteger den = null;
        for (int k = 0; k < m; k++) {
            num[k] = BigInteger.valueOf(x[k]).multiply(BigInteger.valueOf(y[k])).multiply(BigInteger.valueOf(z[k]));
            dens[k] = BigInteger.valueOf(u[k]).multiply(BigInteger.valueOf(v[k]));
            if (bigNum != null) {
                num[k] = num[k].multiply(bigNum);
                dens[k] = dens[k].multiply(bigDen);
            }
            if (num[k].signum() != 0) {
                den = den == null ? dens[k] : den.divide(den.gcd(dens[k])).multiply(dens[k]);
            }
        }
        if (den == null) {
            if (allocate) {
                Arrays.fill(out, 0, m, 0L);
            }
            return 0;
        }
        BigInteger sum = BigInteger.ZERO;
        for (int k = 0; k < m; k++) {
            if (num[k].signum() != 0) {
                num[k] = num[k].multiply(den.divide(dens[k]));
                sum = sum.add(num[k]);
            }
        }
        BigInteger[] wholeAndRest = sum.divideAndRemainder(den);
        BigInteger divisor = den;
        long total;
        BigInteger bigCap = BigInteger.valueOf(cap);
        int vsCap = wholeAndRest[0].compareTo(bigCap);
        if (cap != NO_CAP && (vsCap > 0 || (vsCap == 0 && wholeAndRest[1].signum() != 0))) {
            total = cap;
            for (int k = 0; k < m; k++) {
                num[k] = num[k].multiply(bigCap);
            }
            divisor = sum;
        } else {
            BigInteger rest = wholeAndRest[1];
            boolean up = rest.shiftLeft(1).compareTo(den) >= 0;
            total = wholeAndRest[0].add(up ? BigInteger.ONE : BigInteger.ZERO).longValueExact();
        }
        if (!allocate) {
            return total;
        }
        BigInteger[] rests = new BigInteger[m];
        long handedOut = 0;
        for (int k = 0; k < m; k++) {
            BigInteger[] qr = num[k].divideAndRemainder(divisor);
            out[k] = qr[0].longValueExact();
            rests[k] = qr[1];
            handedOut += out[k];
        }
        Integer[] order = new Integer[m];
        for (int k = 0; k < m; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> {
            int byRest = rests[b].compareTo(rests[a]);
            return byRest != 0 ? byRest : Integer.compare(a, b);
        });
        long left = total - handedOut;
        for (int j = 0; j < left; j++) {
            out[order[j]]++;
        }
        return total;
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Compares {@code a*b} with {@code c*d}, all non-negative, without overflow. */
    static int compareProducts(long a, long b, long c, long d) {
        long high1 = Math.multiplyHigh(a, b);
        long high2 = Math.multiplyHigh(c, d);
        if (high1 != high2) {
            return Long.compare(high1, high2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /** {@code a*b} for non-negative numbers, or {@link Long#MAX_VALUE} when it does not fit. */
    static long saturatingMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }
}
