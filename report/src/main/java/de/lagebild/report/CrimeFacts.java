package de.lagebild.report;

import de.lagebild.crime.CrimeResult;
import de.lagebild.crime.CrimeResult.BenchmarkRatio;
import de.lagebild.crime.CrimeResult.Indicator;
import de.lagebild.crime.CrimeResult.OwiIndicator;
import de.lagebild.crime.CrimeResult.Trend;
import de.lagebild.crime.OffenceKey;
import de.lagebild.crime.PopulationTable;
import de.lagebild.privacy.CellSuppression;
import de.lagebild.project.Area;
import de.lagebild.project.CrimeSpec;
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
import java.util.TreeSet;

/**
 * The official-statistics results of a project, indexed for the chapters, with the suppression of
 * the municipality's small counts decided once for every table (so that a count withheld in one
 * table is withheld in all, and no table reveals it through a sum).
 *
 * <p>Suppression covers the municipality's PKS counts (keys by year) and its Ordnungswidrigkeiten
 * (categories by year, Ortsteil). The Kreis and the Land are published by the BKA and the
 * statistical offices; their figures are not withheld.
 */
final class CrimeFacts {
    /** The keys the chapter "Kriminalitätslage" discusses one by one, in this order. */
    static final List<String> SELECTED = List.of("892000", "899000", "674000", "899500", "435*00", "730000");

    /** A PKS count of the municipality (a key in a year), or the rest of the offence structure (key null). */
    record Pks(int year, String key) {
    }

    /** An Ordnungswidrigkeiten count: district "" is the municipality, category "" all categories. */
    record Owi(int year, String district, String category) {
    }

    final Project project;
    final CrimeSpec spec;
    final CrimeResult result;
    final ReportContext ctx;
    final Area municipality;
    final String mAgs;
    final List<Area> benchmarks;
    final Map<String, String> agsOf = new LinkedHashMap<>();
    final TreeSet<Integer> years = new TreeSet<>();
    final List<OffenceKey> keys = new ArrayList<>();
    /** Keys that do not overlap and are not contained in another key: the offence structure. */
    final List<OffenceKey> groups = new ArrayList<>();
    final TreeSet<Integer> owiYears = new TreeSet<>();
    final List<String> owiCategories = new ArrayList<>();
    final List<String> owiDistricts = new ArrayList<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final Map<String, Trend> trends = new LinkedHashMap<>();
    private final Map<String, BenchmarkRatio> ratios = new LinkedHashMap<>();
    private final Map<Owi, OwiIndicator> owi = new LinkedHashMap<>();
    final CellSuppression<Object> suppression;

    CrimeFacts(Project project, CrimeResult result, ReportContext ctx) {
        this.project = project;
        this.spec = project.crime().orElseThrow();
        this.result = result;
        this.ctx = ctx;
        this.municipality = project.municipality().area();
        this.benchmarks = project.municipality().benchmarks();
        for (Indicator i : result.indicators()) {
            agsOf.putIfAbsent(i.area(), i.ags());
            indicators.put(id(i.ags(), i.year(), i.key().code()), i);
        }
        this.mAgs = result.indicators().stream().filter(i -> i.area().equals(municipality.name()))
                .map(Indicator::ags).findFirst().orElse(municipality.ags());
        Set<OffenceKey> seen = new LinkedHashSet<>();
        for (Indicator i : result.indicators()) {
            if (i.ags().equals(mAgs)) {
                years.add(i.year());
                seen.add(i.key());
            }
        }
        keys.addAll(seen);
        for (Trend t : result.trends()) {
            trends.put(t.ags() + "|" + t.key().code() + "|" + t.fromYear() + "|" + t.toYear(), t);
        }
        for (BenchmarkRatio b : result.benchmarks()) {
            ratios.put(b.benchmarkAgs() + "|" + b.year() + "|" + b.key().code(), b);
        }
        Set<String> cats = new LinkedHashSet<>();
        Set<String> dists = new LinkedHashSet<>();
        for (OwiIndicator o : result.owi()) {
            owi.put(new Owi(o.year(), o.district(), o.category()), o);
            owiYears.add(o.year());
            cats.add(o.category());
            if (!o.district().isEmpty()) {
                dists.add(o.district());
            }
        }
        owiCategories.addAll(cats);
        owiDistricts.addAll(dists);
        for (OffenceKey k : keys) {
            if (k.isTotal() || k.isSummary()) {
                continue;
            }
            boolean top = keys.stream().noneMatch(o -> !o.equals(k) && !o.isTotal() && !o.isSummary() && o.covers(k));
            if (top && groups.stream().noneMatch(g -> g.overlaps(k))) {
                groups.add(k);
            }
        }
        this.suppression = suppress();
    }

    private static String id(String ags, int year, String key) {
        return ags + "|" + year + "|" + key;
    }

    // ------------------------------------------------------------------ suppression

    private CellSuppression<Object> suppress() {
        CellSuppression.Builder<Object> b = CellSuppression.builder(ctx.minCell());
        for (int y : years) {
            for (OffenceKey k : keys) {
                cases(mAgs, y, k.code()).ifPresent(c -> b.count(new Pks(y, k.code()), c));
            }
            // the offence structure: the groups and the rest add up to Straftaten insgesamt
            OptionalLong total = cases(mAgs, y, OffenceKey.TOTAL.code());
            OptionalLong rest = rest(y);
            if (total.isPresent() && rest.isPresent() && !groups.isEmpty()) {
                b.count(new Pks(y, null), rest.getAsLong());
                List<Object> parts = new ArrayList<>();
                groups.forEach(g -> parts.add(new Pks(y, g.code())));
                parts.add(new Pks(y, null));
                b.sum(new Pks(y, OffenceKey.TOTAL.code()), parts);
            }
        }
        // identities of the key hierarchy that hold in the data (Diebstahl insgesamt = 3***00 + 4***00)
        for (OffenceKey parent : keys) {
            if (parent.isSummary()) {
                continue;
            }
            List<OffenceKey> children = new ArrayList<>();
            for (OffenceKey k : keys) {
                if (!k.equals(parent) && !k.isSummary() && parent.covers(k) && keys.stream().noneMatch(
                        m -> !m.equals(k) && !m.equals(parent) && !m.isSummary() && parent.covers(m) && m.covers(k))) {
                    children.add(k);
                }
            }
            for (List<OffenceKey> subset : disjointSumsOf(parent, children)) {
                for (int y : years) {
                    List<Object> parts = new ArrayList<>();
                    subset.forEach(k -> parts.add(new Pks(y, k.code())));
                    b.sum(new Pks(y, parent.code()), parts);
                }
            }
        }
        // Ordnungswidrigkeiten: categories add up to all categories, Ortsteile to the municipality
        for (int y : owiYears) {
            List<String> dists = new ArrayList<>();
            dists.add("");
            dists.addAll(owiDistricts);
            for (String d : dists) {
                long sum = 0;
                List<Object> parts = new ArrayList<>();
                for (String c : owiCategories) {
                    OwiIndicator o = owi.get(new Owi(y, d, c));
                    if (o != null) {
                        b.count(new Owi(y, d, c), o.cases());
                        parts.add(new Owi(y, d, c));
                        sum += o.cases();
                    }
                }
                if (!parts.isEmpty()) {
                    b.count(new Owi(y, d, ""), sum).sum(new Owi(y, d, ""), parts);
                }
            }
            if (!owiDistricts.isEmpty()) {
                List<String> cats = new ArrayList<>(owiCategories);
                cats.add("");
                for (String c : cats) {
                    List<Object> parts = new ArrayList<>();
                    for (String d : owiDistricts) {
                        parts.add(new Owi(y, d, c));
                    }
                    b.sum(new Owi(y, "", c), parts);
                }
            }
        }
        return b.build();
    }

    /**
     * Subsets of a key's sub-keys (pairwise without overlap, two or more) whose cases add up to the
     * key's in every year: identities a reader could use to recompute a withheld count.
     */
    private List<List<OffenceKey>> disjointSumsOf(OffenceKey parent, List<OffenceKey> children) {
        List<List<OffenceKey>> out = new ArrayList<>();
        int n = Math.min(children.size(), 12);
        for (int mask = 1; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) < 1) {
                continue;
            }
            List<OffenceKey> s = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    s.add(children.get(i));
                }
            }
            boolean disjoint = true;
            for (int i = 0; i < s.size() && disjoint; i++) {
                for (int j = i + 1; j < s.size(); j++) {
                    if (s.get(i).overlaps(s.get(j))) {
                        disjoint = false;
                        break;
                    }
                }
            }
            if (!disjoint) {
                continue;
            }
            boolean holds = !years.isEmpty();
            for (int y : years) {
                OptionalLong p = cases(mAgs, y, parent.code());
                long sum = 0;
                boolean all = p.isPresent();
                for (OffenceKey k : s) {
                    OptionalLong c = cases(mAgs, y, k.code());
                    all &= c.isPresent();
                    sum += c.orElse(0);
                }
                if (!all || sum != p.getAsLong()) {
                    holds = false;
                    break;
                }
            }
            if (holds) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether a count of the municipality is published (counts of other areas always are). */
    boolean shown(String ags, int year, String key) {
        return !ags.equals(mAgs) || !suppression.suppressed(new Pks(year, key));
    }

    boolean shownRest(int year) {
        return !suppression.suppressed(new Pks(year, null));
    }

    boolean shownOwi(int year, String district, String category) {
        return !suppression.suppressed(new Owi(year, district, category));
    }

    /** Whether anything was withheld. */
    boolean anySuppressed() {
        return !suppression.withheld().isEmpty();
    }

    String suppressionNote() {
        return "Nicht ausgewiesen: weniger als " + ctx.minCell() + " Fälle, oder zusätzlich gesperrt, damit eine"
                + " solche Zahl nicht aus einer Summe errechnet werden kann.";
    }

    // ------------------------------------------------------------------ lookups

    Optional<Indicator> indicator(String ags, int year, String key) {
        return Optional.ofNullable(indicators.get(id(ags, year, key)));
    }

    OptionalLong cases(String ags, int year, String key) {
        Indicator i = indicators.get(id(ags, year, key));
        return i == null ? OptionalLong.empty() : i.cases();
    }

    OptionalDouble hz(String ags, int year, String key) {
        Indicator i = indicators.get(id(ags, year, key));
        return i == null ? OptionalDouble.empty() : i.hz();
    }

    OptionalDouble aq(String ags, int year, String key) {
        Indicator i = indicators.get(id(ags, year, key));
        return i == null ? OptionalDouble.empty() : i.aq();
    }

    /** Straftaten insgesamt minus the offence groups, if every part is known and it is not negative. */
    OptionalLong rest(int year) {
        OptionalLong total = cases(mAgs, year, OffenceKey.TOTAL.code());
        if (total.isEmpty() || groups.isEmpty()) {
            return OptionalLong.empty();
        }
        long r = total.getAsLong();
        for (OffenceKey g : groups) {
            OptionalLong c = cases(mAgs, year, g.code());
            if (c.isEmpty()) {
                return OptionalLong.empty();
            }
            r -= c.getAsLong();
        }
        return r >= 0 ? OptionalLong.of(r) : OptionalLong.empty();
    }

    Optional<Trend> trend(String ags, String key, int from, int to) {
        return Optional.ofNullable(trends.get(ags + "|" + key + "|" + from + "|" + to));
    }

    /** The trend over the whole trend window ending in the last year, if there is one. */
    Optional<Trend> longTrend(String ags, String key) {
        return trends.values().stream().filter(t -> t.ags().equals(ags) && t.key().code().equals(key)
                && t.toYear() - t.fromYear() > 1).findFirst();
    }

    /** A trend may be printed when both counts are. */
    boolean shown(Trend t) {
        return shown(t.ags(), t.fromYear(), t.key().code()) && shown(t.ags(), t.toYear(), t.key().code());
    }

    Optional<BenchmarkRatio> ratio(String benchmarkAgs, int year, String key) {
        return Optional.ofNullable(ratios.get(benchmarkAgs + "|" + year + "|" + key));
    }

    Optional<OwiIndicator> owi(int year, String district, String category) {
        return Optional.ofNullable(owi.get(new Owi(year, district, category)));
    }

    /** All Ordnungswidrigkeiten of a year (of an Ortsteil, or "" for the municipality). */
    OptionalLong owiTotal(int year, String district) {
        long s = 0;
        boolean any = false;
        for (String c : owiCategories) {
            OwiIndicator o = owi.get(new Owi(year, district, c));
            if (o != null) {
                s += o.cases();
                any = true;
            }
        }
        return any ? OptionalLong.of(s) : OptionalLong.empty();
    }

    /** The population a rate of year Y of the municipality (or an Ortsteil) is divided by. */
    Optional<PopulationTable.Value> ratePopulation(String district, int year) {
        return result.population().total(mAgs, district, spec.populationYear().forYear(year));
    }

    String ags(Area a) {
        return agsOf.getOrDefault(a.name(), a.ags());
    }

    int lastYear() {
        return years.last();
    }

    int firstYear() {
        return years.first();
    }

    boolean hasPks() {
        return !years.isEmpty();
    }

    /** The role of an area in charts: the municipality, a Kreis (5 digits) or a Land (2 digits, DG). */
    Figure.Role role(Area a) {
        if (a.name().equals(municipality.name())) {
            return Figure.Role.MUNICIPALITY;
        }
        String k = a.ags();
        return k.length() == 5 ? Figure.Role.KREIS : k.length() == 2 || k.equals("DG") ? Figure.Role.LAND
                : Figure.Role.NONE;
    }

    /** The municipality and its benchmarks. */
    List<Area> areas() {
        List<Area> out = new ArrayList<>();
        out.add(municipality);
        out.addAll(benchmarks);
        return out;
    }

    /** The label of a key (from the data, else the standard label). */
    String label(String key) {
        for (Indicator i : indicators.values()) {
            if (i.key().code().equals(key) && !i.label().isEmpty()) {
                return i.label();
            }
        }
        return OffenceKey.parse(key).standardLabel().orElse(key);
    }

    /** A short label for charts and table rows: the label without trailing legal references. */
    String shortLabel(String key) {
        String l = label(key);
        if (key.equals(OffenceKey.TOTAL.code())) {
            return "Straftaten insgesamt";
        }
        l = l.replaceAll("\\s*§§?\\s.*$", "").trim();
        return l.isEmpty() ? label(key) : l;
    }

    /** The selected keys present in the municipality's data. */
    List<String> selected() {
        List<String> out = new ArrayList<>();
        for (String k : SELECTED) {
            if (keys.stream().anyMatch(x -> x.code().equals(k))) {
                out.add(k);
            }
        }
        return out;
    }
}
