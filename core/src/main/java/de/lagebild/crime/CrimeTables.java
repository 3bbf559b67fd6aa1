package de.lagebild.crime;

import de.lagebild.crime.CrimeResult.BenchmarkRatio;
import de.lagebild.crime.CrimeResult.FieldValue;
import de.lagebild.crime.CrimeResult.Indicator;
import de.lagebild.crime.CrimeResult.OwiIndicator;
import de.lagebild.crime.CrimeResult.Share;
import de.lagebild.crime.CrimeResult.SourceSummary;
import de.lagebild.crime.CrimeResult.Trend;
import de.lagebild.internal.CsvWriter;
import de.lagebild.io.OutputDir;
import de.lagebild.io.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Writes a {@link CrimeResult} as the CSV tables of {@code lagebild crime} (columns in
 * docs/data-formats-crime.md): UTF-8, {@code ,}, {@code .} as decimal point, round-trip digits,
 * empty cells for values that are not defined.
 */
public final class CrimeTables {
    /** The columns of crime_indicators.csv (the contract of the project-file spec). */
    public static final List<String> INDICATOR_COLUMNS = List.of("area", "ags", "year", "key", "label", "cases",
            "attempts", "cleared", "aq", "hz", "suspects", "tvbz");
    /** The columns of owi_indicators.csv. */
    public static final List<String> OWI_COLUMNS = List.of("area", "ags", "district", "year", "category", "cases",
            "population", "per_1000");

    private CrimeTables() {
    }

    /**
     * Stages the tables in an output folder (the caller commits it): crime_indicators.csv,
     * owi_indicators.csv, crime_trends.csv, crime_benchmarks.csv, crime_structure.csv,
     * fields_of_action.csv, field_indicators.csv, crime_sources.csv and crime_rejected.csv, each
     * written even when it has no rows.
     *
     * @param r   the result of {@link CrimeAnalysis}
     * @param out the output folder the files are staged in
     * @return the file names written, in the order above
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public static List<String> write(CrimeResult r, OutputDir out) {
        List<String> names = new ArrayList<>();
        try (CsvWriter w = CsvWriter.open(out.file("crime_indicators.csv"), INDICATOR_COLUMNS)) {
            for (Indicator i : r.indicators()) {
                w.row(i.area(), i.ags(), (long) i.year(), i.key().code(), i.label(), n(i.cases()), n(i.attempts()),
                        n(i.cleared()), d(i.aq()), d(i.hz()), n(i.suspects()), d(i.tvbz()));
            }
        }
        names.add("crime_indicators.csv");
        try (CsvWriter w = CsvWriter.open(out.file("owi_indicators.csv"), OWI_COLUMNS)) {
            for (OwiIndicator o : r.owi()) {
                w.row(o.area(), o.ags(), o.district(), (long) o.year(), o.category(), o.cases(), d(o.population()),
                        d(o.perThousand()));
            }
        }
        names.add("owi_indicators.csv");
        try (CsvWriter w = CsvWriter.open(out.file("crime_trends.csv"), List.of("area", "ags", "key", "label",
                "from_year", "to_year", "cases_from", "cases_to", "population_from", "population_to", "hz_from", "hz_to",
                "change_pct", "rate_ratio", "ci_low", "ci_high", "p_value", "basis"))) {
            for (Trend t : r.trends()) {
                w.row(t.area(), t.ags(), t.key().code(), t.label(), (long) t.fromYear(), (long) t.toYear(),
                        t.casesFrom(), t.casesTo(), d(t.populationFrom()), d(t.populationTo()), d(t.hzFrom()),
                        d(t.hzTo()), d(t.comparison().changePercent()), d(t.comparison().ratio()),
                        d(t.comparison().ciLow()), d(t.comparison().ciHigh()), d(t.comparison().pValue()), t.basis());
            }
        }
        names.add("crime_trends.csv");
        try (CsvWriter w = CsvWriter.open(out.file("crime_benchmarks.csv"), List.of("area", "ags", "benchmark",
                "benchmark_ags", "year", "key", "label", "hz", "benchmark_hz", "ratio", "ci_low", "ci_high", "p_value",
                "method"))) {
            for (BenchmarkRatio b : r.benchmarks()) {
                w.row(b.area(), b.ags(), b.benchmark(), b.benchmarkAgs(), (long) b.year(), b.key().code(), b.label(),
                        d(b.hz()), d(b.benchmarkHz()), d(b.ratio()), d(b.ciLow()), d(b.ciHigh()), d(b.pValue()),
                        b.method());
            }
        }
        names.add("crime_benchmarks.csv");
        try (CsvWriter w = CsvWriter.open(out.file("crime_structure.csv"), List.of("area", "ags", "year", "key",
                "label", "cases", "share"))) {
            for (Share s : r.structure()) {
                w.row(s.area(), s.ags(), (long) s.year(), s.key().code(), s.label(), s.cases(), d(s.share()));
            }
        }
        names.add("crime_structure.csv");
        try (CsvWriter w = CsvWriter.open(out.file("fields_of_action.csv"), List.of("field", "label", "source",
                "item"))) {
            for (FieldOfAction f : r.fields()) {
                f.pks().forEach(k -> w.row(f.name(), f.label(), "pks", k.code()));
                f.owi().forEach(c -> w.row(f.name(), f.label(), "owi", c));
                f.survey().forEach(s -> w.row(f.name(), f.label(), "survey", s));
            }
        }
        names.add("fields_of_action.csv");
        try (CsvWriter w = CsvWriter.open(out.file("field_indicators.csv"), List.of("field", "label", "area", "ags",
                "year", "source", "item", "item_label", "cases", "rate", "rate_unit"))) {
            for (FieldValue v : r.fieldValues()) {
                w.row(v.field(), v.label(), v.area(), v.ags(), (long) v.year(), v.source(), v.item(), v.itemLabel(),
                        v.cases(), d(v.rate()), v.rateUnit());
            }
        }
        names.add("field_indicators.csv");
        try (CsvWriter w = CsvWriter.open(out.file("crime_sources.csv"), List.of("file", "kind", "format", "rows_read",
                "rows_used", "rows_rejected", "notes"))) {
            for (SourceSummary s : r.sources()) {
                w.row(s.file(), s.kind(), s.format(), s.read(), s.used(), s.rejected(), s.notes());
            }
            for (String note : r.notes()) {
                w.row("", "note", "", null, null, null, note);
            }
        }
        names.add("crime_sources.csv");
        try (CsvWriter w = CsvWriter.open(out.file("crime_rejected.csv"), List.of("file", "line", "column", "value",
                "reason"))) {
            for (Problem p : r.rejected()) {
                w.row(p.source(), p.line(), p.column(), p.value(), p.message());
            }
        }
        names.add("crime_rejected.csv");
        return names;
    }

    private static Long n(OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }

    private static Double d(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }
}
