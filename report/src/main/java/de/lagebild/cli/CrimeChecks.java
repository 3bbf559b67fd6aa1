package de.lagebild.cli;

import de.lagebild.crime.ImportOptions;
import de.lagebild.crime.NumberStyle;
import de.lagebild.crime.OffenceKey;
import de.lagebild.crime.OwiCategories;
import de.lagebild.crime.OwiRecord;
import de.lagebild.crime.OwiReader;
import de.lagebild.crime.OwiTable;
import de.lagebild.crime.PksReader;
import de.lagebild.crime.PksTable;
import de.lagebild.crime.PopulationReader;
import de.lagebild.crime.PopulationRecord;
import de.lagebild.crime.PopulationTable;
import de.lagebild.internal.Encodings;
import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.io.RowAccount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/** The checks of official-statistics files: PKS tables, Ordnungswidrigkeiten, population. */
final class CrimeChecks {
    private CrimeChecks() {
    }

    static ImportOptions options(FileCheck.Options o) {
        ImportOptions io = ImportOptions.of(o.displayName());
        if (o.year().isPresent()) {
            io = io.withYear(o.year().get());
        }
        if (o.area().isPresent()) {
            io = io.withArea(o.area().get());
        }
        if (o.encoding().isPresent() && !o.encoding().get().equalsIgnoreCase("auto")) {
            try {
                io = io.withEncoding(Encodings.parse(o.encoding().get()));
            } catch (IllegalArgumentException e) {
                throw new InputException(Problem.inFile("--encoding", e.getMessage()));
            }
        }
        if (o.delimiter().isPresent() && !o.delimiter().get().equalsIgnoreCase("auto")) {
            String d = o.delimiter().get();
            if (d.equalsIgnoreCase("tab")) {
                io = io.withDelimiter('\t');
            } else if (d.length() == 1 && ",;|".contains(d)) {
                io = io.withDelimiter(d.charAt(0));
            } else {
                throw new InputException(Problem.inFile("--delimiter", "must be one of , ; | tab, not \"" + d + "\""));
            }
        }
        if (o.sheet().isPresent()) {
            io = io.withSheet(o.sheet().get());
        }
        if (o.numbers().isPresent()) {
            switch (o.numbers().get().toLowerCase(Locale.ROOT)) {
                case "german" -> io = io.withNumbers(NumberStyle.GERMAN);
                case "english" -> io = io.withNumbers(NumberStyle.ENGLISH);
                case "auto" -> io = io.withNumbers(NumberStyle.AUTO);
                default -> throw new InputException(Problem.inFile("--numbers", "must be german, english or auto, not \""
                        + o.numbers().get() + "\""));
            }
        }
        return io;
    }

    static String list(Collection<String> items, int max) {
        List<String> l = new ArrayList<>(items);
        if (l.size() <= max) {
            return String.join(", ", l);
        }
        return String.join(", ", l.subList(0, max)) + ", ... (" + l.size() + " in all)";
    }

    static String years(SortedSet<Integer> years) {
        if (years.isEmpty()) {
            return "none";
        }
        List<String> s = new ArrayList<>();
        years.forEach(y -> s.add(Integer.toString(y)));
        return String.join(", ", s);
    }

    /** PKS tables. */
    static final class Pks implements FileCheck {
        @Override
        public Report check(Path file, Options o) {
            PksTable t = PksReader.read(file, options(o));
            List<String> facts = new ArrayList<>();
            facts.add("format: " + t.format());
            facts.add("years: " + years(t.years()));
            List<String> areas = new ArrayList<>();
            t.areas().forEach((k, n) -> areas.add(n.isEmpty() ? k : k + " " + n));
            facts.add("areas: " + t.areas().size() + " (" + list(areas, 8) + ")");
            List<String> keys = new ArrayList<>();
            for (OffenceKey k : t.keys()) {
                keys.add(k.code());
            }
            facts.add("offence keys: " + keys.size() + " (" + list(keys, 12) + ")");
            long undefinedAq = t.records().stream().filter(r -> r.cases().isPresent() && r.cases().getAsLong() == 0)
                    .count();
            if (undefinedAq > 0) {
                facts.add("rows without cases (AQ and shares not defined): " + undefinedAq);
            }
            return report(t.account(), facts, t.notes());
        }
    }

    /** Ordnungswidrigkeiten. */
    static final class Owi implements FileCheck {
        @Override
        public Report check(Path file, Options o) {
            OwiTable t = OwiReader.read(file, options(o));
            List<String> facts = new ArrayList<>();
            facts.add("format: " + t.format());
            facts.add("years: " + years(t.years()));
            List<String> cats = new ArrayList<>();
            for (String c : t.categories()) {
                cats.add(OwiCategories.isStandard(c) ? c : c + " (not a standard category)");
            }
            facts.add("categories: " + t.categories().size() + " (" + list(cats, 15) + ")");
            if (!t.districts().isEmpty()) {
                facts.add("Ortsteile: " + t.districts().size() + " (" + list(t.districts(), 10) + ")");
            }
            Map<Integer, Long> perYear = new TreeMap<>();
            for (OwiRecord r : t.records()) {
                perYear.merge(r.year(), r.cases(), Long::sum);
            }
            List<String> totals = new ArrayList<>();
            perYear.forEach((y, n) -> totals.add(y + ": " + n));
            facts.add("cases per year: " + String.join(", ", totals));
            Set<String> raw = new LinkedHashSet<>();
            for (OwiRecord r : t.records()) {
                if (!r.rawCategory().equals(r.category())) {
                    raw.add("\"" + r.rawCategory() + "\" as " + r.category());
                }
            }
            if (!raw.isEmpty()) {
                facts.add("categories recognised: " + list(raw, 10));
            }
            return report(t.account(), facts, t.notes());
        }
    }

    /** Population. */
    static final class Population implements FileCheck {
        @Override
        public Report check(Path file, Options o) {
            PopulationTable t = PopulationReader.read(file, options(o));
            List<String> facts = new ArrayList<>();
            t.formats().forEach(f -> facts.add("format: " + f));
            facts.add("years (31.12.): " + years(t.years()));
            Set<String> sexes = new LinkedHashSet<>();
            Set<String> ages = new LinkedHashSet<>();
            for (PopulationRecord r : t.records()) {
                sexes.add(r.sex().name().toLowerCase(Locale.ROOT));
                if (!r.allAges()) {
                    ages.add(r.ageLabel());
                }
            }
            facts.add("sexes: " + String.join(", ", sexes));
            facts.add("age groups: " + (ages.isEmpty() ? "none (totals only)" : list(ages, 20)));
            Map<String, String> lines = new LinkedHashMap<>();
            int latest = t.years().isEmpty() ? 0 : t.years().last();
            for (String a : t.areas()) {
                Optional<PopulationTable.Value> tot = t.total(a, "", latest);
                Optional<PopulationTable.Value> p8 = t.aged8Plus(a, "", latest);
                String s = a + " " + latest + ": " + tot.map(v -> fmt(v.value())).orElse("not available")
                        + ", aged 8+: " + p8.map(v -> fmt(v.value()) + (v.approximate() ? " (approximated)" : ""))
                                .orElse("not available");
                Set<String> d = t.districts(a);
                if (!d.isEmpty()) {
                    s += "; " + d.size() + " Ortsteile (" + list(d, 8) + ")";
                }
                lines.put(a, s);
            }
            facts.add("areas: " + t.areas().size());
            List<String> shown = new ArrayList<>(lines.values());
            for (String s : shown.subList(0, Math.min(shown.size(), 20))) {
                facts.add("  " + s);
            }
            if (shown.size() > 20) {
                facts.add("  ... and " + (shown.size() - 20) + " more areas");
            }
            RowAccount a = t.accounts().get(0);
            return report(a, facts, t.notes());
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static FileCheck.Report report(RowAccount a, List<String> facts, List<String> notes) {
        return new FileCheck.Report(facts, a.read(), a.used(), a.rejected(), notes);
    }
}
