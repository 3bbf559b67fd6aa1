package de.lagebild.survey;

import java.util.Objects;

/**
 * The difference of an indicator between two domains of one survey, or between two independently
 * sampled surveys (municipalities), with its standard error, confidence interval and two-sided
 * t test of no difference.
 *
 * @param indicator the indicator
 * @param first     the first domain (or municipality)
 * @param second    the second domain (or municipality)
 * @param estimate  first minus second
 * @param se        the standard error of the difference
 * @param ci        the confidence interval (t-based)
 * @param t         estimate / se
 * @param df        degrees of freedom of the t distribution
 * @param p         the two-sided p-value
 */
public record Difference(String indicator, String first, String second, double estimate, double se, Interval ci,
        double t, double df, double p) {
    /**
     * Validates the record.
     *
     * @param indicator the indicator
     * @param first     the first domain (or municipality)
     * @param second    the second domain (or municipality)
     * @param estimate  first minus second
     * @param se        the standard error of the difference
     * @param ci        the confidence interval (t-based)
     * @param t         estimate / se
     * @param df        degrees of freedom of the t distribution
     * @param p         the two-sided p-value
     * @throws NullPointerException     when {@code indicator}, {@code first}, {@code second} or {@code ci}
     *                                  is null
     * @throws IllegalArgumentException when the estimate is not finite, {@code se} is negative or NaN,
     *                                  {@code df} is not positive, or {@code p} is outside [0, 1]
     */
    public Difference {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(ci, "ci");
        if (!Double.isFinite(estimate) || !(se >= 0) || !(p >= 0 && p <= 1) || !(df > 0)) {
            throw new IllegalArgumentException("a difference needs a finite estimate, se >= 0, df > 0, p in [0, 1]");
        }
    }
}
