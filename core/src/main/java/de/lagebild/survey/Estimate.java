package de.lagebild.survey;

import de.lagebild.project.IndicatorSpec.Statistic;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One estimate of an indicator, for the whole population or one domain.
 *
 * @param indicator      the indicator's name
 * @param statistic      proportion, mean, total or ratio
 * @param domainVariable the domain variable, "" for the whole population
 * @param domain         the domain's category, "" for the whole population
 * @param estimate       the point estimate
 * @param se             the standard error; empty where it cannot be estimated (fewer than two
 *                       respondents in every stratum of the domain)
 * @param ci             the confidence interval, where one applies
 * @param n              respondents in the domain (unweighted)
 * @param weightSum      the domain's estimated population size (sum of weights)
 * @param deff           the design effect against simple random sampling without replacement (R's
 *                       {@code deff = TRUE}); empty where not defined
 * @param df             the degrees of freedom used for t quantiles
 */
public record Estimate(String indicator, Statistic statistic, String domainVariable, String domain, double estimate,
        OptionalDouble se, Optional<Interval> ci, int n, double weightSum, OptionalDouble deff, int df) {

    /**
     * Validates the record.
     *
     * @param indicator      the indicator's name
     * @param statistic      proportion, mean, total or ratio
     * @param domainVariable the domain variable, "" for the whole population
     * @param domain         the domain's category, "" for the whole population
     * @param estimate       the point estimate
     * @param se             the standard error; empty where it cannot be estimated (fewer than two
     *                       respondents in every stratum of the domain)
     * @param ci             the confidence interval, where one applies
     * @param n              respondents in the domain (unweighted)
     * @param weightSum      the domain's estimated population size (sum of weights)
     * @param deff           the design effect against simple random sampling without replacement (R's
     *                       {@code deff = TRUE}); empty where not defined
     * @param df             the degrees of freedom used for t quantiles
     * @throws NullPointerException     when {@code indicator}, {@code statistic}, {@code domainVariable},
     *                                  {@code domain}, {@code se}, {@code ci} or {@code deff} is null
     * @throws IllegalArgumentException when the estimate is not finite, the standard error is negative
     *                                  or NaN, {@code n} is below 1, or the design effect is not finite
     */
    public Estimate {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(domainVariable, "domainVariable");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(se, "se");
        Objects.requireNonNull(ci, "ci");
        Objects.requireNonNull(deff, "deff");
        if (!Double.isFinite(estimate)) {
            throw new IllegalArgumentException("estimate must be finite: " + estimate);
        }
        if (se.isPresent() && !(se.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("se must be >= 0: " + se);
        }
        if (n < 1) {
            throw new IllegalArgumentException("an estimate needs at least one respondent");
        }
        if (deff.isPresent() && !Double.isFinite(deff.getAsDouble())) {
            throw new IllegalArgumentException("deff must be finite");
        }
    }

    /**
     * Whether this is the whole-population estimate.
     *
     * @return true when {@link #domainVariable()} is empty
     */
    public boolean overall() {
        return domainVariable.isEmpty();
    }
}
