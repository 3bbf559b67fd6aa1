package de.lagebild.survey;

import de.lagebild.project.SurveySpec.VarianceMethod;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All survey results of a project: every indicator for the whole population and by each domain
 * variable, the tested crosstabs, and the reliability of the codebook's scales. Immutable.
 *
 * @param estimates   estimates in indicator order; within an indicator the whole population first,
 *                    then each domain variable's categories in display order
 * @param crosstabs   the crosstabs in the order given
 * @param scales      reliability of each codebook scale
 * @param variance    the variance method used
 * @param replicates  number of replicates (0 for linearization)
 */
public record SurveyResults(List<Estimate> estimates, List<CrosstabResult> crosstabs, List<ScaleReliability> scales,
        VarianceMethod variance, int replicates) {

    /**
     * Copies.
     *
     * @param estimates   estimates in indicator order; within an indicator the whole population first,
     *                    then each domain variable's categories in display order
     * @param crosstabs   the crosstabs in the order given
     * @param scales      reliability of each codebook scale
     * @param variance    the variance method used
     * @param replicates  number of replicates (0 for linearization)
     * @throws NullPointerException when a list, a list element or {@code variance} is null
     */
    public SurveyResults {
        estimates = List.copyOf(estimates);
        crosstabs = List.copyOf(crosstabs);
        scales = List.copyOf(scales);
        Objects.requireNonNull(variance, "variance");
    }

    /**
     * The whole-population estimate of an indicator.
     *
     * @param indicator the indicator's name
     * @return the estimate, or empty when there is no indicator of that name
     */
    public Optional<Estimate> overall(String indicator) {
        return estimates.stream().filter(e -> e.indicator().equals(indicator) && e.overall()).findFirst();
    }

    /**
     * An indicator's estimates by one domain variable, in display order.
     *
     * @param indicator      the indicator's name
     * @param domainVariable the domain variable, as in {@code survey.domains}; "" gives the
     *                       whole-population estimate
     * @return a new list, one estimate per category; empty when there is no such indicator or domain
     */
    public List<Estimate> by(String indicator, String domainVariable) {
        return estimates.stream().filter(e -> e.indicator().equals(indicator)
                && e.domainVariable().equals(domainVariable)).toList();
    }
}
