package de.lagebild.report;

import de.lagebild.cohort.Ranking;
import de.lagebild.crime.CrimeResult;
import de.lagebild.crime.OffenceKey;
import de.lagebild.io.InputException;
import de.lagebild.io.OutputDir;
import de.lagebild.project.Cohort;
import de.lagebild.project.IndicatorSpec;
import de.lagebild.project.Municipality;
import de.lagebild.survey.Estimate;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.WeightedDesign;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The cohort comparison report ({@code lagebild batch}): the municipalities of a cohort side by
 * side, with the Häufigkeitszahl of one PKS key (Poisson intervals) and the headline survey
 * indicator, the Sicherheitsgefühl (the survey's intervals), rankings with rank intervals
 * ({@link Ranking}), and the cohort's pooled estimates. It is a {@link Report} of the report
 * library: a PDF with German number formats and every table as CSV.
 *
 * <pre>{@code
 * List<CohortReport.Entry> entries = ...;   // CohortReport.Entry.of(id, "analysiert", analysis, cohort.comparison())
 * Report r = CohortReport.build(cohort, entries);
 * try (OutputDir dir = OutputDir.open(out.resolve("_vergleich"))) {
 *     CohortReport.write(r, dir);
 *     dir.commit();
 * }
 * }</pre>
 */
public final class CohortReport {
    /** The PDF's file name in the comparison folder. */
    public static final String PDF_NAME = "Kohortenvergleich.pdf";

    private CohortReport() {
    }

    /**
     * What the comparison needs of one municipality.
     *
     * @param id     its output folder's name ({@link Cohort.Member#id()})
     * @param name   its name
     * @param ags    its 8-digit Amtlicher Gemeindeschlüssel ("" when unknown, as for a municipality
     *               whose project could not be read)
     * @param status "analysiert", "unverändert" or "fehlgeschlagen", as printed in the report
     * @param survey the compared survey indicator's estimate and the weighted survey, or empty when
     *               it has no survey or not that indicator
     * @param hz     cases and population of the compared PKS key, one per year with cases; empty
     *               without official statistics
     */
    public record Entry(String id, String name, String ags, String status, Optional<SurveyFigure> survey,
            List<HzFigure> hz) {
        /**
         * Validates and copies.
         *
         * @param id     its output folder's name
         * @param name   its name
         * @param ags    its 8-digit Amtlicher Gemeindeschlüssel ("" when unknown)
         * @param status "analysiert", "unverändert" or "fehlgeschlagen"
         * @param survey the compared survey indicator's figure, or empty
         * @param hz     cases and population of the compared PKS key, by year
         * @throws NullPointerException when a component or an element of {@code hz} is null
         */
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(ags, "ags");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(survey, "survey");
            hz = List.copyOf(hz);
        }

        /**
         * A municipality whose analysis failed: listed, not compared.
         *
         * @param id   its output folder's name
         * @param name its name, or how the cohort names it when its project could not be read
         * @return an entry with status "fehlgeschlagen", without AGS, survey or HZ figures
         */
        public static Entry failed(String id, String name) {
            return new Entry(id, name, "", "fehlgeschlagen", Optional.empty(), List.of());
        }

        /**
         * The comparison figures of an analysed municipality.
         *
         * @param id     its output folder's name
         * @param status "analysiert" or "unverändert"
         * @param a      its analysis; its project gives name and AGS
         * @param c      what the cohort compares (the survey indicator and the PKS key)
         * @return the entry
         * @throws IllegalArgumentException when the compared PKS key is not a key
         */
        public static Entry of(String id, String status, Analysis a, Cohort.Comparison c) {
            Municipality m = a.project().municipality();
            Optional<SurveyFigure> sf = Optional.empty();
            if (a.surveyResults().isPresent() && a.survey().isPresent()) {
                sf = SurveyFigure.of(a.survey().get().weighted(), a.project().survey().get().indicators(),
                        a.surveyResults().get().estimates(), c);
            }
            return new Entry(id, m.name(), m.ags(), status, sf, a.crime().map(cr -> HzFigure.of(cr, m.ags(),
                    c.crimeKey())).orElse(List.of()));
        }

        /**
         * The comparison figures of a municipality whose report is up to date: its survey read,
         * weighted and estimated for the compared indicator only, its crime indicators computed; no
         * report is built.
         *
         * @param id     its output folder's name
         * @param status the status printed, "unverändert" in a batch run
         * @param p      its project, as loaded
         * @param c      what the cohort compares (the survey indicator and the PKS key)
         * @return the entry
         * @throws InputException           listing the problems of its inputs
         * @throws IllegalArgumentException when the compared PKS key is not a key
         */
        public static Entry light(String id, String status, de.lagebild.project.Project p, Cohort.Comparison c) {
            Optional<SurveyFigure> sf = Optional.empty();
            if (p.survey().isPresent() && !p.survey().get().indicators().isEmpty()) {
                de.lagebild.project.SurveySpec spec = p.survey().get();
                de.lagebild.survey.SurveyRun run = de.lagebild.survey.SurveyRun.of(p);
                String name = c.indicator().orElse(spec.indicators().get(0).name());
                List<IndicatorSpec> one = spec.indicators().stream().filter(i -> i.name().equals(name)).toList();
                if (!one.isEmpty()) {
                    List<Estimate> est = SurveyEstimation.run(run.weighted(), one, List.of(), List.of(),
                            spec.variance()).estimates();
                    sf = SurveyFigure.of(run.weighted(), one, est, c);
                }
            }
            List<HzFigure> hz = p.crime().isPresent() ? HzFigure.of(de.lagebild.crime.CrimeAnalysis.run(p),
                    p.municipality().ags(), c.crimeKey()) : List.of();
            return new Entry(id, p.municipality().name(), p.municipality().ags(), status, sf, hz);
        }
    }

    /**
     * The compared survey indicator (the Sicherheitsgefühl) of one municipality.
     *
     * @param indicator its definition
     * @param estimate  the estimate for the whole population
     * @param design    the weighted survey (for the pooled estimate)
     */
    public record SurveyFigure(IndicatorSpec indicator, Estimate estimate, WeightedDesign design) {
        /**
         * Validates the record.
         *
         * @param indicator its definition
         * @param estimate  the estimate for the whole population
         * @param design    the weighted survey
         * @throws NullPointerException when a component is null
         */
        public SurveyFigure {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(estimate, "estimate");
            Objects.requireNonNull(design, "design");
        }

        /**
         * The compared indicator among a municipality's estimates, if it has it.
         *
         * @param design     the municipality's weighted survey
         * @param indicators its survey's indicators, in project-file order
         * @param estimates  its estimates; the compared indicator's whole-population estimate is taken
         * @param c          what the cohort compares: the indicator's name, or empty for the
         *                   municipality's first indicator
         * @return the figure, or empty when there are no indicators, none of the compared name, or no
         *         whole-population estimate of it
         */
        public static Optional<SurveyFigure> of(WeightedDesign design, List<IndicatorSpec> indicators,
                List<Estimate> estimates, Cohort.Comparison c) {
            if (indicators.isEmpty()) {
                return Optional.empty();
            }
            String name = c.indicator().orElse(indicators.get(0).name());
            Optional<IndicatorSpec> spec = indicators.stream().filter(i -> i.name().equals(name)).findFirst();
            Optional<Estimate> e = estimates.stream().filter(x -> x.overall() && x.indicator().equals(name)).findFirst();
            if (spec.isEmpty() || e.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SurveyFigure(spec.get(), e.get(), design));
        }
    }

    /**
     * Cases of the compared key in one year, with the population the HZ rests on.
     *
     * @param year       the PKS year
     * @param label      the offence's label, such as "Straftaten insgesamt"
     * @param cases      the recorded cases
     * @param population the population (derived from cases and HZ: cases x 100,000 / HZ; for the
     *                   pooled figure, the sum over the municipalities)
     */
    public record HzFigure(int year, String label, long cases, double population) {
        /**
         * The HZ of every year of a municipality's crime results, for one PKS key.
         *
         * @param r   the municipality's crime results
         * @param ags its 8-digit Amtlicher Gemeindeschlüssel (the results also hold its benchmark areas)
         * @param key the PKS key, such as {@code ------} (Straftaten insgesamt) or {@code 435*00}
         * @return one figure per year with cases and a Häufigkeitszahl above 0, in the order of the
         *         results' indicators; empty when there is none
         * @throws IllegalArgumentException when {@code key} is not a key
         */
        public static List<HzFigure> of(CrimeResult r, String ags, String key) {
            OffenceKey k = OffenceKey.parse(key);
            List<HzFigure> out = new ArrayList<>();
            for (CrimeResult.Indicator i : r.indicators()) {
                if (!i.ags().equals(ags) || !i.key().equals(k) || i.cases().isEmpty() || i.hz().isEmpty()) {
                    continue;
                }
                long cases = i.cases().getAsLong();
                double hz = i.hz().getAsDouble();
                if (cases > 0 && hz > 0) {
                    out.add(new HzFigure(i.year(), i.label(), cases, cases * 100_000.0 / hz));
                }
            }
            return out;
        }

        double hz() {
            return cases * 100_000.0 / population;
        }
    }

    /** A rate's exact Poisson interval (Garwood), R's {@code poisson.test(x, T)$conf.int}, per 100,000. */
    static double[] poissonInterval(long cases, double population, double level) {
        double a = 1 - level;
        double low = cases == 0 ? 0 : new ChiSquaredDistribution(null, 2.0 * cases).inverseCumulativeProbability(a / 2) / 2;
        double high = new ChiSquaredDistribution(null, 2.0 * cases + 2).inverseCumulativeProbability(1 - a / 2) / 2;
        return new double[] {low * 100_000 / population, high * 100_000 / population};
    }

    /**
     * Builds the comparison report: overview, Häufigkeitszahl, Sicherheitsgefühl, Methodik and the
     * status of every municipality. The compared year is the cohort's, or the latest year any entry
     * has; figures resting on fewer than the cohort's {@code min_cell} cases or respondents are
     * withheld and left out of the rankings.
     *
     * @param cohort  the cohort: title, date, {@code min_cell} and what it compares
     * @param entries one per municipality, failed ones included, in the cohort's order
     * @return the report, ready to {@link #write(Report, OutputDir) write}
     */
    public static Report build(Cohort cohort, List<Entry> entries) {
        Data d = Data.of(cohort, entries);
        ReportContext ctx = new ReportContext(cohort.title(), "Vergleich der Sicherheitsanalysen von " + entries.size()
                + " Gemeinden", new Municipality(cohort.name(), "", List.of()), cohort.created(), cohort.minCell(),
                "Lagebild " + de.lagebild.Lagebild.version());
        return Report.builder(ctx).add(new CohortChapters.Overview(d)).add(new CohortChapters.Crime(d))
                .add(new CohortChapters.Survey(d)).add(new CohortChapters.Methods(d)).add(new CohortChapters.Status(d))
                .build();
    }

    /**
     * Writes {@value #PDF_NAME} and every table as {@code tables/<id>.csv} (the caller commits).
     *
     * @param report the comparison report, from {@link #build}
     * @param dir    the opened output folder, such as {@code OUT/_vergleich}, not yet committed
     * @return the names written, relative to the folder with {@code /} as separator, PDF first
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<String> write(Report report, OutputDir dir) {
        List<String> names = new ArrayList<>();
        try {
            Files.write(dir.file(PDF_NAME), report.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.add(PDF_NAME);
        for (Table t : report.tables()) {
            t.writeCsv(dir.file(t.csvName()));
            names.add(t.csvName());
        }
        return names;
    }

    /** Everything the chapters show, computed once. */
    static final class Data {
        final Cohort cohort;
        final List<Entry> entries;
        final OptionalInt year;
        final String crimeLabel;
        /** Per entry: its HZ figure of the year, or null. */
        final List<HzFigure> hz = new ArrayList<>();
        final List<Ranking.Rank> hzRanks = new ArrayList<>();
        final List<Ranking.Rank> surveyRanks = new ArrayList<>();
        final Optional<HzFigure> pooledHz;
        final Optional<Estimate> pooledSurvey;
        final Optional<IndicatorSpec> indicator;
        final List<String> notes = new ArrayList<>();

        private Data(Cohort cohort, List<Entry> entries, OptionalInt year, String crimeLabel,
                Optional<HzFigure> pooledHz, Optional<Estimate> pooledSurvey, Optional<IndicatorSpec> indicator) {
            this.cohort = cohort;
            this.entries = entries;
            this.year = year;
            this.crimeLabel = crimeLabel;
            this.pooledHz = pooledHz;
            this.pooledSurvey = pooledSurvey;
            this.indicator = indicator;
        }

        boolean proportion() {
            return indicator.map(i -> i.type() == IndicatorSpec.Statistic.PROPORTION).orElse(true);
        }

        boolean suppressed(HzFigure f) {
            return f == null || f.cases() < cohort.minCell();
        }

        boolean suppressed(Entry e) {
            return e.survey().isEmpty() || e.survey().get().estimate().n() < cohort.minCell();
        }

        static Data of(Cohort cohort, List<Entry> entries) {
            Cohort.Comparison c = cohort.comparison();
            TreeSet<Integer> years = new TreeSet<>();
            entries.forEach(e -> e.hz().forEach(h -> years.add(h.year())));
            OptionalInt year = c.year().isPresent() ? c.year() : years.isEmpty() ? OptionalInt.empty()
                    : OptionalInt.of(years.last());
            String label = OffenceKey.parse(c.crimeKey()).standardLabel().orElse("Schlüssel " + c.crimeKey());
            List<HzFigure> hz = new ArrayList<>();
            for (Entry e : entries) {
                HzFigure f = null;
                for (HzFigure h : e.hz()) {
                    if (year.isPresent() && h.year() == year.getAsInt()) {
                        f = h;
                        label = h.label();
                    }
                }
                hz.add(f);
            }
            long cases = 0;
            double pop = 0;
            for (HzFigure f : hz) {
                if (f != null) {
                    cases += f.cases();
                    pop += f.population();
                }
            }
            Optional<HzFigure> pooledHz = pop > 0 && year.isPresent()
                    ? Optional.of(new HzFigure(year.getAsInt(), label, cases, pop)) : Optional.empty();
            // the pooled survey estimate: every municipality's survey with the same indicator definition
            List<WeightedDesign> designs = new ArrayList<>();
            IndicatorSpec ind = null;
            boolean same = true;
            for (Entry e : entries) {
                if (e.survey().isEmpty()) {
                    continue;
                }
                IndicatorSpec s = e.survey().get().indicator();
                if (ind == null) {
                    ind = s;
                } else if (!sameDefinition(ind, s)) {
                    same = false;
                }
                designs.add(e.survey().get().design());
            }
            List<String> notes = new ArrayList<>();
            Optional<Estimate> pooled = Optional.empty();
            if (ind != null && same) {
                try {
                    pooled = Optional.of(SurveyEstimation.pooled(designs, ind));
                } catch (InputException ex) {
                    notes.add("Keine gepoolte Schätzung: " + ex.problems().get(0).message());
                }
            } else if (ind != null) {
                notes.add("Der Indikator " + ind.name() + " ist nicht in allen Gemeinden gleich definiert (Variable,"
                        + " gültige Werte, Erfolgswerte); eine gepoolte Schätzung entfällt.");
            }
            Data d = new Data(cohort, entries, year, label, pooledHz, pooled, Optional.ofNullable(ind));
            d.hz.addAll(hz);
            d.notes.addAll(notes);
            d.rank();
            return d;
        }

        private void rank() {
            List<Ranking.Item> hzItems = new ArrayList<>();
            List<Ranking.Item> svItems = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                HzFigure f = hz.get(i);
                if (!suppressed(f)) {
                    hzItems.add(new Ranking.Item(entries.get(i).id(), f.hz(), Math.sqrt(f.cases()) * 100_000
                            / f.population(), true));
                }
                Entry e = entries.get(i);
                if (!suppressed(e)) {
                    Estimate est = e.survey().get().estimate();
                    svItems.add(new Ranking.Item(e.id(), est.estimate(), est.se().orElse(0), false));
                }
            }
            List<Ranking.Rank> hr = Ranking.rank(hzItems, cohort.comparison().seed());
            List<Ranking.Rank> sr = Ranking.rank(svItems, cohort.comparison().seed() + 1);
            for (Entry e : entries) {
                hzRanks.add(hr.stream().filter(r -> r.name().equals(e.id())).findFirst().orElse(null));
                surveyRanks.add(sr.stream().filter(r -> r.name().equals(e.id())).findFirst().orElse(null));
            }
        }

        /** Entries in the order of a value, highest first (for the figures). */
        List<Integer> order(Comparator<Integer> by) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                idx.add(i);
            }
            idx.sort(by);
            return idx;
        }

        private static boolean sameDefinition(IndicatorSpec a, IndicatorSpec b) {
            return a.type() == b.type() && a.variable().equals(b.variable()) && a.valid().equals(b.valid())
                    && a.success().equals(b.success()) && a.ci() == b.ci() && a.level() == b.level()
                    && a.denominator().equals(b.denominator());
        }
    }
}
