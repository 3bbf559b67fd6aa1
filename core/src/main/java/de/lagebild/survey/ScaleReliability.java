package de.lagebild.survey;

import java.util.List;
import java.util.Objects;

/**
 * The internal consistency of a scale: Cronbach's alpha over the respondents who answered every
 * item, alpha = k / (k - 1) (1 - sum of item variances / variance of the sum), unweighted, as
 * {@code psych::alpha} reports the raw alpha.
 *
 * @param scale      the scale's name
 * @param items      its items
 * @param alpha      Cronbach's alpha
 * @param complete   respondents with every item answered
 */
public record ScaleReliability(String scale, List<String> items, double alpha, int complete) {
    /**
     * Validates and copies.
     *
     * @param scale      the scale's name
     * @param items      its items
     * @param alpha      Cronbach's alpha
     * @param complete   respondents with every item answered
     * @throws NullPointerException when {@code scale}, {@code items} or an item is null
     */
    public ScaleReliability {
        Objects.requireNonNull(scale, "scale");
        items = List.copyOf(items);
    }
}
