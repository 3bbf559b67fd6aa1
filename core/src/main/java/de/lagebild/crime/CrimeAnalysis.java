package de.lagebild.crime;

import de.lagebild.crime.CrimeResult.BenchmarkRatio;
import de.lagebild.crime.CrimeResult.FieldValue;
import de.lagebild.crime.CrimeResult.Indicator;
import de.lagebild.crime.CrimeResult.OwiIndicator;
import de.lagebild.crime.CrimeResult.Share;
import de.lagebild.crime.CrimeResult.SourceSummary;
import de.lagebild.crime.CrimeResult.Trend;
import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.io.RowAccount;
import de.lagebild.project.Area;
import de.lagebild.project.CrimeSpec;
import de.lagebild.project.Municipality;
import de.lagebild.project.Project;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The official-statistics part of a Sicherheitsanalyse: reads the PKS, Ordnungswidrigkeiten and
 * population files of a project and computes the indicators per area (the municipality and each
 * benchmark), year and offence key, the trends, the ratios to the benchmarks, the offence
 * structure, Ordnungswidrigkeiten per 1,000 residents and the fields of action.
 *
 * <pre>{@code
 * CrimeResult r = CrimeAnalysis.run(Project.load(Path.of("musterstadt/lagebild.yaml")));
 * CrimeTables.write(r, out);   // crime_indicators.csv, owi_indicators.csv, ...
 * }</pre>
 *
 * <p>Definitions (docs/project-file-crime.md): HZ = cases x 100,000 / population of 31.12. of the
 * previous year (or the same year, {@code population_year: same}); AQ = cleared / cases x 100;
 * TVBZ = suspects x 100,000 / population aged 8 and over (all suspects, not only German ones);
 * trends and benchmark ratios by R's {@code poisson.test}.
 */
public final class CrimeAnalysis {
    private CrimeAnalysis() {
    }

    /**
     * Runs the analysis of a project's {@code crime:} part.
     *
     * @param project a project read by {@link Project#load(java.nio.file.Path)}
     * @return the indicators, trends, benchmark ratios, structure, fields of action and accounting
     * @throws InputException when the project has no crime part, a file cannot be used, or (with
     *                        {@code invalid_rows: error}) any row is rejected
     */
    public static CrimeResult run(Project project) {
        CrimeSpec spec = project.crime().orElseThrow(() -> new InputException(Problem.atKey(project.displayName(), 0,
                "crime", "is missing: the project has no official statistics (crime: pks, owi, population)")));
        return run(project.municipality(), spec);
    }

    /**
     * Runs the analysis for a municipality and its benchmarks. Every input file is read before any
     * problem is reported, so that one exception lists the problems of all files.
     *
     * @param municipality the municipality analysed, with the benchmark areas it is compared with
     * @param spec         the {@code crime:} part: the files and the settings of the indicators
     * @return the indicators, trends, benchmark ratios, structure, fields of action and accounting
     * @throws InputException when a file cannot be used, or (with {@code invalid_rows: error}) any row
     *                        is rejected or two files give different figures for the same row
     */
    public static CrimeResult run(Municipality municipality, CrimeSpec spec) {
        List<Problem> fatal = new ArrayList<>();
        List<PksTable> pks = new ArrayList<>();
        List<OwiTable> owi = new ArrayList<>();
        List<PopulationTable> pop = new ArrayList<>();
        for (CrimeSpec.Source s : spec.pksFiles()) {
            try {
                pks.add(PksReader.read(s.file(), s.options()));
            } catch (InputException e) {
                fatal.addAll(e.problems());
            }
        }
        for (CrimeSpec.Source s : spec.owiFiles()) {
            try {
                owi.add(OwiReader.read(s.file(), s.options()));
            } catch (InputException e) {
                fatal.addAll(e.problems());
            }
        }
        for (CrimeSpec.Source s : spec.populationFiles()) {
            try {
                pop.add(PopulationReader.read(s.file(), s.options()));
            } catch (InputException e) {
                fatal.addAll(e.problems());
            }
        }
        if (!fatal.isEmpty()) {
            throw new InputException(fatal);
        }
        PopulationTable population = PopulationTable.merge(pop);
        List<Problem> rejected = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<SourceSummary> sources = new ArrayList<>();
        List<RowAccount> accounts = new ArrayList<>();
        for (PksTable t : pks) {
            rejected.addAll(t.account().rejected());
            sources.add(summary(t.account(), t.format(), t.notes()));
            accounts.add(t.account());
        }
        for (OwiTable t : owi) {
            rejected.addAll(t.account().rejected());
            sources.add(summary(t.account(), t.format(), t.notes()));
            accounts.add(t.account());
        }
        for (int i = 0; i < population.accounts().size(); i++) {
            RowAccount a = population.accounts().get(i);
            rejected.addAll(a.rejected());
            sources.add(summary(a, population.formats().get(i), pop.get(i).notes()));
            accounts.add(a);
        }
        rejected.addAll(population.conflicts());
        Map<String, PksRecord> records = mergePks(pks, rejected, notes);
        if (spec.invalidRows() == CrimeSpec.InvalidRows.ERROR && !rejected.isEmpty()) {
            List<Problem> all = new ArrayList<>(rejected);
            all.add(Problem.atKey("project", 0, "crime.invalid_rows", "is error (the default): " + rejected.size()
                    + " rejected row(s) stop the run; repair the files, or set invalid_rows: reject to leave such"
                    + " rows out (they are then listed in crime_rejected.csv)"));
            throw new InputException(all);
        }
        return new Run(municipality, spec, records, owi, population, notes).compute(sources, accounts, rejected);
    }

    private static SourceSummary summary(RowAccount a, String format, List<String> notes) {
        return new SourceSummary(a.source(), a.kind(), format, a.read(), a.used(), a.rejected().size(),
                String.join("; ", notes));
    }

    private static String id(String area, int year, OffenceKey key) {
        return area + "|" + year + "|" + key.code();
    }

    /** Merges the tables; a row given twice with different figures is a conflict, and neither is used. */
    private static Map<String, PksRecord> mergePks(List<PksTable> tables, List<Problem> rejected, List<String> notes) {
        Map<String, PksRecord> out = new LinkedHashMap<>();
        Set<String> conflicted = new LinkedHashSet<>();
        int same = 0;
        for (PksTable t : tables) {
            for (PksRecord r : t.records()) {
                String id = id(r.area(), r.year(), r.key());
                PksRecord first = out.get(id);
                if (first == null) {
                    if (!conflicted.contains(id)) {
                        out.put(id, r);
                    }
                    continue;
                }
                if (first.cases().equals(r.cases()) && first.cleared().equals(r.cleared())
                        && first.suspects().equals(r.suspects()) && first.attempts().equals(r.attempts())) {
                    same++;
                    continue;
                }
                rejected.add(Problem.atLine(r.source(), r.line(), "gives area " + r.area() + ", year " + r.year()
                        + ", key " + r.key() + " other figures than " + first.source() + " line " + first.line()
                        + " (" + show(r.cases()) + " against " + show(first.cases()) + " cases); neither is used"));
                out.remove(id);
                conflicted.add(id);
            }
        }
        if (same > 0) {
            notes.add(same + " PKS row(s) appear in two files with the same figures; each is used once");
        }
        return out;
    }

    private static String show(OptionalLong v) {
        return v.isPresent() ? Long.toString(v.getAsLong()) : "no";
    }

    /** One analysis run. */
    private static final class Run {
        private final Municipality municipality;
        private final CrimeSpec spec;
        private final Map<String, PksRecord> records;
        private final List<OwiTable> owi;
        private final PopulationTable population;
        private final List<String> notes;
        private final List<Area> areas = new ArrayList<>();
        private final Map<String, String> keyOf = new LinkedHashMap<>();
        private final List<OffenceKey> keyOrder = new ArrayList<>();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final Map<String, List<PksRecord>> byYearAndKey = new LinkedHashMap<>();

        Run(Municipality municipality, CrimeSpec spec, Map<String, PksRecord> records, List<OwiTable> owi,
                PopulationTable population, List<String> notes) {
            this.municipality = municipality;
            this.spec = spec;
            this.records = records;
            this.owi = owi;
            this.population = population;
            this.notes = notes;
            areas.add(municipality.area());
            areas.addAll(municipality.benchmarks());
            for (Area a : areas) {
                keyOf.put(a.name(), AreaKeys.normalize(a.ags()).orElse(a.ags()));
            }
            Set<OffenceKey> seen = new LinkedHashSet<>();
            for (PksRecord r : records.values()) {
                seen.add(r.key());
                if (!r.label().isEmpty() && r.area().equals(keyOf.get(municipality.name()))) {
                    labels.putIfAbsent(r.key().code(), r.label());
                }
            }
            for (PksRecord r : records.values()) {
                if (!r.label().isEmpty()) {
                    labels.putIfAbsent(r.key().code(), r.label());
                }
            }
            keyOrder.addAll(seen);
            for (PksRecord r : records.values()) {
                byYearAndKey.computeIfAbsent(r.year() + "|" + r.key().code(), x -> new ArrayList<>()).add(r);
            }
        }

        private String label(OffenceKey k) {
            String l = labels.get(k.code());
            return l != null ? l : k.standardLabel().orElse("");
        }

        private Optional<PopulationTable.Value> pop(String area, String district, int year) {
            return population.total(area, district, spec.populationYear().forYear(year));
        }

        CrimeResult compute(List<SourceSummary> sources, List<RowAccount> accounts, List<Problem> rejected) {
            List<Indicator> indicators = indicators();
            List<Trend> trends = trends(indicators);
            List<BenchmarkRatio> benchmarks = benchmarks(indicators);
            List<Share> structure = structure(indicators);
            List<OwiIndicator> owiRows = owiIndicators();
            List<FieldValue> fieldValues = fieldValues(indicators, owiRows);
            return new CrimeResult(indicators, owiRows, trends, benchmarks, structure, spec.fields(), fieldValues,
                    sources, accounts, rejected, notes, population);
        }

        private List<Indicator> indicators() {
            List<Indicator> out = new ArrayList<>();
            Set<String> reported = new LinkedHashSet<>();
            for (Area a : areas) {
                String key = keyOf.get(a.name());
                TreeSet<Integer> years = new TreeSet<>();
                TreeSet<Integer> partYears = new TreeSet<>();
                for (PksRecord r : records.values()) {
                    if (r.area().equals(key)) {
                        years.add(r.year());
                    } else if (AreaKeys.contains(key, r.area())) {
                        partYears.add(r.year());
                    }
                }
                Map<Integer, Parts> partsOf = new TreeMap<>();
                for (int y : partYears) {
                    Parts parts = parts(key, y);
                    if (parts != null) {
                        partsOf.put(y, parts);
                        years.add(y);
                    }
                }
                for (int year : years) {
                    Parts parts = partsOf.get(year);
                    Optional<PopulationTable.Value> p = pop(key, "", year);
                    Optional<PopulationTable.Value> p8 = population.aged8Plus(key, "",
                            spec.populationYear().forYear(year));
                    if (p.isEmpty() && reported.add("pop|" + key + "|" + year)) {
                        notes.add(a.name() + " " + year + ": no population for 31.12."
                                + spec.populationYear().forYear(year) + "; HZ as published where the table has one");
                    } else if (p.isPresent() && !p.get().method().equals("as given")
                            && reported.add("popm|" + key + "|" + year)) {
                        notes.add(a.name() + " " + year + ": population " + Common.fmt(Math.round(p.get().value()))
                                + " (" + p.get().method() + ")");
                    }
                    if (p8.isPresent() && p8.get().approximate() && reported.add("p8|" + key + "|" + year)) {
                        notes.add(a.name() + " " + year + ": population aged 8 and over approximated ("
                                + p8.get().method() + ")");
                    }
                    for (OffenceKey k : keyOrder) {
                        PksRecord direct = records.get(id(key, year, k));
                        Indicator ind = direct != null ? fromRecord(a, key, direct, p, p8)
                                : fromParts(a, key, year, k, parts, p, reported);
                        if (ind != null) {
                            out.add(ind);
                        }
                    }
                }
            }
            return out;
        }

        /**
         * The parts an area's figures may be summed from in a year: the areas one level below it
         * (Länder for Germany, Kreise for a Land or Regierungsbezirk: the levels BKA tables list
         * completely), all from one file, at least two. Null when there are none: a municipality
         * is never taken for its Kreis, nor the large cities of a Städte table for their Land.
         */
        private Parts parts(String area, int year) {
            int level = Integer.MAX_VALUE;
            for (PksRecord r : records.values()) {
                int len = r.area().length();
                if (r.year() == year && (len == 2 || len == 5) && AreaKeys.contains(area, r.area())) {
                    level = Math.min(level, len);
                }
            }
            if (level == Integer.MAX_VALUE) {
                return null;
            }
            Map<String, Set<String>> bySource = new LinkedHashMap<>();
            for (PksRecord r : records.values()) {
                if (r.year() == year && r.area().length() == level && AreaKeys.contains(area, r.area())) {
                    bySource.computeIfAbsent(r.source(), x -> new LinkedHashSet<>()).add(r.area());
                }
            }
            String best = null;
            for (Map.Entry<String, Set<String>> e : bySource.entrySet()) {
                if (best == null || e.getValue().size() > bySource.get(best).size()) {
                    best = e.getKey();
                }
            }
            return bySource.get(best).size() >= 2 ? new Parts(level, best, bySource.get(best).size()) : null;
        }

        /** Where an area's figures are summed from. */
        private record Parts(int level, String source, int count) {
        }

        private Indicator fromRecord(Area a, String key, PksRecord r, Optional<PopulationTable.Value> p,
                Optional<PopulationTable.Value> p8) {
            OptionalDouble hz = OptionalDouble.empty();
            if (r.cases().isPresent() && p.isPresent()) {
                hz = CrimeIndicators.hz(r.cases().getAsLong(), p.get().value());
            } else if (p.isEmpty()) {
                hz = r.publishedHz();
            }
            OptionalDouble aq = OptionalDouble.empty();
            if (r.cases().isPresent() && r.cleared().isPresent()) {
                aq = CrimeIndicators.aq(r.cleared().getAsLong(), r.cases().getAsLong());
            } else if (r.cases().isPresent() && r.cases().getAsLong() > 0) {
                aq = r.publishedAq();
            }
            OptionalDouble tvbz = r.suspects().isPresent() && p8.isPresent()
                    ? CrimeIndicators.tvbz(r.suspects().getAsLong(), p8.get().value()) : OptionalDouble.empty();
            return new Indicator(a.name(), key, r.year(), r.key(), label(r.key()), r.cases(), r.attempts(), r.cleared(),
                    aq, hz, r.suspects(), tvbz, "as published in " + r.source());
        }

        private Indicator fromParts(Area a, String key, int year, OffenceKey k, Parts where,
                Optional<PopulationTable.Value> p, Set<String> reported) {
            if (where == null) {
                return null;
            }
            long cases = 0;
            long attempts = 0;
            long cleared = 0;
            boolean hasAttempts = true;
            boolean hasCleared = true;
            int parts = 0;
            boolean missing = false;
            for (PksRecord r : byYearAndKey.getOrDefault(year + "|" + k.code(), List.of())) {
                if (r.year() != year || !r.key().equals(k) || r.area().length() != where.level()
                        || !r.source().equals(where.source()) || !AreaKeys.contains(key, r.area())) {
                    continue;
                }
                parts++;
                if (r.cases().isEmpty()) {
                    missing = true;
                    continue;
                }
                cases += r.cases().getAsLong();
                hasAttempts &= r.attempts().isPresent();
                hasCleared &= r.cleared().isPresent();
                attempts += r.attempts().orElse(0);
                cleared += r.cleared().orElse(0);
            }
            if (parts == 0) {
                return null;
            }
            if (reported.add("parts|" + key + "|" + year)) {
                notes.add(a.name() + " " + year + ": PKS figures summed from " + where.count() + " parts (areas " + key
                        + "*, " + where.level() + "-digit keys, in " + where.source() + "); cases that the police"
                        + " could not assign to a part are missing from such sums, and suspects are not additive, so"
                        + " there is no suspect count or TVBZ");
            }
            OptionalLong c = missing ? OptionalLong.empty() : OptionalLong.of(cases);
            OptionalDouble hz = c.isPresent() && p.isPresent() ? CrimeIndicators.hz(cases, p.get().value())
                    : OptionalDouble.empty();
            OptionalDouble aq = c.isPresent() && hasCleared ? CrimeIndicators.aq(cleared, cases) : OptionalDouble.empty();
            return new Indicator(a.name(), key, year, k, label(k), c,
                    hasAttempts && c.isPresent() ? OptionalLong.of(attempts) : OptionalLong.empty(),
                    hasCleared && c.isPresent() ? OptionalLong.of(cleared) : OptionalLong.empty(), aq, hz,
                    OptionalLong.empty(), OptionalDouble.empty(), "sum of " + parts + " parts");
        }

        private List<Trend> trends(List<Indicator> indicators) {
            Map<String, TreeMap<Integer, Indicator>> series = new LinkedHashMap<>();
            for (Indicator i : indicators) {
                if (i.cases().isPresent()) {
                    series.computeIfAbsent(i.area() + "|" + i.key().code(), x -> new TreeMap<>()).put(i.year(), i);
                }
            }
            List<Trend> out = new ArrayList<>();
            Set<String> reported = new LinkedHashSet<>();
            for (TreeMap<Integer, Indicator> s : series.values()) {
                int to = s.lastKey();
                Set<Integer> froms = new LinkedHashSet<>();
                int start = to - (spec.trendYears() - 1);
                if (s.containsKey(start)) {
                    froms.add(start);
                } else if (s.firstKey() < to && reported.add(s.get(to).area() + "|" + start)) {
                    notes.add(s.get(to).area() + ": no PKS figures for " + start + ", so no " + spec.trendYears()
                            + "-year trend to " + to);
                }
                if (s.containsKey(to - 1)) {
                    froms.add(to - 1);
                }
                for (int from : froms) {
                    out.add(trend(s.get(from), s.get(to)));
                }
            }
            return out;
        }

        private Trend trend(Indicator from, Indicator to) {
            String key = from.ags();
            Optional<PopulationTable.Value> pf = pop(key, "", from.year());
            Optional<PopulationTable.Value> pt = pop(key, "", to.year());
            long xf = from.cases().getAsLong();
            long xt = to.cases().getAsLong();
            boolean rate = pf.isPresent() && pt.isPresent() && pf.get().value() > 0 && pt.get().value() > 0;
            RateComparison c = rate ? CrimeIndicators.compareRates(xt, pt.get().value(), xf, pf.get().value(),
                    spec.level()) : CrimeIndicators.compareRates(xt, 1, xf, 1, spec.level());
            return new Trend(from.area(), key, from.key(), from.label(), from.year(), to.year(),
                    pf.map(v -> OptionalDouble.of(v.value())).orElse(OptionalDouble.empty()),
                    pt.map(v -> OptionalDouble.of(v.value())).orElse(OptionalDouble.empty()),
                    rate ? from.hz() : OptionalDouble.empty(), rate ? to.hz() : OptionalDouble.empty(), c,
                    rate ? "rate" : "cases");
        }

        private List<BenchmarkRatio> benchmarks(List<Indicator> indicators) {
            Map<String, Indicator> byId = new LinkedHashMap<>();
            for (Indicator i : indicators) {
                byId.put(i.ags() + "|" + i.year() + "|" + i.key().code(), i);
            }
            List<BenchmarkRatio> out = new ArrayList<>();
            Area m = municipality.area();
            String mk = keyOf.get(m.name());
            for (Area b : municipality.benchmarks()) {
                String bk = keyOf.get(b.name());
                for (Indicator i : indicators) {
                    if (!i.ags().equals(mk) || i.cases().isEmpty()) {
                        continue;
                    }
                    Indicator j = byId.get(bk + "|" + i.year() + "|" + i.key().code());
                    if (j == null || j.cases().isEmpty()) {
                        continue;
                    }
                    Optional<PopulationTable.Value> pa = pop(mk, "", i.year());
                    Optional<PopulationTable.Value> pb = pop(bk, "", i.year());
                    if (pa.isEmpty() || pb.isEmpty() || !(pa.get().value() > 0) || !(pb.get().value() > 0)) {
                        continue;
                    }
                    out.add(ratio(m.name(), b.name(), i, j, pa.get().value(), pb.get().value(),
                            AreaKeys.contains(bk, mk)));
                }
            }
            return out;
        }

        private BenchmarkRatio ratio(String area, String bench, Indicator i, Indicator j, double ta, double tb,
                boolean nested) {
            long xa = i.cases().getAsLong();
            long xb = j.cases().getAsLong();
            OptionalDouble hza = CrimeIndicators.hz(xa, ta);
            OptionalDouble hzb = CrimeIndicators.hz(xb, tb);
            if (nested && (xb < xa || !(tb > ta))) {
                notes.add(area + " " + i.year() + " " + i.key() + ": the benchmark " + bench + " has fewer cases or"
                        + " residents than the municipality it contains; compared as independent areas");
                nested = false;
            }
            if (!nested) {
                RateComparison c = CrimeIndicators.compareRates(xa, ta, xb, tb, spec.level());
                return new BenchmarkRatio(area, i.ags(), bench, j.ags(), i.year(), i.key(), i.label(), hza, hzb,
                        c.ratio(), c.ciLow(), c.ciHigh(), c.pValue(), "independent");
            }
            // the municipality against the rest of the benchmark; ratio to the whole benchmark
            double tr = tb - ta;
            RateComparison c = CrimeIndicators.compareRates(xa, ta, xb - xa, tr, spec.level());
            OptionalDouble ratio = xb > 0 ? OptionalDouble.of(xa * tb / (ta * xb)) : OptionalDouble.empty();
            OptionalDouble lo = c.ciLow().isPresent() ? OptionalDouble.of(toWhole(c.ciLow().getAsDouble(), ta, tr, tb))
                    : OptionalDouble.empty();
            OptionalDouble hi = c.ciHigh().isPresent()
                    ? OptionalDouble.of(toWhole(c.ciHigh().getAsDouble(), ta, tr, tb))
                    : (xa + xb > 0 ? OptionalDouble.of(tb / ta) : OptionalDouble.empty());
            return new BenchmarkRatio(area, i.ags(), bench, j.ags(), i.year(), i.key(), i.label(), hza, hzb, ratio, lo,
                    hi, c.pValue(), "nested");
        }

        /**
         * The ratio of the municipality's rate to the whole benchmark's for a ratio theta of the
         * municipality's rate to the rest's: tb theta / (ta theta + tr), increasing in theta.
         */
        private static double toWhole(double theta, double ta, double tr, double tb) {
            return tb * theta / (ta * theta + tr);
        }

        private List<Share> structure(List<Indicator> indicators) {
            Map<String, Indicator> totals = new LinkedHashMap<>();
            for (Indicator i : indicators) {
                if (i.key().isTotal()) {
                    totals.put(i.ags() + "|" + i.year(), i);
                }
            }
            Set<OffenceKey> wanted = spec.structure().isEmpty() ? null : new LinkedHashSet<>(spec.structure());
            List<Share> out = new ArrayList<>();
            for (Indicator i : indicators) {
                if (i.key().isTotal() || i.cases().isEmpty() || (wanted != null && !wanted.contains(i.key()))) {
                    continue;
                }
                Indicator t = totals.get(i.ags() + "|" + i.year());
                OptionalDouble share = t != null && t.cases().isPresent() && t.cases().getAsLong() > 0
                        ? OptionalDouble.of(i.cases().getAsLong() * 100.0 / t.cases().getAsLong())
                        : OptionalDouble.empty();
                out.add(new Share(i.area(), i.ags(), i.year(), i.key(), i.label(), i.cases().getAsLong(), share));
            }
            return out;
        }

        private List<OwiIndicator> owiIndicators() {
            Area m = municipality.area();
            String mk = keyOf.get(m.name());
            // year -> district -> category -> count ("" district: the whole municipality)
            TreeMap<Integer, Map<String, Map<String, Long>>> counts = new TreeMap<>();
            Set<String> districts = new LinkedHashSet<>();
            Set<String> categories = new LinkedHashSet<>();
            for (OwiTable t : owi) {
                for (OwiRecord r : t.records()) {
                    categories.add(r.category());
                    if (!r.district().isEmpty()) {
                        districts.add(r.district());
                    }
                    Map<String, Map<String, Long>> y = counts.computeIfAbsent(r.year(), k -> new LinkedHashMap<>());
                    y.computeIfAbsent("", k -> new LinkedHashMap<>()).merge(r.category(), r.cases(), Long::sum);
                    if (!r.district().isEmpty()) {
                        y.computeIfAbsent(r.district(), k -> new LinkedHashMap<>()).merge(r.category(), r.cases(),
                                Long::sum);
                    }
                }
            }
            List<OwiIndicator> out = new ArrayList<>();
            Set<String> reported = new LinkedHashSet<>();
            for (Map.Entry<Integer, Map<String, Map<String, Long>>> y : counts.entrySet()) {
                int year = y.getKey();
                List<String> order = new ArrayList<>();
                order.add("");
                order.addAll(districts);
                for (String d : order) {
                    Map<String, Long> byCat = y.getValue().get(d);
                    if (byCat == null) {
                        continue;
                    }
                    Optional<PopulationTable.Value> p = pop(mk, d, year);
                    if (p.isEmpty() && reported.add(d + "|" + year)) {
                        notes.add(m.name() + (d.isEmpty() ? "" : " " + d) + " " + year + ": no population for 31.12."
                                + spec.populationYear().forYear(year) + ", so no Ordnungswidrigkeiten per 1,000");
                    }
                    for (String cat : categories) {
                        Long n = byCat.get(cat);
                        if (n == null) {
                            continue;
                        }
                        OptionalDouble pv = p.map(v -> OptionalDouble.of(v.value())).orElse(OptionalDouble.empty());
                        OptionalDouble rate = p.isPresent() ? CrimeIndicators.perThousand(n, p.get().value())
                                : OptionalDouble.empty();
                        out.add(new OwiIndicator(m.name(), mk, d, year, cat, n, pv, rate));
                    }
                }
            }
            return out;
        }

        private List<FieldValue> fieldValues(List<Indicator> indicators, List<OwiIndicator> owiRows) {
            List<FieldValue> out = new ArrayList<>();
            for (FieldOfAction f : spec.fields()) {
                for (Indicator i : indicators) {
                    if (f.pks().contains(i.key()) && i.cases().isPresent()) {
                        out.add(new FieldValue(f.name(), f.label(), i.area(), i.ags(), i.year(), "pks", i.key().code(),
                                i.label(), i.cases().getAsLong(), i.hz(), "per 100,000"));
                    }
                }
                for (OwiIndicator o : owiRows) {
                    if (o.district().isEmpty() && f.owi().contains(o.category())) {
                        out.add(new FieldValue(f.name(), f.label(), o.area(), o.ags(), o.year(), "owi", o.category(),
                                o.category(), o.cases(), o.perThousand(), "per 1,000"));
                    }
                }
            }
            return out;
        }
    }
}
