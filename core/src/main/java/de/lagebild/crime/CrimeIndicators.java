package de.lagebild.crime;

import java.util.OptionalDouble;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * The formulas of the crime indicators. Every method returns an empty value where the indicator is
 * not defined (no cases, no population), never NaN.
 *
 * <ul>
 * <li>HZ (Häufigkeitszahl) = cases x 100,000 / population;</li>
 * <li>AQ (Aufklärungsquote) = cleared / cases x 100;</li>
 * <li>TVBZ (Tatverdächtigenbelastungszahl) = suspects x 100,000 / population aged 8 and over;</li>
 * <li>rate per 1,000 = cases x 1,000 / population;</li>
 * <li>the comparison of two rates: R's {@code poisson.test(c(x1, x2), c(t1, t2))}.</li>
 * </ul>
 */
public final class CrimeIndicators {
    private CrimeIndicators() {
    }

    /**
     * Cases per 100,000 residents; empty when the population is not positive.
     *
     * @param cases      erfasste Fälle; a negative count gives an empty value
     * @param population the residents the rate is based on (31.12. of the population year)
     * @return the Häufigkeitszahl, or empty when the count is negative or the population is not positive
     *         and finite
     */
    public static OptionalDouble hz(long cases, double population) {
        return per(cases, population, 100_000);
    }

    /**
     * Cleared cases per 100 cases; empty without cases. It can exceed 100.
     *
     * @param cleared aufgeklärte Fälle
     * @param cases   erfasste Fälle
     * @return the Aufklärungsquote in per cent, or empty when there are no cases or {@code cleared} is
     *         negative
     */
    public static OptionalDouble aq(long cleared, long cases) {
        if (cases <= 0 || cleared < 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(cleared * 100.0 / cases);
    }

    /**
     * Suspects per 100,000 residents aged 8 and over; empty when that population is not positive.
     *
     * @param suspects        Tatverdächtige; a negative count gives an empty value
     * @param population8Plus the residents aged 8 and over
     * @return the Tatverdächtigenbelastungszahl, or empty when the count is negative or the population
     *         is not positive and finite
     */
    public static OptionalDouble tvbz(long suspects, double population8Plus) {
        return per(suspects, population8Plus, 100_000);
    }

    /**
     * Cases per 1,000 residents; empty when the population is not positive.
     *
     * @param cases      the count, such as Ordnungswidrigkeiten of a category; a negative count gives an
     *                   empty value
     * @param population the residents the rate is based on
     * @return the rate per 1,000 residents, or empty when the count is negative or the population is
     *         not positive and finite
     */
    public static OptionalDouble perThousand(long cases, double population) {
        return per(cases, population, 1_000);
    }

    private static OptionalDouble per(long count, double population, double base) {
        if (count < 0 || !(population > 0) || Double.isInfinite(population)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(count * base / population);
    }

    /**
     * Compares the rate x1 / t1 with the rate x2 / t2: the exact conditional test (x1 given x1 + x2
     * is binomial with p = t1 / (t1 + t2) under equal rates; two-sided p-value as R's
     * {@code binom.test}: the probabilities not above that of x1, with R's relative tolerance
     * 1e-7) and the Clopper-Pearson interval for p carried over to the rate ratio
     * p / (1 - p) x t2 / t1. This is R's {@code poisson.test(c(x1, x2), c(t1, t2), conf.level = level)}.
     *
     * @param x1    cases in the first group (the numerator of the ratio), such as the later year
     * @param t1    its exposure (population); positive
     * @param x2    cases in the second group
     * @param t2    its exposure; positive
     * @param level the confidence level, such as 0.95
     * @return the comparison; with no cases at all ({@code x1 + x2 == 0}) ratio, limits and p-value are
     *         empty, with {@code x2 == 0} the ratio and the upper limit
     * @throws IllegalArgumentException when a count is negative, an exposure is not positive, or
     *                                  {@code x1 + x2} exceeds {@link Integer#MAX_VALUE}
     */
    public static RateComparison compareRates(long x1, double t1, long x2, double t2, double level) {
        if (x1 < 0 || x2 < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        if (!(t1 > 0 && t2 > 0)) {
            throw new IllegalArgumentException("exposures must be positive");
        }
        long n = x1 + x2;
        if (n == 0) {
            return new RateComparison(x1, t1, x2, t2, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), level);
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many cases for the exact test: " + n);
        }
        double p = t1 / (t1 + t2);
        double q = t2 / (t1 + t2);
        double pValue = binomTwoSided((int) x1, (int) n, p, q);
        double alpha = (1 - level) / 2;
        double pl = x1 == 0 ? 0 : betaQuantile(alpha, x1, n - x1 + 1);
        double pu = x1 == n ? 1 : betaQuantile(1 - alpha, x1 + 1, n - x1);
        OptionalDouble ratio = x2 == 0 ? OptionalDouble.empty() : OptionalDouble.of((x1 / t1) / (x2 / t2));
        OptionalDouble lo = OptionalDouble.of(pl / (1 - pl) * t2 / t1);
        OptionalDouble hi = pu >= 1 ? OptionalDouble.empty() : OptionalDouble.of(pu / (1 - pu) * t2 / t1);
        return new RateComparison(x1, t1, x2, t2, ratio, lo, hi, OptionalDouble.of(pValue), level);
    }

    /** P(X &lt;= k) for X ~ Binomial(n, p), q = 1 - p. */
    static double pbinomLower(long k, long n, double p, double q) {
        if (k < 0) {
            return 0;
        }
        if (k >= n) {
            return 1;
        }
        return Beta.regularizedBeta(q, n - k, k + 1.0, 1e-15, Integer.MAX_VALUE);
    }

    /** P(X &gt; k) for X ~ Binomial(n, p). */
    static double pbinomUpper(long k, long n, double p) {
        if (k < 0) {
            return 1;
        }
        if (k >= n) {
            return 0;
        }
        return Beta.regularizedBeta(p, k + 1.0, n - k, 1e-15, Integer.MAX_VALUE);
    }

    /** R's two-sided binom.test p-value. */
    static double binomTwoSided(int x, int n, double p, double q) {
        BinomialDistribution b = new BinomialDistribution(null, n, p);
        double relErr = 1 + 1e-7;
        double d = b.probability(x);
        double m = n * p;
        double pv;
        if (x == m) {
            pv = 1;
        } else if (x < m) {
            // count i in [ceil(m), n] with dbinom(i) <= d * relErr; dbinom falls on that range
            int from = (int) Math.ceil(m);
            int lo = from;
            int hi = n + 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (b.probability(mid) <= d * relErr) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            long y = (long) n + 1 - lo;
            pv = pbinomLower(x, n, p, q) + pbinomUpper(n - y, n, p);
        } else {
            // count i in [0, floor(m)] with dbinom(i) <= d * relErr; dbinom rises on that range
            int to = (int) Math.floor(m);
            int lo = 0;
            int hi = to + 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (b.probability(mid) <= d * relErr) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            long y = lo;
            pv = pbinomLower(y - 1, n, p, q) + pbinomUpper(x - 1, n, p);
        }
        return Math.min(1, pv);
    }

    /** The q-quantile of Beta(a, b), solved to full double precision. */
    static double betaQuantile(double q, double a, double b) {
        BrentSolver solver = new BrentSolver(1e-16, 1e-300, 1e-300);
        return solver.solve(100_000, x -> Beta.regularizedBeta(x, a, b, 1e-15, Integer.MAX_VALUE) - q, 0, 1);
    }
}
