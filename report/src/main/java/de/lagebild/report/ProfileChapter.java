package de.lagebild.report;

import de.lagebild.crime.PopulationTable;
import de.lagebild.crime.PopulationTable.AgeStructure;
import de.lagebild.project.Area;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * The chapter "Gebietsprofil": the residents of the municipality and their development against
 * the benchmark areas, the Ortsteile, and the age structure (population pyramid), from the
 * population figures of the {@code crime:} part. Population figures are official counts of the
 * residents and are published whole.
 */
final class ProfileChapter implements Chapter {
    static final String ID = "gebietsprofil";

    private final CrimeFacts f;
    private final PopulationTable pop;
    private final TreeSet<Integer> years = new TreeSet<>();

    ProfileChapter(CrimeFacts facts) {
        this.f = facts;
        this.pop = facts.result.population();
        for (int y : pop.years()) {
            if (total(f.mAgs, "", y).isPresent()) {
                years.add(y);
            }
        }
    }

    /** Whether there are population figures of the municipality to describe. */
    boolean hasData() {
        return !years.isEmpty();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Gebietsprofil";
    }

    private OptionalLong total(String ags, String district, int year) {
        return pop.total(ags, district, year).map(v -> OptionalLong.of(Math.round(v.value()))).orElse(
                OptionalLong.empty());
    }

    private static String stichtag(int y) {
        return "31.12." + y;
    }

    private String name() {
        return f.municipality.name();
    }

    private int last() {
        return years.last();
    }

    /** The Ortsteile with population in the last year. */
    private List<String> districts() {
        List<String> out = new ArrayList<>();
        for (String d : pop.districts(f.mAgs)) {
            if (total(f.mAgs, d, last()).isPresent()) {
                out.add(d);
            }
        }
        return out;
    }

    private static double share(long part, long whole) {
        return whole > 0 ? part / (double) whole : 0;
    }

    // ------------------------------------------------------------------ findings

    @Override
    public List<Finding> findings(ReportContext ctx) {
        if (!hasData()) {
            return List.of();
        }
        long n = total(f.mAgs, "", last()).getAsLong();
        StringBuilder sb = new StringBuilder(name() + " hatte am " + stichtag(last()) + " " + Fmt.integer(n)
                + " Einwohnerinnen und Einwohner");
        if (years.size() > 1) {
            long n0 = total(f.mAgs, "", years.first()).getAsLong();
            sb.append(", ").append(CrimeText.change((share(n, n0) - 1) * 100))
                    .append(" gegenüber dem ").append(stichtag(years.first()));
        }
        sb.append('.');
        Optional<AgeStructure> a = pop.ageStructure(f.mAgs, "", last());
        if (a.isPresent() && a.get().agedAtLeast(65).isPresent()) {
            sb.append(" ").append(Fmt.percent(share(a.get().agedAtLeast(65).getAsLong(), a.get().total()), 0))
                    .append(" sind 65 Jahre oder älter");
            List<String> cmp = new ArrayList<>();
            for (Area b : f.benchmarks) {
                pop.ageStructure(f.ags(b), "", last()).filter(x -> x.agedAtLeast(65).isPresent()).ifPresent(
                        x -> cmp.add(b.name() + ": " + Fmt.percent(share(x.agedAtLeast(65).getAsLong(), x.total()),
                                0)));
            }
            sb.append(cmp.isEmpty() ? "." : " (" + String.join("; ", cmp) + ").");
        }
        return List.of(Finding.of("Bevölkerung", sb.toString()));
    }

    // ------------------------------------------------------------------ the chapter

    @Override
    public void write(Content c) {
        if (!hasData()) {
            c.paragraph("Für " + name() + " liegen keine Bevölkerungszahlen vor.");
            return;
        }
        c.paragraph("Dieses Kapitel beschreibt die Bevölkerung von " + name() + ": ihre Zahl und Entwicklung, ihre"
                + " Verteilung auf die Ortsteile und ihren Altersaufbau. Die Einwohnerzahlen sind zugleich die"
                + " Bezugsgrößen der Häufigkeitszahlen und Raten in den folgenden Kapiteln. Stichtag ist jeweils"
                + " der 31. Dezember.");
        development(c);
        districtsSection(c);
        ages(c);
    }

    private void development(Content c) {
        int first = years.first();
        int last = last();
        c.section("Einwohnerzahl und Entwicklung");
        long n = total(f.mAgs, "", last).getAsLong();
        StringBuilder p = new StringBuilder("Am " + stichtag(last) + " lebten in " + name() + " " + Fmt.integer(n)
                + " Menschen.");
        if (years.size() > 1) {
            long n0 = total(f.mAgs, "", first).getAsLong();
            double ch = (share(n, n0) - 1) * 100;
            p.append(" Gegenüber dem ").append(stichtag(first)).append(" (").append(Fmt.integer(n0)).append(") ")
                    .append(Fmt.number(ch, 1).equals("0,0") ? "ist die Einwohnerzahl nahezu gleich geblieben"
                            : "hat sich die Einwohnerzahl um " + CrimeText.change(ch) + " verändert");
            List<String> cmp = new ArrayList<>();
            for (Area b : f.benchmarks) {
                OptionalLong b0 = total(f.ags(b), "", first);
                OptionalLong b1 = total(f.ags(b), "", last);
                if (b0.isPresent() && b1.isPresent()) {
                    cmp.add(CrimeText.in(b) + " um " + CrimeText.change((share(b1.getAsLong(), b0.getAsLong()) - 1)
                            * 100));
                }
            }
            p.append(cmp.isEmpty() ? "." : "; im selben Zeitraum veränderte sie sich " + SurveyLabels.and(cmp)
                    + ".");
        }
        c.paragraph(p.toString());
        List<Area> areas = new ArrayList<>();
        for (Area a : f.areas()) {
            if (years.stream().allMatch(y -> total(f.ags(a), "", y).isPresent())) {
                areas.add(a);
            }
        }
        if (years.size() > 2 && areas.size() > 1) {
            List<String> periods = years.stream().map(y -> Integer.toString(y)).toList();
            List<Figure.Series> series = new ArrayList<>();
            for (Area a : areas) {
                long base = total(f.ags(a), "", first).getAsLong();
                List<Double> v = new ArrayList<>();
                for (int y : years) {
                    v.add(base > 0 ? total(f.ags(a), "", y).getAsLong() * 100.0 / base : null);
                }
                series.add(Figure.Series.of(a.name(), f.role(a), v));
            }
            c.figure(Figure.index("abb-einwohner-entwicklung", "Entwicklung der Einwohnerzahl (" + stichtag(first)
                    + " = 100)", periods, series, "Index").withNote("Einwohner am 31.12. des Jahres, bezogen auf den "
                    + stichtag(first) + " (= 100). Quelle: Bevölkerungsdateien des Projekts (siehe Methodik)."));
        }
        List<Table.Column> cols = new ArrayList<>();
        cols.add(Table.text("stichtag", "Stichtag"));
        cols.add(Table.integer("einwohner", name()));
        cols.add(Table.decimal("veraenderung_pct", "Veränderung zum Vorjahr in %", 1));
        List<Area> benches = areas.stream().filter(a -> !a.name().equals(name())).toList();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Area b : benches) {
            cols.add(Table.integer(CrimeText.key("einwohner_", b.name(), used), b.name()));
        }
        Table.Builder t = Table.builder("gebiet-einwohner", "Einwohner am 31.12. des Jahres")
                .columns(cols.toArray(new Table.Column[0]));
        Long prev = null;
        for (int y : years) {
            List<Object> row = new ArrayList<>();
            row.add(stichtag(y));
            long n1 = total(f.mAgs, "", y).getAsLong();
            row.add(n1);
            row.add(prev == null ? null : (share(n1, prev) - 1) * 100);
            prev = n1;
            for (Area b : benches) {
                OptionalLong v = total(f.ags(b), "", y);
                row.add(v.isPresent() ? (Object) v.getAsLong() : null);
            }
            t.row(row.toArray());
        }
        t.note("Einwohner mit Hauptwohnsitz nach den Bevölkerungsdateien des Projekts; " + name()
                + (pop.districts(f.mAgs).isEmpty() ? "" : " als Summe der Ortsteile") + ".");
        c.table(t.build());
    }

    private void districtsSection(Content c) {
        List<String> ds = districts();
        if (ds.isEmpty()) {
            return;
        }
        int first = years.first();
        int last = last();
        c.section("Ortsteile");
        long n = total(f.mAgs, "", last).getAsLong();
        String largest = null;
        long max = -1;
        String oldest = null;
        double oldShare = -1;
        Table.Builder t = Table.builder("gebiet-ortsteile", "Einwohner nach Ortsteil am " + stichtag(last))
                .columns(Table.text("ortsteil", "Ortsteil"), Table.integer("einwohner", "Einwohner"),
                        Table.percent("anteil_pct", "Anteil in %", 1),
                        Table.decimal("veraenderung_pct", "Veränderung seit " + stichtag(first) + " in %", 1),
                        Table.percent("ab65_pct", "65 Jahre und älter in %", 1));
        for (String d : ds) {
            long v = total(f.mAgs, d, last).getAsLong();
            OptionalLong v0 = total(f.mAgs, d, first);
            Optional<AgeStructure> a = pop.ageStructure(f.mAgs, d, last);
            Double old = a.isPresent() && a.get().agedAtLeast(65).isPresent()
                    ? share(a.get().agedAtLeast(65).getAsLong(), a.get().total()) : null;
            t.row(d, v, share(v, n), v0.isPresent() && years.size() > 1 ? (share(v, v0.getAsLong()) - 1) * 100 : null,
                    old);
            if (v > max) {
                max = v;
                largest = d;
            }
            if (old != null && old > oldShare) {
                oldShare = old;
                oldest = d;
            }
        }
        Optional<AgeStructure> all = pop.ageStructure(f.mAgs, "", last);
        OptionalLong n0 = total(f.mAgs, "", first);
        t.emphasisRow("Gesamt", n, 1.0, n0.isPresent() && years.size() > 1 ? (share(n, n0.getAsLong()) - 1) * 100
                : null, all.isPresent() && all.get().agedAtLeast(65).isPresent()
                        ? share(all.get().agedAtLeast(65).getAsLong(), all.get().total()) : null);
        StringBuilder p = new StringBuilder(name() + " gliedert sich in " + ds.size() + " Ortsteile. Der größte ist "
                + largest + " mit " + Fmt.integer(max) + " Einwohnern (" + Fmt.percent(share(max, n), 0)
                + ")");
        if (oldest != null) {
            p.append("; den höchsten Anteil Älterer hat ").append(oldest).append(" (")
                    .append(Fmt.percent(oldShare, 0)).append(" sind 65 Jahre oder älter)");
        }
        p.append(". Die Ortsteile unterscheiden sich damit auch in der Zusammensetzung ihrer Bevölkerung, was beim"
                + " Vergleich von Raten zwischen Ortsteilen zu bedenken ist.");
        c.paragraph(p.toString());
        c.table(t.build());
    }

    private void ages(Content c) {
        int last = last();
        Optional<AgeStructure> a = pop.ageStructure(f.mAgs, "", last);
        if (a.isEmpty() || a.get().total() == 0) {
            return;
        }
        AgeStructure s = a.get();
        c.section("Altersaufbau");
        long n = s.total();
        StringBuilder p = new StringBuilder("Der Altersaufbau zeigt, wie sich die Einwohner von " + name()
                + " auf Altersgruppen und Geschlechter verteilen.");
        p.append(" Frauen stellen ").append(Fmt.percent(share(s.women(), n), 1)).append(" der Bevölkerung");
        if (s.agedAtLeast(65).isPresent()) {
            p.append(", Menschen ab 65 Jahren ").append(Fmt.percent(share(s.agedAtLeast(65).getAsLong(), n), 1));
        }
        p.append(".");
        c.paragraph(p.toString());
        // key figures against the benchmarks
        List<Area> areas = new ArrayList<>();
        List<AgeStructure> structures = new ArrayList<>();
        for (Area ar : f.areas()) {
            Optional<AgeStructure> x = pop.ageStructure(f.ags(ar), "", last);
            if (x.isPresent() && x.get().total() > 0) {
                areas.add(ar);
                structures.add(x.get());
            }
        }
        List<Table.Column> cols = new ArrayList<>();
        cols.add(Table.text("kennzahl", "Kennzahl"));
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Area area : areas) {
            cols.add(Table.decimal(CrimeText.key("wert_", area.name(), used), area.name(), 1));
        }
        Table.Builder t = Table.builder("gebiet-kennzahlen", "Kennzahlen der Bevölkerung am " + stichtag(last))
                .columns(cols.toArray(new Table.Column[0]));
        List<Object> row = new ArrayList<>(List.of("Einwohner"));
        structures.forEach(x -> row.add(Table.number(x.total(), 0)));
        t.row(row.toArray());
        List<Object> w = new ArrayList<>(List.of("Frauenanteil in %"));
        structures.forEach(x -> w.add(share(x.women(), x.total()) * 100));
        t.row(w.toArray());
        for (int age : new int[] {65, 75}) {
            if (structures.stream().allMatch(x -> x.agedAtLeast(age).isPresent())) {
                List<Object> r = new ArrayList<>(List.of("Anteil " + age + " Jahre und älter in %"));
                structures.forEach(x -> r.add(share(x.agedAtLeast(age).getAsLong(), x.total()) * 100));
                t.row(r.toArray());
            }
        }
        if (structures.stream().allMatch(x -> x.agedAtLeast(25).isPresent())) {
            List<Object> r = new ArrayList<>(List.of("Anteil unter 25 Jahren in %"));
            structures.forEach(x -> r.add((1 - share(x.agedAtLeast(25).getAsLong(), x.total())) * 100));
            t.row(r.toArray());
        }
        t.note("Altersgrenzen, die in allen Bevölkerungsdateien vorkommen; andere lassen sich nicht vergleichen.");
        c.table(t.build());
        List<String> groups = new ArrayList<>();
        List<Double> men = new ArrayList<>();
        List<Double> women = new ArrayList<>();
        for (AgeStructure.Band b : s.bands()) {
            groups.add(b.label());
            men.add(share(b.men(), n));
            women.add(share(b.women(), n));
        }
        c.figure(Figure.pyramid("abb-bevoelkerung-alter", "Bevölkerung von " + name() + " nach Alter und"
                + " Geschlecht am " + stichtag(last), groups, men, women, name() + ", " + stichtag(last), List.of(),
                List.of(), "").withHeight(Math.max(40, Math.min(82, 16 + 5.5f * groups.size())))
                .withNote("Anteile an allen Einwohnern in %; Männer links, Frauen rechts."));
    }

    // ------------------------------------------------------------------ appendix

    @Override
    public void appendix(Content c) {
        if (!hasData()) {
            return;
        }
        List<String> ds = districts();
        if (ds.isEmpty() && pop.ageStructure(f.mAgs, "", last()).isEmpty()) {
            return;
        }
        c.section("Bevölkerung");
        if (!ds.isEmpty()) {
            List<Table.Column> cols = new ArrayList<>();
            cols.add(Table.text("ortsteil", "Ortsteil"));
            for (int y : years) {
                cols.add(Table.integer("e" + y, stichtag(y)));
            }
            Table.Builder t = Table.builder("anhang-einwohner-ortsteile", "Einwohner nach Ortsteil und Jahr")
                    .columns(cols.toArray(new Table.Column[0]));
            List<String> rows = new ArrayList<>(ds);
            for (String d : rows) {
                List<Object> r = new ArrayList<>(List.of(d));
                for (int y : years) {
                    OptionalLong v = total(f.mAgs, d, y);
                    r.add(v.isPresent() ? (Object) v.getAsLong() : null);
                }
                t.row(r.toArray());
            }
            List<Object> r = new ArrayList<>(List.of("Gesamt"));
            for (int y : years) {
                r.add(total(f.mAgs, "", y).getAsLong());
            }
            t.emphasisRow(r.toArray());
            c.table(t.build());
        }
        pop.ageStructure(f.mAgs, "", last()).ifPresent(s -> {
            Table.Builder t = Table.builder("anhang-einwohner-alter", "Einwohner nach Alter und Geschlecht am "
                    + stichtag(last())).columns(Table.text("altersgruppe", "Altersgruppe"),
                            Table.integer("maenner", "Männer"), Table.integer("frauen", "Frauen"),
                            Table.integer("zusammen", "Zusammen"), Table.percent("anteil_pct", "Anteil in %", 1));
            for (AgeStructure.Band b : s.bands()) {
                t.row(b.label(), b.men(), b.women(), b.men() + b.women(), share(b.men() + b.women(), s.total()));
            }
            t.emphasisRow("Insgesamt", s.total() - s.women(), s.women(), s.total(), 1.0);
            c.table(t.build());
        });
    }
}
