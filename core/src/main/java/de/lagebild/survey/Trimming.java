package de.lagebild.survey;

import de.lagebild.io.InputException;
import de.lagebild.internal.Numbers;
import de.lagebild.io.Problem;
import de.lagebild.project.WeightingSpec.TrimSpec;

/**
 * Weight trimming as R's {@code trimWeights()}: weights outside [lower, upper] are set to the limit
 * and the amount trimmed is spread in equal parts over the weights that were inside, which keeps
 * the sum of weights; with {@code strict} this repeats until no weight is outside. Limits relative
 * to the mean are multiples of the mean weight before trimming.
 */
final class Trimming {
    private static final int MAX_PASSES = 10_000;

    private Trimming() {
    }

    /** The trimmed weights and how many were set to a limit in the last pass. */
    record Result(double[] weights, int trimmed, double lower, double upper) {
    }

    static Result apply(double[] weights, TrimSpec spec, String project) {
        int n = weights.length;
        double lo = spec.lower();
        double up = spec.upper();
        if (spec.relativeToMean()) {
            double mean = 0;
            for (double w : weights) {
                mean += w;
            }
            mean /= n;
            lo = lo * mean;
            up = up * mean;
        }
        double mean = 0;
        for (double w : weights) {
            mean += w;
        }
        mean /= n;
        if (up < mean || lo > mean) {
            throw new InputException(Problem.atKey(project, 0, "survey.weighting.trim",
                    "the limits [" + limit(lo) + ", " + limit(up) + "] exclude the mean weight "
                            + Numbers.format(mean) + ": trimming must keep the sum of weights, so the mean has to lie"
                            + " within the limits"));
        }
        double[] w = weights.clone();
        int trimmedEver = 0;
        boolean[] everTrimmed = new boolean[n];
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int outside = 0;
            double trimmings = 0;
            for (int i = 0; i < n; i++) {
                if (w[i] < lo || w[i] > up) {
                    outside++;
                }
            }
            if (outside == 0) {
                return new Result(w, trimmedEver, lo, up);
            }
            if (outside == n) {
                throw new InputException(Problem.atKey(project, 0, "survey.weighting.trim",
                        "every weight lies outside the limits; widen them"));
            }
            boolean[] out = new boolean[n];
            for (int i = 0; i < n; i++) {
                double nw = Math.max(lo, Math.min(w[i], up));
                if (nw != w[i]) {
                    out[i] = true;
                    if (!everTrimmed[i]) {
                        everTrimmed[i] = true;
                        trimmedEver++;
                    }
                    trimmings += w[i] - nw;
                    w[i] = nw;
                }
            }
            double share = trimmings / (n - outside);
            for (int i = 0; i < n; i++) {
                if (!out[i]) {
                    w[i] += share;
                }
            }
            if (!spec.strict()) {
                return new Result(w, trimmedEver, lo, up);
            }
        }
        throw new InputException(Problem.atKey(project, 0, "survey.weighting.trim",
                "strict trimming did not settle in " + MAX_PASSES + " passes; widen the limits"));
    }

    /** A limit for a message: an absent (infinite) limit as -inf or inf, not as an empty string. */
    private static String limit(double x) {
        return Double.isInfinite(x) ? (x < 0 ? "-inf" : "inf") : Numbers.format(x);
    }
}
