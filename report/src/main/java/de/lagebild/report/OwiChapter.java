package de.lagebild.report;

import de.lagebild.crime.CrimeIndicators;
import de.lagebild.crime.CrimeResult.OwiIndicator;
import de.lagebild.crime.PopulationTable;
import de.lagebild.crime.RateComparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The chapter "Ordnungswidrigkeiten": the Ordnungsamt's cases by category and year, per 1,000
 * residents, and by Ortsteil where the file gives Ortsteile. Counts below {@code min_cell} and the
 * counts withheld to protect them ({@link CrimeFacts}) are printed as "–", with their rates.
 */
final class OwiChapter implements Chapter {
    static final String ID = "ordnungswidrigkeiten";

    private final CrimeFacts f;

    OwiChapter(CrimeFacts facts) {
        this.f = facts;
    }

    boolean hasData() {
        return !f.owiYears.isEmpty();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Ordnungswidrigkeiten";
    }

    private int last() {
        return f.owiYears.last();
    }

    private int first() {
        return f.owiYears.first();
    }

    private Object countCell(int year, String district, String category) {
        if (category.isEmpty()) {
            OptionalLong t = f.owiTotal(year, district);
            return t.isEmpty() ? null : f.shownOwi(year, district, "") ? (Object) t.getAsLong() : Table.suppressed();
        }
        Optional<OwiIndicator> o = f.owi(year, district, category);
        if (o.isEmpty()) {
            return null;
        }
        return f.shownOwi(year, district, category) ? (Object) o.get().cases() : Table.suppressed();
    }

    private Optional<PopulationTable.Value> population(String district, int year) {
        return f.ratePopulation(district, year);
    }

    /** Per 1,000 residents, or null (no population), or suppressed with its count. */
    private Object rateCell(int year, String district, String category) {
        Object count = countCell(year, district, category);
        Optional<PopulationTable.Value> p = population(district, year);
        if (count == null || p.isEmpty() || !(p.get().value() > 0)) {
            return null;
        }
        if (!(count instanceof Long n)) {
            return Table.suppressed();
        }
        return n * 1000.0 / p.get().value();
    }

    /** The categories in order of their count in the last year, largest first. */
    private List<String> categoriesBySize() {
        List<String> cats = new ArrayList<>(f.owiCategories);
        cats.sort(Comparator.comparingLong((String c) -> -f.owi(last(), "", c).map(OwiIndicator::cases).orElse(0L)));
        return cats;
    }

    private Optional<RateComparison> totalTrend() {
        if (f.owiYears.size() < 2) {
            return Optional.empty();
        }
        OptionalLong a = f.owiTotal(first(), "");
        OptionalLong b = f.owiTotal(last(), "");
        Optional<PopulationTable.Value> pa = population("", first());
        Optional<PopulationTable.Value> pb = population("", last());
        if (a.isEmpty() || b.isEmpty() || pa.isEmpty() || pb.isEmpty() || !f.shownOwi(first(), "", "")
                || !f.shownOwi(last(), "", "") || !(pa.get().value() > 0) || !(pb.get().value() > 0)) {
            return Optional.empty();
        }
        return Optional.of(CrimeIndicators.compareRates(b.getAsLong(), pb.get().value(), a.getAsLong(),
                pa.get().value(), f.spec.level()));
    }

    // ------------------------------------------------------------------ findings

    @Override
    public List<Finding> findings(ReportContext ctx) {
        if (!hasData()) {
            return List.of();
        }
        int y = last();
        OptionalLong n = f.owiTotal(y, "");
        if (n.isEmpty() || !f.shownOwi(y, "", "")) {
            return List.of();
        }
        StringBuilder sb = new StringBuilder(y + " erfasste das Ordnungsamt " + Fmt.integer(n.getAsLong())
                + " Ordnungswidrigkeiten");
        Object r = rateCell(y, "", "");
        if (r instanceof Double d) {
            sb.append(" (").append(Fmt.number(d, 1)).append(" je 1.000 Einwohner)");
        }
        List<String> top = new ArrayList<>();
        for (String c : categoriesBySize()) {
            if (top.size() < 3 && f.shownOwi(y, "", c) && f.owi(y, "", c).map(OwiIndicator::cases).orElse(0L) > 0) {
                top.add(c + " (" + Fmt.integer(f.owi(y, "", c).get().cases()) + ")");
            }
        }
        if (!top.isEmpty()) {
            sb.append("; am häufigsten: ").append(SurveyLabels.and(top));
        }
        sb.append('.');
        highest(y).ifPresent(h -> sb.append(" Je Einwohner die meisten Fälle: ").append(h).append('.'));
        return List.of(Finding.of("Ordnungswidrigkeiten", sb.toString()));
    }

    /** "Bahnhofsviertel (22,4 je 1.000)": the Ortsteil with the highest rate of all categories. */
    private Optional<String> highest(int y) {
        String best = null;
        double max = -1;
        for (String d : f.owiDistricts) {
            if (rateCell(y, d, "") instanceof Double r && r > max) {
                max = r;
                best = d;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best + " (" + Fmt.number(max, 1) + " je 1.000)");
    }

    // ------------------------------------------------------------------ the chapter

    @Override
    public void write(Content c) {
        if (!hasData()) {
            c.paragraph("Es liegen keine Zahlen zu Ordnungswidrigkeiten vor.");
            return;
        }
        int y = last();
        c.paragraph("Ordnungswidrigkeiten sind Verstöße gegen die Polizeiverordnung der Gemeinde und andere"
                + " Vorschriften der öffentlichen Ordnung, etwa Verunreinigung, wildes Plakatieren, Lärm oder"
                + " Verstöße gegen ein Alkoholverbot. Das Ordnungsamt verfolgt sie mit Verwarnungen und Bußgeldern."
                + " Wie die PKS zeigen diese Zahlen ein Hellfeld: Sie hängen davon ab, wie oft kontrolliert und wie"
                + " oft ein Verstoß gemeldet wird. Mehr Fälle können daher auch mehr Kontrollen bedeuten.");
        c.section("Entwicklung nach Kategorie");
        StringBuilder p = new StringBuilder();
        OptionalLong n = f.owiTotal(y, "");
        if (n.isPresent() && f.shownOwi(y, "", "")) {
            p.append(y).append(" erfasste das Ordnungsamt ").append(Fmt.integer(n.getAsLong()))
                    .append(" Ordnungswidrigkeiten");
            if (rateCell(y, "", "") instanceof Double d) {
                p.append(", ").append(Fmt.number(d, 1)).append(" je 1.000 Einwohner");
            }
            p.append('.');
            totalTrend().ifPresent(rc -> {
                double ch = rc.changePercent().orElse(0);
                double pv = rc.pValue().orElse(1);
                p.append(" Je Einwohner ").append(pv < CrimeText.ALPHA ? (ch > 0 ? "stieg" : "sank")
                        + " ihre Zahl von " + first() + " bis " + y + " um " + Fmt.number(Math.abs(ch), 1) + Fmt.NBSP
                        + "% (statistisch gesichert, " + CrimeText.p(pv) + ")"
                        : "veränderte sich ihre Zahl von " + first() + " bis " + y + " um " + CrimeText.change(ch)
                                + "; die Veränderung ist statistisch nicht gesichert (" + CrimeText.p(pv) + ")")
                        .append('.');
            });
        }
        List<String> cats = categoriesBySize();
        c.paragraph(p.append(p.length() > 0 ? " " : "").append("Die Kategorien folgen der Polizeiverordnung; ihre"
                + " Zuordnung zu den Handlungsfeldern steht im Kapitel „Handlungsfelder“.").toString());
        List<Double> rates = new ArrayList<>();
        boolean hidden = false;
        for (String cat : cats) {
            Object r = rateCell(y, "", cat);
            hidden |= r != null && !(r instanceof Double);
            rates.add(r instanceof Double d ? d : null);
        }
        if (rates.stream().anyMatch(x -> x != null)) {
            Figure fig = Figure.groupedBars("abb-owi-kategorien", "Ordnungswidrigkeiten je 1.000 Einwohner " + y
                    + " nach Kategorie", cats, List.of(Figure.Series.of(f.municipality.name(), Figure.Role.MUNICIPALITY,
                            rates)), "Fälle je 1.000 Einwohner", false, true)
                    .withNote("Quelle: Ordnungsamt; Einwohner am 31.12. des " + (f.spec.populationYear()
                            == de.lagebild.project.CrimeSpec.PopulationYear.PREVIOUS ? "Vorjahres" : "Jahres") + ".");
            if (hidden) {
                fig = fig.withNote(Fmt.DASH + " " + f.suppressionNote());
            }
            c.figure(fig);
        }
        List<Table.Column> cols = new ArrayList<>();
        cols.add(Table.text("kategorie", "Kategorie"));
        for (int yr : f.owiYears) {
            cols.add(Table.integer("faelle_" + yr, Integer.toString(yr)));
        }
        cols.add(Table.decimal("je_1000", "Je 1.000 Einw. " + y, 1));
        Table.Builder t = Table.builder("owi-kategorien", "Ordnungswidrigkeiten nach Kategorie " + first() + " bis " + y
                + " (Fälle)").suppressionNote(f.suppressionNote()).columns(cols.toArray(new Table.Column[0]));
        for (String cat : cats) {
            List<Object> row = new ArrayList<>(List.of(cat));
            for (int yr : f.owiYears) {
                row.add(countCell(yr, "", cat));
            }
            row.add(rateCell(y, "", cat));
            t.row(row.toArray());
        }
        List<Object> row = new ArrayList<>(List.of("Insgesamt"));
        for (int yr : f.owiYears) {
            row.add(countCell(yr, "", ""));
        }
        row.add(rateCell(y, "", ""));
        t.emphasisRow(row.toArray());
        c.table(t.build());
        if (!f.owiDistricts.isEmpty()) {
            districts(c, cats);
        }
    }

    private void districts(Content c, List<String> cats) {
        int y = last();
        c.section("Ordnungswidrigkeiten nach Ortsteil");
        List<String> ds = f.owiDistricts;
        StringBuilder p = new StringBuilder("Die Zahlen nach Ortsteil zeigen, wo das Ordnungsamt Verstöße festgestellt"
                + " hat. Je Einwohner gerechnet");
        Optional<String> h = highest(y);
        p.append(h.isPresent() ? " liegt " + h.get().replaceFirst(" \\(", " mit ").replace(")", "") + " vorn"
                : " lassen sich die Ortsteile nicht vergleichen");
        p.append(". Orte, an denen sich viele Menschen aufhalten, die dort nicht wohnen (Bahnhof, Innenstadt), haben"
                + " je Einwohner gerechnet mehr Fälle.");
        c.paragraph(p.toString());
        List<Table.Column> cols = new ArrayList<>();
        cols.add(Table.text("kategorie", "Kategorie"));
        java.util.Set<String> used = new java.util.HashSet<>();
        for (String d : ds) {
            cols.add(Table.integer(CrimeText.key("ot_", d, used), d));
        }
        cols.add(Table.integer("gesamt", "Gesamt"));
        Table.Builder t = Table.builder("owi-ortsteile", "Ordnungswidrigkeiten " + y + " nach Kategorie und Ortsteil"
                + " (Fälle)").suppressionNote(f.suppressionNote()).columns(cols.toArray(new Table.Column[0]));
        for (String cat : cats) {
            List<Object> row = new ArrayList<>(List.of(cat));
            for (String d : ds) {
                row.add(countCell(y, d, cat));
            }
            row.add(countCell(y, "", cat));
            t.row(row.toArray());
        }
        List<Object> row = new ArrayList<>(List.of("Insgesamt"));
        for (String d : ds) {
            row.add(countCell(y, d, ""));
        }
        row.add(countCell(y, "", ""));
        t.emphasisRow(row.toArray());
        if (f.owiDistricts.size() > 0) {
            t.note("Gesamt kann Fälle ohne Angabe des Ortsteils enthalten.");
        }
        c.table(t.build());
        List<Double> rates = new ArrayList<>();
        for (String d : ds) {
            rates.add(rateCell(y, d, "") instanceof Double r ? r : null);
        }
        if (rates.stream().anyMatch(x -> x != null)) {
            c.figure(Figure.groupedBars("abb-owi-ortsteile", "Ordnungswidrigkeiten je 1.000 Einwohner " + y
                    + " nach Ortsteil", ds, List.of(Figure.Series.of(f.municipality.name(), Figure.Role.MUNICIPALITY,
                            rates)), "Fälle je 1.000 Einwohner", false, true)
                    .withNote("Alle Kategorien zusammen. Quelle: Ordnungsamt."));
        }
        Table.Builder r = Table.builder("owi-ortsteile-raten", "Ordnungswidrigkeiten " + y + " je 1.000 Einwohner nach"
                + " Ortsteil").suppressionNote(f.suppressionNote()).columns(Table.text("ortsteil", "Ortsteil"),
                        Table.integer("einwohner", "Einwohner"), Table.integer("faelle", "Fälle"),
                        Table.decimal("je_1000", "Je 1.000 Einwohner", 1));
        for (String d : ds) {
            Optional<PopulationTable.Value> pop = population(d, y);
            r.row(d, pop.map(v -> (Object) Math.round(v.value())).orElse(null), countCell(y, d, ""),
                    rateCell(y, d, ""));
        }
        Optional<PopulationTable.Value> all = population("", y);
        r.emphasisRow("Gesamt", all.map(v -> (Object) Math.round(v.value())).orElse(null), countCell(y, "", ""),
                rateCell(y, "", ""));
        r.note("Einwohner am 31.12." + f.spec.populationYear().forYear(y) + ".");
        c.table(r.build());
    }

    // ------------------------------------------------------------------ methods and appendix

    @Override
    public void methods(Content c) {
        if (!hasData()) {
            return;
        }
        c.section("Ordnungswidrigkeiten");
        c.bullets(List.of(
                "Quelle: die Fallzahlen des Ordnungsamts nach Jahr, Kategorie" + (f.owiDistricts.isEmpty() ? ""
                        : " und Ortsteil") + ". Örtliche Bezeichnungen werden den Kategorien der Polizeiverordnung"
                        + " zugeordnet (etwa Hundekot zu Tiere); mehrere Bezeichnungen einer Kategorie werden"
                        + " addiert.",
                "Je 1.000 Einwohner = Fälle × 1.000 / Einwohner der Gemeinde bzw. des Ortsteils (Stichtagsregel wie"
                        + " bei der HZ).",
                "Die Entwicklung je Einwohner prüft derselbe exakte Test wie bei der HZ (Abschnitt Trends und"
                        + " Vergleiche)."));
    }

    @Override
    public void appendix(Content c) {
        if (!hasData()) {
            return;
        }
        c.section("Ordnungswidrigkeiten: alle Zahlen");
        List<Table.Column> cols = new ArrayList<>();
        cols.add(Table.group("ortsteil", "Ortsteil"));
        cols.add(Table.text("kategorie", "Kategorie"));
        for (int yr : f.owiYears) {
            cols.add(Table.integer("faelle_" + yr, Integer.toString(yr)));
        }
        Table.Builder t = Table.builder("anhang-owi", "Ordnungswidrigkeiten nach Ortsteil, Kategorie und Jahr (Fälle)")
                .suppressionNote(f.suppressionNote()).columns(cols.toArray(new Table.Column[0]));
        List<String> ds = new ArrayList<>(f.owiDistricts);
        ds.add("");
        for (String d : ds) {
            String name = d.isEmpty() ? f.municipality.name() + " gesamt" : d;
            for (String cat : f.owiCategories) {
                List<Object> row = new ArrayList<>(List.of(name, cat));
                for (int yr : f.owiYears) {
                    row.add(countCell(yr, d, cat));
                }
                t.row(row.toArray());
            }
            List<Object> row = new ArrayList<>(List.of(name, "Insgesamt"));
            for (int yr : f.owiYears) {
                row.add(countCell(yr, d, ""));
            }
            t.emphasisRow(row.toArray());
        }
        c.table(t.build());
    }
}
