package de.lagebild.survey;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;

/** Quantiles and tail probabilities, accurate to about 1e-12. */
final class Quantiles {
    private static final double ACCURACY = 1e-14;

    private Quantiles() {
    }

    /** The p-quantile of Student's t with df degrees of freedom (the normal for df beyond 1e7). */
    static double t(double p, int df) {
        if (df < 1) {
            df = 1;
        }
        return new TDistribution(null, df, ACCURACY).inverseCumulativeProbability(p);
    }

    /** The p-quantile of Student's t with (possibly fractional) df degrees of freedom. */
    static double t(double p, double df) {
        return new TDistribution(null, df, ACCURACY).inverseCumulativeProbability(p);
    }

    /** P(T <= x) for Student's t with (possibly fractional) df degrees of freedom. */
    static double tCdf(double x, double df) {
        return new TDistribution(null, df, ACCURACY).cumulativeProbability(x);
    }

    /** The p-quantile of Beta(a, b). */
    static double beta(double p, double a, double b) {
        return new BetaDistribution(null, a, b, ACCURACY).inverseCumulativeProbability(p);
    }

    /** P(F > f) for F with (d1, d2) degrees of freedom, computed without cancellation. */
    static double fUpper(double f, double d1, double d2) {
        if (!(f > 0)) {
            return 1;
        }
        return Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2, 1e-15, 100_000);
    }
}
