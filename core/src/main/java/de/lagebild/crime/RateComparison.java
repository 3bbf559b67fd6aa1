package de.lagebild.crime;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The comparison of two Poisson rates: the rate ratio, its confidence interval and the exact test
 * of equal rates. Each value is empty where it is not defined (no cases at all; a ratio with no
 * cases in the denominator; an upper limit that is infinite).
 *
 * @param x1       cases in the first group (the numerator of the ratio)
 * @param t1       its exposure (population)
 * @param x2       cases in the second group
 * @param t2       its exposure
 * @param ratio    (x1 / t1) / (x2 / t2)
 * @param ciLow    lower confidence limit of the ratio
 * @param ciHigh   upper confidence limit of the ratio
 * @param pValue   two-sided p-value of the exact test of equal rates
 * @param level    the confidence level
 */
public record RateComparison(long x1, double t1, long x2, double t2, OptionalDouble ratio, OptionalDouble ciLow,
        OptionalDouble ciHigh, OptionalDouble pValue, double level) {

    /**
     * Validates: counts not negative, exposures positive, limits ordered, p in [0, 1].
     *
     * @param x1       cases in the first group (the numerator of the ratio)
     * @param t1       its exposure (population)
     * @param x2       cases in the second group
     * @param t2       its exposure
     * @param ratio    (x1 / t1) / (x2 / t2)
     * @param ciLow    lower confidence limit of the ratio
     * @param ciHigh   upper confidence limit of the ratio
     * @param pValue   two-sided p-value of the exact test of equal rates
     * @param level    the confidence level
     * @throws NullPointerException     when {@code ratio}, {@code ciLow}, {@code ciHigh} or {@code pValue}
     *                                  is null
     * @throws IllegalArgumentException when a count is negative, an exposure is not positive and
     *                                  finite, the limits are out of order, the p-value is outside [0, 1]
     *                                  or the level is not strictly between 0 and 1
     */
    public RateComparison {
        if (x1 < 0 || x2 < 0) {
            throw new IllegalArgumentException("counts must be >= 0: " + x1 + ", " + x2);
        }
        if (!(t1 > 0 && t2 > 0) || Double.isInfinite(t1) || Double.isInfinite(t2)) {
            throw new IllegalArgumentException("exposures must be positive and finite: " + t1 + ", " + t2);
        }
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(ciLow, "ciLow");
        Objects.requireNonNull(ciHigh, "ciHigh");
        Objects.requireNonNull(pValue, "pValue");
        if (pValue.isPresent() && !(pValue.getAsDouble() >= 0 && pValue.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("p-value outside [0, 1]: " + pValue.getAsDouble());
        }
        if (ciLow.isPresent() && ciHigh.isPresent() && !(ciLow.getAsDouble() <= ciHigh.getAsDouble())) {
            throw new IllegalArgumentException("confidence limits out of order");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1): " + level);
        }
    }

    /**
     * The change in per cent, (ratio - 1) x 100, if the ratio is defined.
     *
     * @return the change in per cent (such as -12.5 for a rate that fell by an eighth), or empty when
     *         the ratio is not defined
     */
    public OptionalDouble changePercent() {
        return ratio.isPresent() ? OptionalDouble.of((ratio.getAsDouble() - 1) * 100) : OptionalDouble.empty();
    }
}
