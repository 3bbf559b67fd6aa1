package de.lagebild.survey;

import de.lagebild.internal.CsvWriter;
import de.lagebild.io.Problem;
import de.lagebild.io.RowAccount;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the machine-readable survey outputs of {@code lagebild weight} and
 * {@code lagebild estimate} (see the command-line reference): numbers with {@code .} as decimal
 * point and enough digits to round-trip, empty fields where a value does not apply.
 */
public final class SurveyCsv {
    private SurveyCsv() {
    }

    /** The columns of weights.csv. */
    public static final List<String> WEIGHTS = List.of("id", "design_weight", "weight");
    /** The columns of weighting.csv. */
    public static final List<String> WEIGHTING = List.of("method", "iterations", "converged", "max_misfit",
            "min_weight", "max_weight", "mean_weight", "kish_deff", "effective_n", "n", "sum_weights",
            "max_relative_misfit", "min_g", "max_g", "trimmed", "bounds_scale");
    /** The columns of survey_estimates.csv. */
    public static final List<String> ESTIMATES = List.of("indicator", "statistic", "domain_var", "domain",
            "estimate", "se", "ci_low", "ci_high", "n", "deff");
    /** The columns of crosstabs.csv. */
    public static final List<String> CROSSTABS = List.of("row", "column", "statistic", "ndf", "ddf", "p");
    /** The columns of rejected_rows.csv. */
    public static final List<String> REJECTED = List.of("file", "line", "column", "value", "reason");

    /**
     * weights.csv: one row per respondent in input order, with the columns {@link #WEIGHTS}.
     *
     * @param file the file to create or replace
     * @param wd   the weighted design
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void writeWeights(Path file, WeightedDesign wd) {
        try (CsvWriter w = CsvWriter.open(file, WEIGHTS)) {
            SurveyData data = wd.data();
            for (int i = 0; i < wd.size(); i++) {
                w.row(data.id(i), wd.design().designWeight(i), wd.weight(i));
            }
        }
    }

    /**
     * weighting.csv: the diagnostics in one row, with the columns {@link #WEIGHTING}.
     *
     * @param file the file to create or replace
     * @param d    the diagnostics of the weighting
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void writeWeighting(Path file, WeightingDiagnostics d) {
        try (CsvWriter w = CsvWriter.open(file, WEIGHTING)) {
            w.row(d.method(), d.iterations(), d.converged(), d.maxMisfit(), d.minWeight(), d.maxWeight(),
                    d.meanWeight(), d.kish(), d.effectiveN(), d.n(), d.sumWeights(), d.maxRelativeMisfit(), d.minG(),
                    d.maxG(), d.trimmed(), d.boundsScale());
        }
    }

    /**
     * survey_estimates.csv: one row per estimate, in the order of {@link SurveyResults#estimates()},
     * with the columns {@link #ESTIMATES}.
     *
     * @param file    the file to create or replace
     * @param results the estimates
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void writeEstimates(Path file, SurveyResults results) {
        try (CsvWriter w = CsvWriter.open(file, ESTIMATES)) {
            for (Estimate e : results.estimates()) {
                w.row(e.indicator(), e.statistic().key(), e.domainVariable(), e.domain(), e.estimate(),
                        e.se().isPresent() ? e.se().getAsDouble() : null,
                        e.ci().map(Interval::low).orElse(null), e.ci().map(Interval::high).orElse(null), e.n(),
                        e.deff().isPresent() ? e.deff().getAsDouble() : null);
            }
        }
    }

    /**
     * crosstabs.csv: one row per tested table, with the columns {@link #CROSSTABS}.
     *
     * @param file    the file to create or replace
     * @param results the results whose crosstabs are written
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void writeCrosstabs(Path file, SurveyResults results) {
        try (CsvWriter w = CsvWriter.open(file, CROSSTABS)) {
            for (CrosstabResult c : results.crosstabs()) {
                w.row(c.row(), c.column(), c.statistic(), c.ndf(), c.ddf(), c.p());
            }
        }
    }

    /**
     * rejected_rows.csv: every rejected input row with its reason, with the columns {@link #REJECTED};
     * the line is empty for a problem without one.
     *
     * @param file     the file to create or replace
     * @param accounts the accounts of the files read, whose rejections are written in order
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void writeRejected(Path file, List<RowAccount> accounts) {
        try (CsvWriter w = CsvWriter.open(file, REJECTED)) {
            for (RowAccount a : accounts) {
                for (Problem p : a.rejected()) {
                    w.row(p.source(), p.line() > 0 ? p.line() : null, p.column(), p.value(), p.message());
                }
            }
        }
    }
}
