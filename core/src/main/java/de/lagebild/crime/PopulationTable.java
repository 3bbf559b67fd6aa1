package de.lagebild.crime;

import de.lagebild.crime.PopulationRecord.Sex;
import de.lagebild.io.Problem;
import de.lagebild.io.RowAccount;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Population figures from one or more files, with the sums Lagebild forms: all ages and both sexes
 * from age groups and sexes, a municipality from its Ortsteile, a Kreis or Land from its parts.
 * Immutable.
 */
public final class PopulationTable {

    /**
     * A population figure and how it was obtained.
     *
     * @param value       the number of residents (fractional only when approximated)
     * @param approximate whether an age group straddling the boundary was split proportionally
     * @param method      how it was obtained, for reports ("as given", "sum of 5 Ortsteile", ...)
     */
    public record Value(double value, boolean approximate, String method) {
        /**
         * Validates.
         *
         * @param value       the number of residents (fractional only when approximated)
         * @param approximate whether an age group straddling the boundary was split proportionally
         * @param method      how it was obtained, for reports ("as given", "sum of 5 Ortsteile", ...)
         * @throws NullPointerException     when {@code method} is null
         * @throws IllegalArgumentException when {@code value} is negative, NaN or infinite
         */
        public Value {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("population must be >= 0: " + value);
            }
            Objects.requireNonNull(method, "method");
        }
    }

    /** Ortsteile are matched ignoring case and umlaut spelling ("Süd" = "Sued"). */
    private record Key(String area, String district, int year) {
    }

    private static Key key(String area, String district, int year) {
        return new Key(area, Names.normalize(district), year);
    }

    private final List<PopulationRecord> records;
    private final List<RowAccount> accounts;
    private final List<String> formats;
    private final List<String> notes;
    private final List<Problem> conflicts;
    private final Map<Key, Map<Sex, Map<AgeGroup, OptionalLong>>> cells = new LinkedHashMap<>();
    private final Map<Key, String> sourceOf = new LinkedHashMap<>();

    PopulationTable(List<PopulationRecord> records, List<RowAccount> accounts, List<String> formats,
            List<String> notes) {
        this.accounts = List.copyOf(accounts);
        this.formats = List.copyOf(formats);
        this.notes = List.copyOf(notes);
        List<Problem> conf = new ArrayList<>();
        List<PopulationRecord> kept = new ArrayList<>();
        Map<String, PopulationRecord> seen = new LinkedHashMap<>();
        for (PopulationRecord r : records) {
            String id = r.area() + "|" + r.district() + "|" + r.year() + "|" + r.sex() + "|" + r.ageFrom() + "|"
                    + r.ageTo();
            PopulationRecord first = seen.putIfAbsent(id, r);
            if (first != null) {
                if (!first.count().equals(r.count())) {
                    conf.add(Problem.atLine(r.source(), r.line(), "gives " + describe(r) + " as " + show(r.count())
                            + ", but " + first.source() + " line " + first.line() + " gives " + show(first.count())));
                }
                continue;
            }
            kept.add(r);
            sourceOf.putIfAbsent(key(r.area(), r.district(), r.year()), r.source());
            cells.computeIfAbsent(key(r.area(), r.district(), r.year()), k -> new EnumMap<>(Sex.class))
                    .computeIfAbsent(r.sex(), k -> new LinkedHashMap<>()).put(new AgeGroup(r.ageFrom(), r.ageTo()),
                            r.count());
        }
        this.records = List.copyOf(kept);
        this.conflicts = List.copyOf(conf);
    }

    private static String describe(PopulationRecord r) {
        return "the population of " + r.area() + (r.district().isEmpty() ? "" : " " + r.district()) + " in "
                + r.year() + (r.sex() == Sex.TOTAL ? "" : ", " + r.sex().name().toLowerCase(java.util.Locale.ROOT))
                + (r.allAges() ? "" : ", aged " + r.ageLabel());
    }

    private static String show(OptionalLong c) {
        return c.isPresent() ? Long.toString(c.getAsLong()) : "not available";
    }

    /**
     * Combines tables read from several files. Figures given twice must agree: a figure given by
     * several tables (the same area, Ortsteil, year, sex and age group) is taken from the first, and
     * differing values are listed in {@link #conflicts()}.
     *
     * @param tables the tables, in the order of the project file; an empty list gives an empty table
     * @return the combined table, with the accounts, formats and notes of all tables in that order
     */
    public static PopulationTable merge(List<PopulationTable> tables) {
        List<PopulationRecord> recs = new ArrayList<>();
        List<RowAccount> acc = new ArrayList<>();
        List<String> fm = new ArrayList<>();
        List<String> nt = new ArrayList<>();
        for (PopulationTable t : tables) {
            recs.addAll(t.records);
            acc.addAll(t.accounts);
            fm.addAll(t.formats);
            nt.addAll(t.notes);
        }
        return new PopulationTable(recs, acc, fm, nt);
    }

    /**
     * The figures used, in file order.
     *
     * @return an unmodifiable list, without figures given a second time
     */
    public List<PopulationRecord> records() {
        return records;
    }

    /**
     * One accounting per file read.
     *
     * @return an unmodifiable list, in the order the files were merged
     */
    public List<RowAccount> accounts() {
        return accounts;
    }

    /**
     * How each file was read.
     *
     * @return an unmodifiable list, one description per file, parallel to {@link #accounts()}
     */
    public List<String> formats() {
        return formats;
    }

    /**
     * Remarks for the user (rows skipped by design, ...).
     *
     * @return an unmodifiable list of remarks
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Figures given twice with different values (each with both places).
     *
     * @return an unmodifiable list of problems, each at the line of the later figure and naming the
     *         earlier one
     */
    public List<Problem> conflicts() {
        return conflicts;
    }

    /**
     * The years, ascending.
     *
     * @return a new set of the years of the figures
     */
    public SortedSet<Integer> years() {
        SortedSet<Integer> s = new TreeSet<>();
        records.forEach(r -> s.add(r.year()));
        return s;
    }

    /**
     * The areas in order of first appearance.
     *
     * @return a new set of area keys
     */
    public Set<String> areas() {
        Set<String> s = new LinkedHashSet<>();
        records.forEach(r -> s.add(r.area()));
        return s;
    }

    /**
     * The Ortsteile of an area in order of first appearance.
     *
     * @param area the area key
     * @return a new set of the Ortsteile as first spelled; empty when the area has none
     */
    public Set<String> districts(String area) {
        Set<String> s = new LinkedHashSet<>();
        records.forEach(r -> {
            if (r.area().equals(area) && !r.district().isEmpty()) {
                s.add(r.district());
            }
        });
        return s;
    }

    /**
     * The total population of an area (or of one of its Ortsteile) on 31.12. of a year: as given, or
     * summed over sexes and age groups; an area without figures of its own is summed from its
     * Ortsteile or, failing that, from at least two areas one level below it given by one file.
     *
     * @param area     the area key
     * @param district the Ortsteil (matched ignoring case and umlaut spelling), or "" for the whole area
     * @param year     the year of the Stichtag 31.12.
     * @return the population with how it was obtained, or empty when the figures do not give it
     */
    public Optional<Value> total(String area, String district, int year) {
        return find(area, district, year, 0);
    }

    /**
     * The population aged 8 and over (for the TVBZ), obtained as {@link #total} is; an age group
     * straddling age 8 is split in proportion to its years, and the value marked approximate.
     *
     * @param area     the area key
     * @param district the Ortsteil, or "" for the whole area
     * @param year     the year of the Stichtag 31.12.
     * @return the population with how it was obtained, or empty when the figures do not give it
     */
    public Optional<Value> aged8Plus(String area, String district, int year) {
        return find(area, district, year, 8);
    }

    private Optional<Value> find(String area, String district, int year, int minAge) {
        Map<Sex, Map<AgeGroup, OptionalLong>> own = cells.get(key(area, district, year));
        if (own != null) {
            return fromCells(own, minAge).map(v -> new Value(v.value(), v.approximate(),
                    v.method().isEmpty() ? "as given" : v.method()));
        }
        if (!district.isEmpty()) {
            return Optional.empty();
        }
        // the area from its Ortsteile
        List<String> districts = new ArrayList<>();
        for (Key k : cells.keySet()) {
            if (k.area().equals(area) && k.year() == year && !k.district().isEmpty()) {
                districts.add(k.district());
            }
        }
        if (!districts.isEmpty()) {
            return sum(area, districts, year, minAge, "sum of " + districts.size() + " Ortsteile");
        }
        // the area from its parts at the first level below it: all from one file, at least two
        // (one municipality's figures are never taken for its Kreis)
        int level = Integer.MAX_VALUE;
        for (Key k : cells.keySet()) {
            if (k.year() == year && k.district().isEmpty() && AreaKeys.contains(area, k.area())) {
                level = Math.min(level, k.area().length());
            }
        }
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (Key k : cells.keySet()) {
            if (k.year() == year && k.district().isEmpty() && k.area().length() == level
                    && AreaKeys.contains(area, k.area())) {
                bySource.computeIfAbsent(sourceOf.get(k), x -> new ArrayList<>()).add(k.area());
            }
        }
        List<String> parts = List.of();
        for (List<String> l : bySource.values()) {
            if (l.size() > parts.size()) {
                parts = l;
            }
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        double total = 0;
        boolean approx = false;
        for (String p : parts) {
            Optional<Value> v = fromCells(cells.get(key(p, "", year)), minAge);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            total += v.get().value();
            approx |= v.get().approximate();
        }
        return Optional.of(new Value(total, approx, "sum of " + parts.size() + " parts ("
                + String.join(", ", parts.size() > 6 ? parts.subList(0, 6) : parts) + (parts.size() > 6 ? ", ..." : "")
                + ")"));
    }

    private Optional<Value> sum(String area, List<String> districts, int year, int minAge, String method) {
        double total = 0;
        boolean approx = false;
        for (String d : districts) {
            Optional<Value> v = fromCells(cells.get(new Key(area, d, year)), minAge); // d is normalised
            if (v.isEmpty()) {
                return Optional.empty();
            }
            total += v.get().value();
            approx |= v.get().approximate();
        }
        return Optional.of(new Value(total, approx, method));
    }

    /**
     * Residents of an area (or one of its Ortsteile) on 31.12. of a year by age group and sex: the
     * finest set of age groups that covers all ages without overlap, the same for both sexes. An
     * area given by its Ortsteile is summed over them (they must share the age groups). Empty when
     * the figures do not give men and women by age group.
     *
     * @param area     the area key
     * @param district the Ortsteil, or "" for the whole area
     * @param year     the year of the Stichtag 31.12.
     * @return the residents by age group and sex, or empty
     */
    public Optional<AgeStructure> ageStructure(String area, String district, int year) {
        List<Map<Sex, Map<AgeGroup, OptionalLong>>> parts = new ArrayList<>();
        Map<Sex, Map<AgeGroup, OptionalLong>> own = cells.get(key(area, district, year));
        if (own != null) {
            parts.add(own);
        } else if (district.isEmpty()) {
            for (Map.Entry<Key, Map<Sex, Map<AgeGroup, OptionalLong>>> e : cells.entrySet()) {
                Key k = e.getKey();
                if (k.area().equals(area) && k.year() == year && !k.district().isEmpty()) {
                    parts.add(e.getValue());
                }
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        List<AgeGroup> chain = null;
        for (Map<Sex, Map<AgeGroup, OptionalLong>> p : parts) {
            Map<AgeGroup, OptionalLong> m = p.get(Sex.MALE);
            Map<AgeGroup, OptionalLong> f = p.get(Sex.FEMALE);
            if (m == null || f == null) {
                return Optional.empty();
            }
            List<AgeGroup> cm = finestChain(m.keySet());
            if (cm.isEmpty() || !cm.equals(finestChain(f.keySet())) || (chain != null && !chain.equals(cm))) {
                return Optional.empty();
            }
            chain = cm;
        }
        List<AgeStructure.Band> bands = new ArrayList<>();
        for (AgeGroup g : chain) {
            long men = 0;
            long women = 0;
            for (Map<Sex, Map<AgeGroup, OptionalLong>> p : parts) {
                OptionalLong m = p.get(Sex.MALE).get(g);
                OptionalLong f = p.get(Sex.FEMALE).get(g);
                if (m.isEmpty() || f.isEmpty()) {
                    return Optional.empty();
                }
                men += m.getAsLong();
                women += f.getAsLong();
            }
            bands.add(new AgeStructure.Band(g.from(), g.to(), men, women));
        }
        return Optional.of(new AgeStructure(bands));
    }

    /**
     * Residents by age group and sex.
     *
     * @param bands the age groups, youngest first, covering all ages without overlap
     */
    public record AgeStructure(List<Band> bands) {
        /**
         * Copies the list.
         *
         * @param bands the age groups, youngest first, covering all ages without overlap
         * @throws NullPointerException when {@code bands} or a band is null
         */
        public AgeStructure {
            bands = List.copyOf(bands);
        }

        /**
         * Men and women in all age groups.
         *
         * @return the residents of all age groups
         */
        public long total() {
            return bands.stream().mapToLong(b -> b.men() + b.women()).sum();
        }

        /**
         * Women in all age groups.
         *
         * @return the women of all age groups
         */
        public long women() {
            return bands.stream().mapToLong(Band::women).sum();
        }

        /**
         * Residents aged {@code age} and over, if {@code age} is a boundary of the age groups.
         *
         * @param age the lowest age counted, in years
         * @return the residents in the age groups from {@code age} on, or empty when no age group starts
         *         at {@code age} (0 always qualifies)
         */
        public OptionalLong agedAtLeast(int age) {
            long n = 0;
            boolean boundary = age == 0;
            for (Band b : bands) {
                if (b.from() == age) {
                    boundary = true;
                }
                if (b.from() >= age) {
                    n += b.men() + b.women();
                }
            }
            return boundary ? OptionalLong.of(n) : OptionalLong.empty();
        }

        /**
         * One age group.
         *
         * @param from  first age
         * @param to    first age after the group, {@link Integer#MAX_VALUE} for "and over"
         * @param men   men
         * @param women women
         */
        public record Band(int from, int to, long men, long women) {
            /**
             * The group as printed: "0 bis 7 Jahre", "75 Jahre und älter".
             *
             * @return the label in German
             */
            public String label() {
                return to == Integer.MAX_VALUE ? from + " Jahre und älter"
                        : to - from == 1 ? from + " Jahre" : from + " bis " + (to - 1) + " Jahre";
            }
        }
    }

    /** The population aged minAge and over from the figures of one area and year. */
    private static Optional<Value> fromCells(Map<Sex, Map<AgeGroup, OptionalLong>> bySex, int minAge) {
        Map<AgeGroup, OptionalLong> total = bySex.get(Sex.TOTAL);
        if (total != null) {
            Optional<Value> v = fromAges(total, minAge);
            if (v.isPresent()) {
                return v;
            }
        }
        Map<AgeGroup, OptionalLong> m = bySex.get(Sex.MALE);
        Map<AgeGroup, OptionalLong> f = bySex.get(Sex.FEMALE);
        if (m == null || f == null) {
            return Optional.empty();
        }
        double sum = 0;
        boolean approx = false;
        for (Sex s : new Sex[] {Sex.MALE, Sex.FEMALE, Sex.DIVERSE}) {
            Map<AgeGroup, OptionalLong> ages = bySex.get(s);
            if (ages == null) {
                continue;
            }
            Optional<Value> v = fromAges(ages, minAge);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            sum += v.get().value();
            approx |= v.get().approximate();
        }
        return Optional.of(new Value(sum, approx, "sum over sexes"));
    }

    /**
     * The population aged minAge and over from figures by age group: the figure for all ages when
     * minAge is 0 and it is given; otherwise the finest set of groups that covers all ages without
     * overlap, with a group straddling minAge split in proportion to its years.
     */
    private static Optional<Value> fromAges(Map<AgeGroup, OptionalLong> ages, int minAge) {
        OptionalLong all = ages.get(AgeGroup.ALL);
        if (minAge == 0 && all != null) {
            return all.isPresent() ? Optional.of(new Value(all.getAsLong(), false, "")) : Optional.empty();
        }
        List<AgeGroup> chain = finestChain(ages.keySet());
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        double sum = 0;
        boolean approx = false;
        for (AgeGroup g : chain) {
            OptionalLong c = ages.get(g);
            if (g.to() <= minAge) {
                continue;
            }
            if (c.isEmpty()) {
                return Optional.empty();
            }
            if (g.from() >= minAge) {
                sum += c.getAsLong();
            } else {
                // the group straddles minAge: its years from minAge on, in proportion
                sum += c.getAsLong() * (double) (g.to() - minAge) / (g.to() - g.from());
                approx = true;
            }
        }
        return Optional.of(new Value(sum, approx, minAge == 0 ? "sum of age groups" : "sum of age groups"
                + (approx ? " (a group split at age " + minAge + " in proportion to its years)" : "")));
    }

    /** The largest set of groups that covers [0, open) without gaps or overlaps; empty if there is none. */
    static List<AgeGroup> finestChain(Set<AgeGroup> groups) {
        TreeMap<Integer, List<AgeGroup>> byFrom = new TreeMap<>();
        for (AgeGroup g : groups) {
            if (!g.isAll()) {
                byFrom.computeIfAbsent(g.from(), k -> new ArrayList<>()).add(g);
            }
        }
        // best.get(b): the longest chain covering [0, b)
        TreeMap<Integer, List<AgeGroup>> best = new TreeMap<>();
        best.put(0, List.of());
        for (Map.Entry<Integer, List<AgeGroup>> e : byFrom.entrySet()) {
            List<AgeGroup> upTo = best.get(e.getKey());
            if (upTo == null) {
                continue;
            }
            for (AgeGroup g : e.getValue()) {
                List<AgeGroup> cand = new ArrayList<>(upTo);
                cand.add(g);
                List<AgeGroup> cur = best.get(g.to());
                if (cur == null || cand.size() > cur.size()) {
                    best.put(g.to(), cand);
                }
            }
        }
        List<AgeGroup> chain = best.get(AgeGroup.OPEN);
        return chain == null ? List.of() : chain;
    }
}
