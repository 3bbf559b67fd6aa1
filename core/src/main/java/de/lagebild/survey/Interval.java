package de.lagebild.survey;

import de.lagebild.project.IndicatorSpec.CiMethod;
import java.util.Objects;

/**
 * A confidence interval.
 *
 * @param low    lower limit
 * @param high   upper limit
 * @param level  confidence level, such as 0.95
 * @param method how it was computed
 */
public record Interval(double low, double high, double level, CiMethod method) {
    /**
     * Validates the record: finite limits in order, a level between 0 and 1.
     *
     * @param low    lower limit
     * @param high   upper limit
     * @param level  confidence level, such as 0.95
     * @param method how it was computed
     * @throws NullPointerException     when {@code method} is null
     * @throws IllegalArgumentException when a limit is not finite, {@code low > high}, or the level is
     *                                  not strictly between 0 and 1
     */
    public Interval {
        Objects.requireNonNull(method, "method");
        if (!(low <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("interval limits must be finite and ordered: " + low + ", " + high);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be between 0 and 1: " + level);
        }
    }
}
