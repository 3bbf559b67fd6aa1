package de.lagebild.project;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the survey is weighted to the population ({@code survey.weighting}).
 *
 * @param method        the weighting method
 * @param margins       the population margins to calibrate to
 * @param lowerBound    lower bound on g = weight / design weight ({@code -Infinity} when unbounded)
 * @param upperBound    upper bound on g ({@code Infinity} when unbounded)
 * @param trim          trimming applied after calibration, if any
 * @param maxIterations iteration limit
 * @param tolerance     convergence tolerance: every margin's |misfit| / (1 + |total|) below it
 */
public record WeightingSpec(Method method, List<MarginSpec> margins, double lowerBound, double upperBound,
        Optional<TrimSpec> trim, int maxIterations, double tolerance) {

    /**
     * Validates and copies.
     *
     * @param method        the weighting method
     * @param margins       the population margins to calibrate to
     * @param lowerBound    lower bound on g = weight / design weight ({@code -Infinity} when unbounded)
     * @param upperBound    upper bound on g ({@code Infinity} when unbounded)
     * @param trim          trimming applied after calibration, if any
     * @param maxIterations iteration limit
     * @param tolerance     convergence tolerance: every margin's |misfit| / (1 + |total|) below it
     * @throws NullPointerException when {@code method}, {@code margins}, a margin or {@code trim} is null
     */
    public WeightingSpec {
        Objects.requireNonNull(method, "method");
        margins = List.copyOf(margins);
        Objects.requireNonNull(trim, "trim");
    }

    /**
     * No weighting: the design weights only.
     *
     * @return method {@link Method#NONE}, no margins, no bounds, no trimming, 100 iterations and
     *         tolerance 1e-10
     */
    public static WeightingSpec none() {
        return new WeightingSpec(Method.NONE, List.of(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Optional.empty(), 100, 1e-10);
    }

    /**
     * Whether bounds on g were given.
     *
     * @return true when the lower bound is finite or the upper bound is finite
     */
    public boolean bounded() {
        return lowerBound > Double.NEGATIVE_INFINITY || upperBound < Double.POSITIVE_INFINITY;
    }

    /** The weighting methods. */
    public enum Method {
        /** Design weights only. */
        NONE("none"),
        /** Post-stratification to one (possibly joint) margin (R's postStratify). */
        POSTSTRATIFY("poststratify"),
        /** Raking: iterative proportional fitting to several margins (R's rake, calibrate(calfun = "raking")). */
        RAKING("raking"),
        /** Linear (GREG) calibration, optionally with bounds (R's calibrate(calfun = "linear")). */
        LINEAR("linear"),
        /** Logit calibration with bounds (R's calibrate(calfun = "logit")). */
        LOGIT("logit");

        private final String key;

        Method(String key) {
            this.key = key;
        }

        /**
         * The word used in the project file and in outputs.
         *
         * @return the word, such as {@code raking}
         */
        public String key() {
            return key;
        }
    }

    /**
     * One population margin: a table of population counts over one variable or the joint
     * categories of several.
     *
     * @param variables survey variables the margin is over
     * @param file      the margin CSV (absolute)
     * @param fileName  as written in the project file
     * @param columns   survey variable to margin-file column, where the names differ
     * @param count     the column with the population count
     * @param encoding  the file's encoding, or empty to detect
     * @param delimiter the delimiter, or empty to detect
     * @param rows      the rows of a shared file to read (one municipality's), or empty for every row
     */
    public record MarginSpec(List<String> variables, Path file, String fileName, Map<String, String> columns,
            String count, Optional<Charset> encoding, Optional<Character> delimiter, Optional<RowFilter> rows) {

        /**
         * A margin that reads every row of its file.
         *
         * @param variables survey variables the margin is over
         * @param file      the margin CSV (absolute)
         * @param fileName  as written in the project file
         * @param columns   survey variable to margin-file column, where the names differ
         * @param count     the column with the population count
         * @param encoding  the file's encoding, or empty to detect
         * @param delimiter the delimiter, or empty to detect
         */
        public MarginSpec(List<String> variables, Path file, String fileName, Map<String, String> columns,
                String count, Optional<Charset> encoding, Optional<Character> delimiter) {
            this(variables, file, fileName, columns, count, encoding, delimiter, Optional.empty());
        }

        /**
         * Validates and copies.
         *
         * @param variables survey variables the margin is over
         * @param file      the margin CSV (absolute)
         * @param fileName  as written in the project file
         * @param columns   survey variable to margin-file column, where the names differ
         * @param count     the column with the population count
         * @param encoding  the file's encoding, or empty to detect
         * @param delimiter the delimiter, or empty to detect
         * @param rows      the rows of a shared file to read (one municipality's), or empty for every row
         * @throws NullPointerException when a component, a variable or a column mapping is null
         */
        public MarginSpec {
            variables = List.copyOf(variables);
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(fileName, "fileName");
            columns = Map.copyOf(columns);
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(encoding, "encoding");
            Objects.requireNonNull(delimiter, "delimiter");
            Objects.requireNonNull(rows, "rows");
        }

        /**
         * The same margin reading only the rows a filter selects.
         *
         * @param filter the filter selecting one municipality's rows
         * @return a copy of this margin with {@link #rows()} set to the filter
         */
        public MarginSpec withRows(RowFilter filter) {
            return new MarginSpec(variables, file, fileName, columns, count, encoding, delimiter, Optional.of(filter));
        }

        /**
         * The margin-file column for a survey variable.
         *
         * @param variable a survey variable of {@link #variables()}
         * @return the column named for it in {@link #columns()}, or the variable's own name
         */
        public String columnFor(String variable) {
            return columns.getOrDefault(variable, variable);
        }
    }

    /**
     * Trimming after calibration, as R's {@code trimWeights}: weights outside [lower, upper] are set
     * to the limit and the trimmed amount is spread in equal parts over the weights not trimmed;
     * with {@code strict} this repeats until no weight is outside.
     *
     * @param lower          lower limit ({@code -Infinity} for none)
     * @param upper          upper limit ({@code Infinity} for none)
     * @param relativeToMean whether the limits are multiples of the mean weight after calibration
     * @param strict         repeat until every weight is within the limits
     */
    public record TrimSpec(double lower, double upper, boolean relativeToMean, boolean strict) {
    }
}
