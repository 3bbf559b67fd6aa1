package de.lagebild.survey;

import java.util.Objects;

/**
 * How a weighting went: convergence and the distribution of the final weights.
 *
 * @param method            the method ({@code none}, {@code poststratify}, {@code raking}, {@code linear},
 *                          {@code logit})
 * @param iterations        iterations of the calibration (0 without calibration)
 * @param converged         whether the calibration met its tolerance
 * @param maxMisfit         the largest |margin total - weighted total| over all margin cells, in persons,
 *                          with the final (possibly trimmed) weights
 * @param maxRelativeMisfit the same divided by (1 + |margin total|), R's convergence measure
 * @param n                 respondents
 * @param sumWeights        sum of the final weights
 * @param minWeight         smallest final weight
 * @param maxWeight         largest final weight
 * @param meanWeight        mean final weight
 * @param minG              smallest weight / design weight
 * @param maxG              largest weight / design weight
 * @param kish              Kish's design effect due to weighting, 1 + CV^2 = n sum(w^2) / sum(w)^2
 * @param effectiveN        the effective sample size n / (1 + CV^2) = sum(w)^2 / sum(w^2)
 * @param trimmed           number of weights set to a trimming limit (0 without trimming)
 * @param boundsScale       1, or the factor the design weights were scaled by before bounded
 *                          calibration because they sum to far less than the population (R's grake
 *                          rule: every margin total more than 20 times its design-weighted count); the
 *                          bounds then apply to weight / (design weight x boundsScale)
 */
public record WeightingDiagnostics(String method, int iterations, boolean converged, double maxMisfit,
        double maxRelativeMisfit, int n, double sumWeights, double minWeight, double maxWeight, double meanWeight,
        double minG, double maxG, double kish, double effectiveN, int trimmed, double boundsScale) {

    /**
     * Validates the record.
     *
     * @param method            the method ({@code none}, {@code poststratify}, {@code raking}, {@code linear},
     *                          {@code logit})
     * @param iterations        iterations of the calibration (0 without calibration)
     * @param converged         whether the calibration met its tolerance
     * @param maxMisfit         the largest |margin total - weighted total| over all margin cells, in persons,
     *                          with the final (possibly trimmed) weights
     * @param maxRelativeMisfit the same divided by (1 + |margin total|), R's convergence measure
     * @param n                 respondents
     * @param sumWeights        sum of the final weights
     * @param minWeight         smallest final weight
     * @param maxWeight         largest final weight
     * @param meanWeight        mean final weight
     * @param minG              smallest weight / design weight
     * @param maxG              largest weight / design weight
     * @param kish              Kish's design effect due to weighting, 1 + CV^2 = n sum(w^2) / sum(w)^2
     * @param effectiveN        the effective sample size n / (1 + CV^2) = sum(w)^2 / sum(w^2)
     * @param trimmed           number of weights set to a trimming limit (0 without trimming)
     * @param boundsScale       1, or the factor the design weights were scaled by before bounded
     *                          calibration because they sum to far less than the population (R's grake
     *                          rule: every margin total more than 20 times its design-weighted count); the
     *                          bounds then apply to weight / (design weight x boundsScale)
     * @throws NullPointerException     when {@code method} is null
     * @throws IllegalArgumentException when {@code n} is below 1
     */
    public WeightingDiagnostics {
        Objects.requireNonNull(method, "method");
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive");
        }
    }

    static WeightingDiagnostics of(String method, int iterations, boolean converged, double maxMisfit,
            double maxRel, double[] w, double[] d, int trimmed, double boundsScale) {
        int n = w.length;
        double sum = 0;
        double sum2 = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double gmin = Double.POSITIVE_INFINITY;
        double gmax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            sum += w[i];
            sum2 += w[i] * w[i];
            min = Math.min(min, w[i]);
            max = Math.max(max, w[i]);
            double g = w[i] / d[i];
            gmin = Math.min(gmin, g);
            gmax = Math.max(gmax, g);
        }
        double kish = n * sum2 / (sum * sum);
        return new WeightingDiagnostics(method, iterations, converged, maxMisfit, maxRel, n, sum, min, max, sum / n,
                gmin, gmax, kish, sum * sum / sum2, trimmed, boundsScale);
    }
}
