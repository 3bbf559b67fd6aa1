package de.lagebild.project;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code survey:} part of a project file: where the responses are, how the sample was drawn,
 * how to weight it and what to estimate.
 *
 * @param file        the survey CSV (absolute)
 * @param fileName    the survey file as written in the project file, for messages
 * @param codebook    the codebook YAML, if any
 * @param id          the respondent id column
 * @param encoding    the file's encoding, or empty to detect it
 * @param delimiter   the file's delimiter, or empty to detect it
 * @param missing     codes meaning item nonresponse for every item
 * @param recodes     derived variables, in the order given
 * @param design      design weights, strata, fpc
 * @param weighting   calibration to population margins
 * @param variance    variance estimation
 * @param indicators  what to estimate
 * @param domains     variables every indicator is also estimated by
 * @param crosstabs   two-way tables with a Rao-Scott test
 * @param invalidRows what to do with rows that cannot be used
 * @param rows        the rows of a shared file to read (one municipality's), or empty for every row
 */
public record SurveySpec(Path file, String fileName, Optional<Path> codebook, String id, Optional<Charset> encoding,
        Optional<Character> delimiter, List<String> missing, List<Recode> recodes, DesignSpec design,
        WeightingSpec weighting, VarianceSpec variance, List<IndicatorSpec> indicators, List<String> domains,
        List<CrosstabSpec> crosstabs, InvalidRows invalidRows, Optional<RowFilter> rows) {

    /**
     * A survey part that reads every row of its file.
     *
     * @param file        the survey CSV (absolute)
     * @param fileName    the survey file as written in the project file, for messages
     * @param codebook    the codebook YAML, if any
     * @param id          the respondent id column
     * @param encoding    the file's encoding, or empty to detect it
     * @param delimiter   the file's delimiter, or empty to detect it
     * @param missing     codes meaning item nonresponse for every item
     * @param recodes     derived variables, in the order given
     * @param design      design weights, strata, fpc
     * @param weighting   calibration to population margins
     * @param variance    variance estimation
     * @param indicators  what to estimate
     * @param domains     variables every indicator is also estimated by
     * @param crosstabs   two-way tables with a Rao-Scott test
     * @param invalidRows what to do with rows that cannot be used
     */
    public SurveySpec(Path file, String fileName, Optional<Path> codebook, String id, Optional<Charset> encoding,
            Optional<Character> delimiter, List<String> missing, List<Recode> recodes, DesignSpec design,
            WeightingSpec weighting, VarianceSpec variance, List<IndicatorSpec> indicators, List<String> domains,
            List<CrosstabSpec> crosstabs, InvalidRows invalidRows) {
        this(file, fileName, codebook, id, encoding, delimiter, missing, recodes, design, weighting, variance,
                indicators, domains, crosstabs, invalidRows, Optional.empty());
    }

    /**
     * Validates and copies.
     *
     * @param file        the survey CSV (absolute)
     * @param fileName    the survey file as written in the project file, for messages
     * @param codebook    the codebook YAML, if any
     * @param id          the respondent id column
     * @param encoding    the file's encoding, or empty to detect it
     * @param delimiter   the file's delimiter, or empty to detect it
     * @param missing     codes meaning item nonresponse for every item
     * @param recodes     derived variables, in the order given
     * @param design      design weights, strata, fpc
     * @param weighting   calibration to population margins
     * @param variance    variance estimation
     * @param indicators  what to estimate
     * @param domains     variables every indicator is also estimated by
     * @param crosstabs   two-way tables with a Rao-Scott test
     * @param invalidRows what to do with rows that cannot be used
     * @param rows        the rows of a shared file to read (one municipality's), or empty for every row
     * @throws NullPointerException when a component, or an element of a list, is null
     */
    public SurveySpec {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(codebook, "codebook");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(delimiter, "delimiter");
        missing = List.copyOf(missing);
        recodes = List.copyOf(recodes);
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(variance, "variance");
        indicators = List.copyOf(indicators);
        domains = List.copyOf(domains);
        crosstabs = List.copyOf(crosstabs);
        Objects.requireNonNull(invalidRows, "invalidRows");
        Objects.requireNonNull(rows, "rows");
    }

    /**
     * The same survey part reading only one municipality's rows, of the survey file and of every
     * margin file.
     *
     * @param filter the filter selecting the municipality's rows; must not be null
     * @return a copy with {@link #rows()} and every margin's {@link WeightingSpec.MarginSpec#rows()} set
     *         to the filter
     * @throws NullPointerException when {@code filter} is null
     */
    public SurveySpec withRows(RowFilter filter) {
        Objects.requireNonNull(filter, "filter");
        WeightingSpec w = new WeightingSpec(weighting.method(), weighting.margins().stream().map(m -> m.withRows(filter))
                .toList(), weighting.lowerBound(), weighting.upperBound(), weighting.trim(), weighting.maxIterations(),
                weighting.tolerance());
        return new SurveySpec(file, fileName, codebook, id, encoding, delimiter, missing, recodes, design, w, variance,
                indicators, domains, crosstabs, invalidRows, Optional.of(filter));
    }

    /** What happens to survey rows that cannot be used (bad design weight, unknown code, duplicate id). */
    public enum InvalidRows {
        /** The run stops and lists every such row (the default: a survey sample is not changed silently). */
        ERROR,
        /** Such rows are left out, and each is listed with its reason in the outputs. */
        REJECT
    }

    /**
     * A derived variable: either a mapping of codes ({@code map}) or intervals of a number
     * ({@code breaks} with {@code labels}: value v gets label i when breaks[i] &lt;= v &lt; breaks[i+1];
     * the last interval is open).
     *
     * @param name      the new variable
     * @param from      the variable it is derived from
     * @param map       code to new code; empty when breaks are used
     * @param breaks    lower interval bounds, ascending; empty when map is used
     * @param labels    one label per interval
     * @param otherwise the code for values the map or breaks do not cover; empty makes such values an error
     */
    public record Recode(String name, String from, java.util.Map<String, String> map, List<Double> breaks,
            List<String> labels, Optional<String> otherwise) {
        /**
         * Validates and copies.
         *
         * @param name      the new variable
         * @param from      the variable it is derived from
         * @param map       code to new code; empty when breaks are used
         * @param breaks    lower interval bounds, ascending; empty when map is used
         * @param labels    one label per interval
         * @param otherwise the code for values the map or breaks do not cover; empty makes such values an error
         * @throws NullPointerException when {@code name}, {@code from}, {@code map}, {@code breaks},
         *                              {@code labels} or {@code otherwise} (or an element) is null
         */
        public Recode {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
            map = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
            breaks = List.copyOf(breaks);
            labels = List.copyOf(labels);
            Objects.requireNonNull(otherwise, "otherwise");
        }
    }

    /**
     * The sampling design: one stage, optionally stratified, with or without finite population
     * correction.
     *
     * @param strata  the stratum column, if stratified
     * @param weights the design weight column; without it, N_h/n_h with fpc, or 1 without fpc
     * @param fpc     the column holding the stratum population size N_h, if any
     */
    public record DesignSpec(Optional<String> strata, Optional<String> weights, Optional<String> fpc) {
        /**
         * Validates the record.
         *
         * @param strata  the stratum column, if stratified
         * @param weights the design weight column; without it, N_h/n_h with fpc, or 1 without fpc
         * @param fpc     the column holding the stratum population size N_h, if any
         * @throws NullPointerException when a component is null
         */
        public DesignSpec {
            Objects.requireNonNull(strata, "strata");
            Objects.requireNonNull(weights, "weights");
            Objects.requireNonNull(fpc, "fpc");
        }
    }

    /** How to estimate variances. */
    public enum VarianceMethod {
        /** Taylor linearization, accounting for calibration, strata and fpc (R's svyrecvar). */
        LINEARIZATION,
        /** Delete-one jackknife within strata (R's JKn). */
        JKN,
        /** Delete-one jackknife ignoring strata (R's JK1). */
        JK1,
        /** Rao-Wu rescaling bootstrap within strata (R's bootweights). */
        BOOTSTRAP
    }

    /**
     * Variance estimation settings.
     *
     * @param method     the method
     * @param replicates number of bootstrap replicates (bootstrap only)
     * @param seed       the random seed for the bootstrap
     */
    public record VarianceSpec(VarianceMethod method, int replicates, long seed) {
        /**
         * Validates the record.
         *
         * @param method     the method
         * @param replicates number of bootstrap replicates (bootstrap only)
         * @param seed       the random seed for the bootstrap
         * @throws NullPointerException     when {@code method} is null
         * @throws IllegalArgumentException when {@code replicates} is below 2 (whatever the method)
         */
        public VarianceSpec {
            Objects.requireNonNull(method, "method");
            if (replicates < 2) {
                throw new IllegalArgumentException("replicates must be at least 2");
            }
        }
    }

    /**
     * A two-way table tested for independence with the Rao-Scott F test.
     *
     * @param row    the survey variable whose categories form the rows
     * @param column the survey variable whose categories form the columns
     */
    public record CrosstabSpec(String row, String column) {
        /**
         * Validates the record.
         *
         * @param row    the survey variable whose categories form the rows
         * @param column the survey variable whose categories form the columns
         * @throws NullPointerException when {@code row} or {@code column} is null
         */
        public CrosstabSpec {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(column, "column");
        }
    }
}
