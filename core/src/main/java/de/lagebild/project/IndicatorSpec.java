package de.lagebild.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A survey indicator ({@code survey.indicators[]}).
 *
 * @param name        the indicator's name (a machine name)
 * @param label       a label for the report
 * @param type        proportion, mean, total or ratio
 * @param variable    the survey variable (or codebook scale)
 * @param valid       the values that form the indicator's domain; empty: every value not missing
 * @param success     for a proportion: the values counted as success
 * @param ci          the confidence interval method
 * @param level       the confidence level, such as 0.95
 * @param denominator for a ratio: the denominator variable
 */
public record IndicatorSpec(String name, String label, Statistic type, String variable, List<String> valid,
        List<String> success, CiMethod ci, double level, Optional<String> denominator) {

    /**
     * Validates and copies.
     *
     * @param name        the indicator's name (a machine name)
     * @param label       a label for the report
     * @param type        proportion, mean, total or ratio
     * @param variable    the survey variable (or codebook scale)
     * @param valid       the values that form the indicator's domain; empty: every value not missing
     * @param success     for a proportion: the values counted as success
     * @param ci          the confidence interval method
     * @param level       the confidence level, such as 0.95
     * @param denominator for a ratio: the denominator variable
     * @throws NullPointerException     when a component other than {@code level} is null
     * @throws IllegalArgumentException when {@code level} is not strictly between 0 and 1
     */
    public IndicatorSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(variable, "variable");
        valid = List.copyOf(valid);
        success = List.copyOf(success);
        Objects.requireNonNull(ci, "ci");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be between 0 and 1: " + level);
        }
        Objects.requireNonNull(denominator, "denominator");
    }

    /** What an indicator estimates. */
    public enum Statistic {
        /** A population share. */
        PROPORTION("proportion"),
        /** A population mean. */
        MEAN("mean"),
        /** A population total. */
        TOTAL("total"),
        /** A ratio of two population totals. */
        RATIO("ratio");

        private final String key;

        Statistic(String key) {
            this.key = key;
        }

        /**
         * The word used in the project file and outputs.
         *
         * @return the word, such as {@code proportion}
         */
        public String key() {
            return key;
        }
    }

    /** Confidence interval methods. */
    public enum CiMethod {
        /** Logit-transformed interval for a proportion (R's svyciprop method "logit"). */
        LOGIT("logit"),
        /** Korn-Graubard interval for a proportion (R's svyciprop method "beta"). */
        BETA("beta"),
        /** Wilson score interval with the effective sample size. */
        WILSON("wilson"),
        /** Wald interval: estimate plus or minus t times SE (R's confint with df = degf). */
        WALD("wald");

        private final String key;

        CiMethod(String key) {
            this.key = key;
        }

        /**
         * The word used in the project file and outputs.
         *
         * @return the word, such as {@code logit}
         */
        public String key() {
            return key;
        }
    }
}
