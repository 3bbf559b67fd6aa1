package de.lagebild.report;

import de.lagebild.crime.CrimeResult.BenchmarkRatio;
import de.lagebild.crime.CrimeResult.Indicator;
import de.lagebild.crime.CrimeResult.SourceSummary;
import de.lagebild.crime.CrimeResult.Trend;
import de.lagebild.crime.OffenceKey;
import de.lagebild.crime.RateComparison;
import de.lagebild.privacy.CellSuppression;
import de.lagebild.project.Area;
import de.lagebild.project.CrimeSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chapter "Kriminalitätslage": what the PKS can and cannot show, Straftaten insgesamt over the
 * years against the Kreis and the Land, the trend with its exact test, the ratios to the
 * benchmarks, the offence structure, the Aufklärungsquote, and the selected keys (violence, street
 * crime, criminal damage and graffiti, burglary, drugs). Also the methods of the official
 * statistics (sources, definitions, tests) and the full PKS tables of the appendix.
 *
 * <p>Privacy: counts of the municipality below {@code min_cell}, and counts withheld so that these
 * cannot be recomputed from a sum ({@link CrimeFacts}), are printed as "–", and so is every figure
 * resting on them (HZ, AQ, shares, trends, ratios, tests).
 */
final class CrimeChapter implements Chapter {
    static final String ID = "kriminalitaetslage";
    private static final String TOTAL = OffenceKey.TOTAL.code();

    private final CrimeFacts f;

    CrimeChapter(CrimeFacts facts) {
        this.f = facts;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Kriminalitätslage";
    }

    private String name() {
        return f.municipality.name();
    }

    private String level() {
        return Fmt.level(f.spec.level()) + "-%-KI";
    }

    /** A count of the municipality as a table cell: the count, "–" when withheld, empty when unknown. */
    private Object casesCell(int year, String key) {
        OptionalLong c = f.cases(f.mAgs, year, key);
        if (c.isEmpty()) {
            return null;
        }
        return f.shown(f.mAgs, year, key) ? (Object) c.getAsLong() : Table.suppressed();
    }

    /** A figure resting on a count of an area (HZ, AQ, ...) as a table cell. */
    private Object restingOn(String ags, int year, String key, OptionalDouble v) {
        if (v.isEmpty()) {
            return null;
        }
        return f.shown(ags, year, key) ? (Object) v.getAsDouble() : Table.suppressed();
    }

    /** Suspects (persons): withheld with the cases, and when they are few themselves. */
    private Object suspectsCell(Indicator i) {
        if (i.suspects().isEmpty()) {
            return null;
        }
        boolean ok = f.shown(i.ags(), i.year(), i.key().code())
                && (!i.ags().equals(f.mAgs) || !CellSuppression.small(i.suspects().getAsLong(), f.ctx.minCell()));
        return ok ? (Object) i.suspects().getAsLong() : Table.suppressed();
    }

    /**
     * Whether the cleared cases and the AQ of an indicator may be printed: its cases are, and for
     * the municipality the cleared cases are not a small count themselves (the AQ would give them).
     */
    private boolean clearedShown(Indicator i) {
        return f.shown(i.ags(), i.year(), i.key().code()) && (!i.ags().equals(f.mAgs) || i.cleared().isEmpty()
                || !CellSuppression.small(i.cleared().getAsLong(), f.ctx.minCell()));
    }

    private Object aqCell(Indicator i) {
        if (i.aq().isEmpty()) {
            return null;
        }
        return clearedShown(i) ? (Object) (i.aq().getAsDouble() / 100) : Table.suppressed();
    }

    private Object tvbzCell(Indicator i) {
        if (i.tvbz().isEmpty()) {
            return null;
        }
        return suspectsCell(i) instanceof Long ? (Object) i.tvbz().getAsDouble() : Table.suppressed();
    }

    private Table.Builder suppressible(Table.Builder t) {
        return t.suppressionNote(f.suppressionNote());
    }

    private List<Area> benchmarksWithData(int year, String key) {
        return f.benchmarks.stream().filter(b -> f.hz(f.ags(b), year, key).isPresent()).toList();
    }

    // ================================================================== findings

    @Override
    public List<Finding> findings(ReportContext ctx) {
        if (!f.hasPks()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        int y = f.lastYear();
        OptionalLong cases = f.cases(f.mAgs, y, TOTAL);
        OptionalDouble hz = f.hz(f.mAgs, y, TOTAL);
        if (cases.isPresent() && hz.isPresent() && f.shown(f.mAgs, y, TOTAL)) {
            StringBuilder sb = new StringBuilder(y + " registrierte die Polizei in " + name() + " "
                    + Fmt.integer(cases.getAsLong()) + " Straftaten, " + Fmt.number(hz.getAsDouble(), 0)
                    + " je 100.000 Einwohner (Häufigkeitszahl, HZ).");
            List<String> cmp = new ArrayList<>();
            for (Area b : f.benchmarks) {
                f.ratio(f.ags(b), y, TOTAL).filter(r -> r.ratio().isPresent()).ifPresent(r -> cmp.add(
                        ratioShort(r, b)));
            }
            if (!cmp.isEmpty()) {
                sb.append(" Die HZ ").append(String.join("; sie ", cmp)).append('.');
            }
            out.add(new Finding("Kriminalitätslage", sb.toString(), Fmt.number(hz.getAsDouble(), 0),
                    "Straftaten je 100.000 Einw. " + y, 1));
        }
        f.longTrend(f.mAgs, TOTAL).filter(f::shown).ifPresent(t -> {
            StringBuilder sb = new StringBuilder("Von " + t.fromYear() + " bis " + t.toYear() + " veränderte sich"
                    + " die HZ in " + name() + " um " + CrimeText.trendShort(t));
            List<String> cmp = new ArrayList<>();
            for (Area b : f.benchmarks) {
                f.trend(f.ags(b), TOTAL, t.fromYear(), t.toYear()).filter(x -> x.comparison().changePercent()
                        .isPresent()).ifPresent(x -> cmp.add(CrimeText.in(b) + " " + CrimeText.change(x.comparison()
                                .changePercent().getAsDouble())));
            }
            sb.append(cmp.isEmpty() ? "." : "; zum Vergleich: " + SurveyLabels.and(cmp) + ".");
            out.add(Finding.of("Kriminalitätslage", sb.toString()).withPriority(1));
        });
        List<String> moved = new ArrayList<>();
        for (OffenceKey k : f.keys) {
            if (k.isTotal()) {
                continue;
            }
            f.longTrend(f.mAgs, k.code()).filter(f::shown).filter(t -> CrimeText.significant(t.comparison()))
                    .ifPresent(t -> moved.add(f.shortLabel(k.code()) + " (" + CrimeText.change(t.comparison()
                            .changePercent().getAsDouble()) + ")"));
        }
        if (!moved.isEmpty()) {
            Trend any = f.longTrend(f.mAgs, TOTAL).orElse(null);
            String span = any == null ? "" : " von " + any.fromYear() + " bis " + any.toYear();
            out.add(Finding.of("Kriminalitätslage", "Statistisch gesichert verändert hat sich die HZ" + span + " bei "
                    + SurveyLabels.and(moved.size() > 4 ? moved.subList(0, 4) : moved)
                    + (moved.size() > 4 ? " und " + (moved.size() - 4) + " weiteren Delikten" : "") + "."));
        }
        return out;
    }

    /** "liegt um 21 % über der HZ im Landkreis Zwickau (statistisch gesichert)". */
    private static String ratioShort(BenchmarkRatio r, Area b) {
        double x = r.ratio().getAsDouble();
        String pct = Fmt.number(Math.abs(x - 1) * 100, 0);
        String rel = pct.equals("0") ? "entspricht etwa der HZ " + CrimeText.in(b)
                : "liegt um " + pct + Fmt.NBSP + "% " + (x > 1 ? "über" : "unter") + " der HZ " + CrimeText.in(b);
        String hz = r.benchmarkHz().isPresent() ? Fmt.number(r.benchmarkHz().getAsDouble(), 0) + "; " : "";
        return rel + " (" + hz + (r.pValue().isPresent() && r.pValue().getAsDouble() < CrimeText.ALPHA
                ? "Unterschied statistisch gesichert" : "Unterschied statistisch nicht gesichert") + ")";
    }

    // ================================================================== the chapter

    @Override
    public void write(Content c) {
        if (!f.hasPks()) {
            c.paragraph("Für " + name() + " liegen keine Zahlen der Polizeilichen Kriminalstatistik vor.");
            return;
        }
        c.paragraph("Dieses Kapitel beschreibt die registrierte Kriminalität in " + name() + " nach der Polizeilichen"
                + " Kriminalstatistik (PKS) der Jahre " + f.firstYear() + " bis " + f.lastYear() + ": ihre Höhe je"
                + " Einwohner, ihre Entwicklung, den Vergleich mit "
                + SurveyLabels.and(f.benchmarks.stream().map(Area::name).toList())
                + ", die Zusammensetzung nach Delikten, die Aufklärung und ausgewählte Delikte, die für das"
                + " Sicherheitsgefühl besonders bedeutsam sind.");
        limits(c);
        total(c);
        trends(c);
        if (!f.benchmarks.isEmpty()) {
            compare(c);
        }
        structure(c);
        clearance(c);
        selected(c);
    }

    private void limits(Content c) {
        c.section("Was die Polizeiliche Kriminalstatistik zeigt");
        c.paragraph("Die PKS zählt die Straftaten, die der Polizei bekannt geworden sind und die sie nach Abschluss"
                + " ihrer Ermittlungen an die Staatsanwaltschaft abgegeben hat. Sie ist eine wichtige, aber keine"
                + " vollständige Beschreibung der Kriminalität:");
        c.bullets(List.of(
                "Hellfeld: Die PKS enthält nur angezeigte oder von der Polizei selbst entdeckte Taten. Wie viele Taten"
                        + " unentdeckt bleiben (Dunkelfeld), hängt vom Delikt und von der Anzeigebereitschaft ab;"
                        + " die Bürgerbefragung gibt dazu Hinweise.",
                "Kontrolldelikte: Bei Rauschgift- und manchen Eigentumsdelikten spiegeln die Zahlen vor allem, wie"
                        + " intensiv kontrolliert wird. Mehr Kontrollen führen zu mehr registrierten Fällen.",
                "Tatortprinzip: Gezählt wird am Ort der Tat, nicht am Wohnort der Tatverdächtigen oder Opfer. Orte,"
                        + " die viele Menschen von außerhalb aufsuchen (Bahnhof, Innenstadt, Veranstaltungen),"
                        + " erhöhen die Häufigkeitszahl, weil diese nur auf die Einwohner bezogen wird.",
                "Ausgangsstatistik: Eine Tat wird in dem Jahr gezählt, in dem die Ermittlungen abgeschlossen"
                        + " wurden, nicht unbedingt im Jahr der Tat.",
                "Kleine Zahlen: In einer Gemeinde dieser Größe schwanken Fallzahlen einzelner Delikte von Jahr zu"
                        + " Jahr stark; eine Tatserie einer einzelnen Person kann eine Jahreszahl prägen. Deshalb"
                        + " werden Veränderungen und Unterschiede hier nur dann als statistisch gesichert bezeichnet,"
                        + " wenn ein Test sie bestätigt (p < 0,05)."));
    }

    // ------------------------------------------------------------------ Straftaten insgesamt

    private void total(Content c) {
        int y = f.lastYear();
        c.section("Straftaten insgesamt");
        OptionalLong cases = f.cases(f.mAgs, y, TOTAL);
        OptionalDouble hz = f.hz(f.mAgs, y, TOTAL);
        StringBuilder p = new StringBuilder();
        if (cases.isPresent() && f.shown(f.mAgs, y, TOTAL)) {
            p.append("Im Jahr ").append(y).append(" registrierte die Polizei in ").append(name()).append(' ')
                    .append(Fmt.integer(cases.getAsLong())).append(" Straftaten");
            if (hz.isPresent()) {
                p.append(", ").append(Fmt.number(hz.getAsDouble(), 0)).append(" je 100.000 Einwohner"
                        + " (Häufigkeitszahl, HZ)");
            }
            p.append(".");
            f.trend(f.mAgs, TOTAL, y - 1, y).filter(f::shown).ifPresent(t -> p.append(" Gegenüber dem Vorjahr ")
                    .append(CrimeText.trend(t, "die HZ", false)).append('.'));
            List<String> cmp = new ArrayList<>();
            for (Area b : benchmarksWithData(y, TOTAL)) {
                cmp.add(CrimeText.in(b) + " " + Fmt.number(f.hz(f.ags(b), y, TOTAL).getAsDouble(), 0));
            }
            if (!cmp.isEmpty()) {
                p.append(" Zum Vergleich: Die HZ betrug ").append(SurveyLabels.and(cmp)).append('.');
            }
            c.paragraph(p.toString());
        }
        List<String> periods = f.years.stream().map(x -> Integer.toString(x)).toList();
        List<Figure.Series> series = new ArrayList<>();
        for (Area a : f.areas()) {
            List<Double> v = new ArrayList<>();
            boolean any = false;
            for (int yr : f.years) {
                OptionalDouble h = f.hz(f.ags(a), yr, TOTAL);
                boolean ok = h.isPresent() && f.shown(f.ags(a), yr, TOTAL);
                v.add(ok ? h.getAsDouble() : null);
                any |= ok;
            }
            if (any) {
                series.add(Figure.Series.of(a.name(), f.role(a), v));
            }
        }
        if (!series.isEmpty() && periods.size() > 1) {
            c.figure(Figure.trend("abb-hz-insgesamt", "Häufigkeitszahl der Straftaten insgesamt " + f.firstYear()
                    + " bis " + f.lastYear(), periods, series, "Straftaten je 100.000 Einwohner")
                    .withNote("HZ = erfasste Fälle × 100.000 / Einwohner am 31.12. des "
                            + (f.spec.populationYear() == CrimeSpec.PopulationYear.PREVIOUS ? "Vorjahres" : "Jahres")
                            + ". Quelle: PKS; Berechnung Lagebild."));
        }
        List<Area> benches = f.benchmarks.stream().filter(b -> f.years.stream().anyMatch(yr -> f.hz(f.ags(b), yr,
                TOTAL).isPresent())).toList();
        List<Table.Column> cols = new ArrayList<>(List.of(Table.text("jahr", "Jahr"), Table.integer("faelle",
                "Fälle"), Table.decimal("hz", "HZ", 0), Table.percent("aq_pct", "AQ in %", 1),
                Table.integer("tatverdaechtige", "Tatverdächtige"), Table.decimal("tvbz", "TVBZ", 0)));
        java.util.Set<String> used = new java.util.HashSet<>(List.of("hz"));
        for (Area b : benches) {
            cols.add(Table.decimal(CrimeText.key("hz_", b.name(), used), "HZ " + b.name(), 0));
        }
        Table.Builder t = suppressible(Table.builder("kriminalitaet-insgesamt", "Straftaten insgesamt in " + name()
                + " " + f.firstYear() + " bis " + f.lastYear()).columns(cols.toArray(new Table.Column[0])));
        for (int yr : f.years) {
            Optional<Indicator> i = f.indicator(f.mAgs, yr, TOTAL);
            List<Object> row = new ArrayList<>();
            row.add(Integer.toString(yr));
            row.add(casesCell(yr, TOTAL));
            row.add(restingOn(f.mAgs, yr, TOTAL, f.hz(f.mAgs, yr, TOTAL)));
            row.add(i.map(this::aqCell).orElse(null));
            row.add(i.map(this::suspectsCell).orElse(null));
            row.add(i.map(this::tvbzCell).orElse(null));
            for (Area b : benches) {
                OptionalDouble h = f.hz(f.ags(b), yr, TOTAL);
                row.add(h.isPresent() ? (Object) h.getAsDouble() : null);
            }
            t.row(row.toArray());
        }
        t.note("HZ: Fälle je 100.000 Einwohner; AQ: Aufklärungsquote; TVBZ: Tatverdächtige je 100.000 Einwohner ab"
                + " 8 Jahren (alle Tatverdächtigen, nicht nur deutsche: nicht mit der TVBZ des BKA vergleichbar)."
                + " Definitionen in der Methodik.");
        c.table(t.build());
    }

    // ------------------------------------------------------------------ trends

    private void trends(Content c) {
        Optional<Trend> lt = f.longTrend(f.mAgs, TOTAL);
        if (lt.isEmpty()) {
            return;
        }
        Trend total = lt.get();
        int from = total.fromYear();
        int to = total.toYear();
        c.section("Entwicklung " + from + " bis " + to);
        StringBuilder p = new StringBuilder();
        if (f.shown(total)) {
            p.append("Die Häufigkeitszahl der Straftaten insgesamt ").append(CrimeText.trend(total)).append('.');
        }
        List<String> cmp = new ArrayList<>();
        for (Area b : f.benchmarks) {
            f.trend(f.ags(b), TOTAL, from, to).ifPresent(t -> cmp.add(CrimeText.in(b) + " um "
                    + CrimeText.trendShort(t).replace(", ", " (") + ")"));
        }
        if (!cmp.isEmpty()) {
            p.append(" Im selben Zeitraum veränderte sie sich ").append(SurveyLabels.and(cmp)).append('.');
        }
        p.append(" Ob eine Veränderung über das zufällige Auf und Ab kleiner Zahlen hinausgeht, prüft ein exakter Test"
                + " (siehe Methodik); erst bei p < 0,05 heißt eine Veränderung hier statistisch gesichert.");
        c.paragraph(p.toString());
        List<String> rows = new ArrayList<>();
        rows.add(TOTAL);
        rows.addAll(f.selected());
        Table.Builder t = suppressible(Table.builder("kriminalitaet-entwicklung", "Entwicklung der Häufigkeitszahl "
                + from + " bis " + to + " in " + name())).columns(Table.text("delikt", "Delikt"),
                        Table.integer("faelle_von", "Fälle " + from), Table.integer("faelle_bis", "Fälle " + to),
                        Table.decimal("veraenderung_pct", "Veränderung der HZ in %", 1),
                        Table.range("ki_pct", level() + " in %", 1), Table.pValue("p", "p-Wert"),
                        Table.text("bewertung", "Bewertung"));
        boolean hidden = false;
        for (String k : rows) {
            Optional<Trend> tr = f.trend(f.mAgs, k, from, to);
            if (tr.isEmpty()) {
                continue;
            }
            Trend x = tr.get();
            RateComparison rc = x.comparison();
            Object a = casesCell(from, k);
            Object b = casesCell(to, k);
            if (!f.shown(x)) {
                hidden = true;
                t.row(f.shortLabel(k), a, b, Table.suppressed(), Table.suppressed(), Table.suppressed(),
                        "nicht ausgewiesen");
                continue;
            }
            Object ci = rc.ciLow().isPresent() && rc.ciHigh().isPresent()
                    ? Table.range((rc.ciLow().getAsDouble() - 1) * 100, (rc.ciHigh().getAsDouble() - 1) * 100) : null;
            Object[] cells = {f.shortLabel(k), a, b, rc.changePercent().isPresent() ? (Object) rc.changePercent()
                    .getAsDouble() : null, ci, rc.pValue().isPresent() ? (Object) rc.pValue().getAsDouble() : null,
                CrimeText.verdict(rc)};
            if (k.equals(TOTAL)) {
                t.emphasisRow(cells);
            } else {
                t.row(cells);
            }
        }
        t.note("Veränderung der HZ: HZ " + to + " geteilt durch HZ " + from + ", minus 1. KI und p-Wert: exakter Test"
                + " auf gleiche Raten (R: poisson.test); gesichert: p < 0,05. Bei kleinen Fallzahlen sind die"
                + " Intervalle sehr breit.");
        if (hidden) {
            t.note("Beruht eine der beiden Fallzahlen auf weniger als " + f.ctx.minCell() + " Fällen oder ist sie"
                    + " gesperrt, werden Veränderung und Test nicht ausgewiesen.");
        }
        c.table(t.build());
    }

    // ------------------------------------------------------------------ benchmarks

    private void compare(Content c) {
        int y = f.lastYear();
        List<Area> benches = benchmarksWithData(y, TOTAL);
        if (benches.isEmpty()) {
            return;
        }
        c.section("Vergleich mit " + SurveyLabels.and(benches.stream().map(Area::name).toList()));
        StringBuilder p = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (Area b : benches) {
            f.ratio(f.ags(b), y, TOTAL).filter(r -> f.shown(f.mAgs, y, TOTAL)).ifPresent(r -> parts.add(
                    CrimeText.ratio(r, b, f.spec.level())));
        }
        if (!parts.isEmpty()) {
            p.append("Die HZ der Straftaten insgesamt in ").append(name()).append(' ').append(y).append(' ')
                    .append(String.join("; sie ", parts)).append(". ");
        }
        p.append("Ein höherer Wert als im Umland ist für eine Stadt mit zentralen Funktionen nicht ungewöhnlich: Die HZ"
                + " bezieht die Taten nur auf die Einwohner, auch wenn viele Taten von und an Menschen begangen werden,"
                + " die nicht hier wohnen (Tatortprinzip).");
        c.paragraph(p.toString());
        List<String> keys = f.selected();
        if (!keys.isEmpty()) {
            List<String> cats = new ArrayList<>();
            keys.forEach(k -> cats.add(f.shortLabel(k)));
            List<Figure.Series> series = new ArrayList<>();
            List<Area> areas = new ArrayList<>();
            areas.add(f.municipality);
            areas.addAll(benches);
            for (Area a : areas) {
                List<Double> v = new ArrayList<>();
                for (String k : keys) {
                    OptionalDouble h = f.hz(f.ags(a), y, k);
                    v.add(h.isPresent() && f.shown(f.ags(a), y, k) ? h.getAsDouble() : null);
                }
                series.add(Figure.Series.of(a.name(), f.role(a), v));
            }
            Figure fig = Figure.groupedBars("abb-hz-delikte", "Häufigkeitszahl ausgewählter Delikte " + y, cats, series,
                    "Fälle je 100.000 Einwohner", false, true).withLabelDecimals(0).withHeight(Math.min(150, 20
                            + cats.size() * (3.2f * series.size() + 3))).withNote("HZ = Fälle je 100.000"
                            + " Einwohner. Quelle: PKS; Berechnung Lagebild.");
            if (keys.stream().anyMatch(k -> !f.shown(f.mAgs, y, k))) {
                fig = fig.withNote(Fmt.DASH + " " + f.suppressionNote());
            }
            c.figure(fig);
        }
        List<String> rows = new ArrayList<>();
        rows.add(TOTAL);
        rows.addAll(keys);
        Table.Builder t = suppressible(Table.builder("kriminalitaet-vergleich", "Häufigkeitszahl " + y + " im"
                + " Vergleich")).columns(Table.group("delikt", "Delikt"), Table.text("vergleichsraum",
                        "Vergleichsraum"), Table.decimal("hz", "HZ " + name(), 0), Table.decimal("hz_vergleich",
                                "HZ Vergleichsraum", 0), Table.decimal("verhaeltnis", "Verhältnis", 2),
                        Table.range("ki", level(), 2), Table.pValue("p", "p-Wert"));
        for (String k : rows) {
            for (Area b : benches) {
                Optional<BenchmarkRatio> r = f.ratio(f.ags(b), y, k);
                if (r.isEmpty()) {
                    continue;
                }
                BenchmarkRatio x = r.get();
                boolean ok = f.shown(f.mAgs, y, k);
                Object ci = x.ciLow().isPresent() && x.ciHigh().isPresent() ? Table.range(x.ciLow().getAsDouble(),
                        x.ciHigh().getAsDouble()) : null;
                t.row(f.shortLabel(k), b.name(), ok ? d(x.hz()) : Table.suppressed(), d(x.benchmarkHz()),
                        ok ? d(x.ratio()) : Table.suppressed(), ok ? ci : Table.suppressed(),
                        ok ? d(x.pValue()) : Table.suppressed());
            }
        }
        t.note("Verhältnis: HZ " + name() + " geteilt durch HZ des Vergleichsraums; über 1: höher als dort."
                + " KI und p-Wert: exakter Test auf gleiche Raten; liegt " + name() + " im Vergleichsraum, wird mit dem"
                + " übrigen Vergleichsraum verglichen (siehe Methodik). Unterschied statistisch gesichert: p < 0,05.");
        c.table(t.build());
    }

    private static Object d(OptionalDouble v) {
        return v.isPresent() ? (Object) v.getAsDouble() : null;
    }

    // ------------------------------------------------------------------ structure

    private void structure(Content c) {
        if (f.groups.size() < 2) {
            return;
        }
        int y = f.lastYear();
        OptionalLong total = f.cases(f.mAgs, y, TOTAL);
        if (total.isEmpty() || total.getAsLong() == 0) {
            return;
        }
        c.section("Deliktsstruktur");
        List<String> groups = new ArrayList<>(f.groups.stream().map(OffenceKey::code).toList());
        groups.sort(Comparator.comparingLong((String g) -> -f.cases(f.mAgs, y, g).orElse(0)));
        List<String> top = new ArrayList<>();
        for (String g : groups) {
            if (top.size() < 3 && f.shown(f.mAgs, y, g)) {
                top.add(f.shortLabel(g) + " (" + Fmt.percent(f.cases(f.mAgs, y, g).orElse(0)
                        / (double) total.getAsLong(), 0) + ")");
            }
        }
        c.paragraph("Die Übersicht teilt die Straftaten in Gruppen, die sich nicht überschneiden: die in den Daten"
                + " enthaltenen Straftatenschlüssel, die in keinem anderen enthalten sind; was keiner dieser Gruppen"
                + " angehört, steht unter „Übrige Straftaten“. Die größten Gruppen " + y + " waren "
                + SurveyLabels.and(top) + ". Summenschlüssel wie Gewalt- oder Straßenkriminalität überschneiden"
                + " sich mit diesen Gruppen und stehen daher im Abschnitt „Ausgewählte Delikte“.");
        List<String> cats = new ArrayList<>();
        groups.forEach(g -> cats.add(f.shortLabel(g)));
        boolean rest = f.rest(y).isPresent();
        if (rest) {
            cats.add("Übrige Straftaten");
        }
        List<Figure.Series> series = new ArrayList<>();
        boolean hidden = false;
        for (Area a : f.areas()) {
            String ags = f.ags(a);
            OptionalLong tot = f.cases(ags, y, TOTAL);
            if (tot.isEmpty() || tot.getAsLong() == 0) {
                continue;
            }
            List<Double> v = new ArrayList<>();
            long sum = 0;
            boolean complete = true;
            for (String g : groups) {
                OptionalLong x = f.cases(ags, y, g);
                complete &= x.isPresent();
                sum += x.orElse(0);
                boolean ok = x.isPresent() && f.shown(ags, y, g);
                hidden |= x.isPresent() && !ok;
                v.add(ok ? x.getAsLong() / (double) tot.getAsLong() : null);
            }
            if (rest) {
                boolean ok = complete && sum <= tot.getAsLong() && (!ags.equals(f.mAgs) || f.shownRest(y));
                v.add(ok ? (tot.getAsLong() - sum) / (double) tot.getAsLong() : null);
            }
            series.add(Figure.Series.of(a.name(), f.role(a), v));
        }
        List<Table.Column> cols = new ArrayList<>();
        cols.add(Table.text("delikt", "Deliktsgruppe"));
        for (int yr : f.years) {
            cols.add(Table.integer("faelle_" + yr, Integer.toString(yr)));
        }
        cols.add(Table.percent("anteil_pct", "Anteil " + y + " in %", 1));
        Table.Builder t = suppressible(Table.builder("kriminalitaet-struktur", "Straftaten nach Deliktsgruppen in "
                + name() + " (Fälle)")).columns(cols.toArray(new Table.Column[0]));
        for (String g : groups) {
            List<Object> row = new ArrayList<>(List.of(f.shortLabel(g)));
            for (int yr : f.years) {
                row.add(casesCell(yr, g));
            }
            OptionalLong x = f.cases(f.mAgs, y, g);
            row.add(x.isEmpty() ? null : f.shown(f.mAgs, y, g) ? (Object) (x.getAsLong() / (double) total.getAsLong())
                    : Table.suppressed());
            t.row(row.toArray());
        }
        if (rest) {
            List<Object> row = new ArrayList<>(List.of("Übrige Straftaten"));
            for (int yr : f.years) {
                OptionalLong r = f.rest(yr);
                row.add(r.isEmpty() ? null : f.shownRest(yr) ? (Object) r.getAsLong() : Table.suppressed());
            }
            row.add(f.shownRest(y) ? (Object) (f.rest(y).getAsLong() / (double) total.getAsLong())
                    : Table.suppressed());
            t.row(row.toArray());
        }
        List<Object> row = new ArrayList<>(List.of("Straftaten insgesamt"));
        for (int yr : f.years) {
            row.add(casesCell(yr, TOTAL));
        }
        row.add(f.shown(f.mAgs, y, TOTAL) ? (Object) 1.0 : Table.suppressed());
        t.emphasisRow(row.toArray());
        t.note("Gruppen: " + SurveyLabels.and(groups.stream().map(g -> g + " " + f.shortLabel(g)).toList())
                + "; Übrige Straftaten = Straftaten insgesamt minus diese Gruppen.");
        c.table(t.build());
        Figure fig = Figure.groupedBars("abb-deliktsstruktur", "Anteile der Deliktsgruppen an allen Straftaten " + y,
                cats, series, "Anteil an allen Straftaten", true, true).withHeight(Math.min(150, 20 + cats.size()
                        * (2.9f * series.size() + 3))).withNote("Anteil der Fälle einer Gruppe an"
                        + " den Straftaten insgesamt. Quelle: PKS; Berechnung Lagebild.");
        if (hidden) {
            fig = fig.withNote(Fmt.DASH + " " + f.suppressionNote());
        }
        c.figure(fig);
    }

    // ------------------------------------------------------------------ clearance

    private void clearance(Content c) {
        int y = f.lastYear();
        OptionalDouble aq = f.aq(f.mAgs, y, TOTAL);
        if (aq.isEmpty()) {
            return;
        }
        c.section("Aufklärungsquote");
        StringBuilder p = new StringBuilder();
        if (f.shown(f.mAgs, y, TOTAL)) {
            p.append("Die Polizei klärte ").append(y).append(' ').append(Fmt.number(aq.getAsDouble(), 1))
                    .append(Fmt.NBSP).append("% der in ").append(name()).append(" registrierten Straftaten auf");
            List<String> cmp = new ArrayList<>();
            for (Area b : f.benchmarks) {
                OptionalDouble x = f.aq(f.ags(b), y, TOTAL);
                if (x.isPresent()) {
                    cmp.add(CrimeText.in(b) + " " + Fmt.number(x.getAsDouble(), 1) + Fmt.NBSP + "%");
                }
            }
            p.append(cmp.isEmpty() ? ". " : " (" + SurveyLabels.and(cmp) + "). ");
        }
        p.append("Die Aufklärungsquote (AQ) hängt stark von der Deliktsstruktur ab: Bei Kontrolldelikten wie"
                + " Rauschgiftdelikten ist der Tatverdächtige meist mit der Tat bekannt, Diebstähle und"
                + " Sachbeschädigungen werden selten aufgeklärt. Sie kann 100 % übersteigen, wenn Fälle aus"
                + " Vorjahren aufgeklärt werden.");
        c.paragraph(p.toString());
        List<String> rows = new ArrayList<>();
        rows.add(TOTAL);
        rows.addAll(f.selected());
        List<Area> benches = f.benchmarks.stream().filter(b -> f.aq(f.ags(b), y, TOTAL).isPresent()).toList();
        List<Table.Column> cols = new ArrayList<>(List.of(Table.text("delikt", "Delikt"), Table.integer("faelle",
                "Fälle"), Table.integer("aufgeklaert", "Aufgeklärt"), Table.percent("aq_pct", "AQ " + name()
                        + " in %", 1)));
        java.util.Set<String> used = new java.util.HashSet<>(List.of("aq_pct"));
        for (Area b : benches) {
            cols.add(Table.percent(CrimeText.key("aq_", b.name() + " pct", used), "AQ " + b.name() + " in %", 1));
        }
        Table.Builder t = suppressible(Table.builder("kriminalitaet-aufklaerung", "Aufklärungsquote " + y))
                .columns(cols.toArray(new Table.Column[0]));
        for (String k : rows) {
            Optional<Indicator> i = f.indicator(f.mAgs, y, k);
            if (i.isEmpty()) {
                continue;
            }
            List<Object> row = new ArrayList<>();
            row.add(f.shortLabel(k));
            row.add(casesCell(y, k));
            row.add(i.get().cleared().isEmpty() ? null : clearedShown(i.get()) ? (Object) i.get().cleared()
                    .getAsLong() : Table.suppressed());
            row.add(aqCell(i.get()));
            for (Area b : benches) {
                OptionalDouble x = f.aq(f.ags(b), y, k);
                row.add(x.isPresent() ? (Object) (x.getAsDouble() / 100) : null);
            }
            if (k.equals(TOTAL)) {
                t.emphasisRow(row.toArray());
            } else {
                t.row(row.toArray());
            }
        }
        t.note("AQ = aufgeklärte Fälle / erfasste Fälle × 100. Weniger als " + f.ctx.minCell() + " aufgeklärte Fälle"
                + " werden mit ihrer AQ nicht ausgewiesen.");
        c.table(t.build());
    }

    // ------------------------------------------------------------------ selected keys

    private void selected(Content c) {
        List<String> keys = f.selected();
        if (keys.isEmpty()) {
            return;
        }
        int y = f.lastYear();
        c.section("Ausgewählte Delikte");
        c.paragraph("Für das Sicherheitsgefühl und die kommunale Prävention sind einige Delikte besonders bedeutsam:"
                + " Gewaltkriminalität (Summenschlüssel 892000: Mord und Totschlag, Vergewaltigung, Raub, gefährliche"
                + " und schwere Körperverletzung u. a.), Straßenkriminalität (899000: Taten, die überwiegend im"
                + " öffentlichen Raum begangen werden), Sachbeschädigung und Graffiti, Wohnungseinbruch und"
                + " Rauschgiftdelikte. Ihre Entwicklung im Einzelnen:");
        List<String> items = new ArrayList<>();
        for (String k : keys) {
            items.add(keyBullet(k, y));
        }
        c.bullets(items);
        List<Table.Column> cols = new ArrayList<>();
        cols.add(Table.text("delikt", "Delikt"));
        cols.add(Table.text("schluessel", "Schlüssel"));
        for (int yr : f.years) {
            cols.add(Table.integer("faelle_" + yr, Integer.toString(yr)));
        }
        cols.add(Table.decimal("hz", "HZ " + y, 0));
        Table.Builder t = suppressible(Table.builder("kriminalitaet-ausgewaehlte-delikte", "Ausgewählte Delikte in "
                + name() + ": Fälle " + f.firstYear() + " bis " + y + " und Häufigkeitszahl " + y))
                .columns(cols.toArray(new Table.Column[0]));
        for (String k : keys) {
            List<Object> row = new ArrayList<>(List.of(f.shortLabel(k), k));
            for (int yr : f.years) {
                row.add(casesCell(yr, k));
            }
            row.add(restingOn(f.mAgs, y, k, f.hz(f.mAgs, y, k)));
            t.row(row.toArray());
        }
        t.note("Die Schlüssel überschneiden sich (Graffiti ist Teil der Sachbeschädigung; Gewalt- und"
                + " Straßenkriminalität fassen Delikte verschiedener Gruppen zusammen); die Zeilen lassen sich daher"
                + " nicht addieren.");
        c.table(t.build());
        if (keys.contains("899000")) {
            c.subsection("Straßenkriminalität");
            StringBuilder p = new StringBuilder("Straßenkriminalität umfasst Delikte, die überwiegend auf Straßen, Wegen"
                    + " und Plätzen begangen werden, etwa Raub und Körperverletzung im öffentlichen Raum, Diebstahl an"
                    + " und aus Kraftfahrzeugen, Fahrraddiebstahl und Sachbeschädigung einschließlich Graffiti. Sie"
                    + " prägt das Sicherheitsgefühl im öffentlichen Raum unmittelbar.");
            OptionalLong n = f.cases(f.mAgs, y, "899000");
            if (n.isPresent() && f.shown(f.mAgs, y, "899000")) {
                OptionalLong tot = f.cases(f.mAgs, y, TOTAL);
                p.append(" ").append(y).append(" zählte die Polizei in ").append(name()).append(' ')
                        .append(Fmt.integer(n.getAsLong())).append(" solche Fälle");
                if (tot.isPresent() && tot.getAsLong() > 0) {
                    p.append(", ").append(Fmt.percent(n.getAsLong() / (double) tot.getAsLong(), 0))
                            .append(" aller Straftaten");
                }
                p.append('.');
                f.longTrend(f.mAgs, "899000").filter(f::shown).ifPresent(tr -> p.append(" Die HZ ")
                        .append(CrimeText.trend(tr)).append('.'));
            }
            c.paragraph(p.toString());
            List<Figure.Series> series = new ArrayList<>();
            for (Area a : f.areas()) {
                List<Double> v = new ArrayList<>();
                boolean any = false;
                for (int yr : f.years) {
                    OptionalDouble h = f.hz(f.ags(a), yr, "899000");
                    boolean ok = h.isPresent() && f.shown(f.ags(a), yr, "899000");
                    v.add(ok ? h.getAsDouble() : null);
                    any |= ok;
                }
                if (any) {
                    series.add(Figure.Series.of(a.name(), f.role(a), v));
                }
            }
            if (!series.isEmpty() && f.years.size() > 1) {
                c.figure(Figure.trend("abb-hz-strassenkriminalitaet", "Häufigkeitszahl der Straßenkriminalität "
                        + f.firstYear() + " bis " + y, f.years.stream().map(x -> Integer.toString(x)).toList(),
                        series, "Fälle je 100.000 Einwohner").withNote("Summenschlüssel 899000. Quelle: PKS;"
                                + " Berechnung Lagebild."));
            }
        }
    }

    private String keyBullet(String k, int y) {
        String label = f.shortLabel(k);
        OptionalLong n = f.cases(f.mAgs, y, k);
        if (n.isEmpty()) {
            return label + ": für " + y + " keine Angabe.";
        }
        if (!f.shown(f.mAgs, y, k)) {
            return label + ": " + y + " " + (CellSuppression.small(n.getAsLong(), f.ctx.minCell())
                    ? "weniger als " + f.ctx.minCell() + " Fälle" : "Zahl gesperrt (Geheimhaltung)")
                    + "; Einzelheiten werden nicht ausgewiesen.";
        }
        StringBuilder sb = new StringBuilder(label + ": " + Fmt.integer(n.getAsLong()) + " Fälle " + y);
        OptionalDouble hz = f.hz(f.mAgs, y, k);
        if (hz.isPresent()) {
            sb.append(", HZ ").append(Fmt.number(hz.getAsDouble(), 0));
            List<String> cmp = new ArrayList<>();
            for (Area b : f.benchmarks) {
                OptionalDouble x = f.hz(f.ags(b), y, k);
                if (x.isPresent()) {
                    cmp.add(b.name() + " " + Fmt.number(x.getAsDouble(), 0));
                }
            }
            if (!cmp.isEmpty()) {
                sb.append(" (").append(String.join(", ", cmp)).append(')');
            }
        }
        sb.append('.');
        Optional<Trend> t = f.longTrend(f.mAgs, k);
        if (t.isPresent() && f.shown(t.get())) {
            sb.append(" Die HZ ").append(CrimeText.trend(t.get())).append('.');
        } else if (t.isPresent()) {
            sb.append(" Eine Fallzahl des Vergleichszeitraums ist zu klein; die Entwicklung wird nicht bewertet.");
        }
        return sb.toString();
    }

    // ================================================================== methods

    @Override
    public void methods(Content c) {
        c.section("Amtliche Statistik: Datengrundlagen");
        c.paragraph("Die Zahlen zu Kriminalität, Ordnungswidrigkeiten und Bevölkerung stammen aus den folgenden"
                + " Dateien. Jede Datenzeile wurde entweder verwendet oder mit Begründung ausgeschlossen"
                + (f.spec.invalidRows() == CrimeSpec.InvalidRows.ERROR ? " (eine ausgeschlossene Zeile hätte die"
                        + " Auswertung angehalten: invalid_rows: error)" : " (invalid_rows: reject)") + ".");
        Table.Builder t = Table.builder("methodik-amtliche-dateien", "Eingelesene Dateien der amtlichen Statistik")
                .columns(Table.text("datei", "Datei"), Table.text("art", "Art"), Table.integer("gelesen", "Zeilen"),
                        Table.integer("verwendet", "Verwendet"), Table.integer("ausgeschlossen", "Ausgeschlossen"));
        for (SourceSummary s : f.result.sources()) {
            t.row(s.file(), kind(s.kind()), s.read(), s.used(), s.rejected());
        }
        c.table(t.build());
        List<String> notes = germanNotes(f.result.notes());
        if (!notes.isEmpty()) {
            c.paragraph("Beim Zusammenführen der Dateien wurde Folgendes berechnet oder angenommen:");
            c.bullets(notes);
        }
        c.section("Kennzahlen der Kriminalstatistik");
        int y = f.hasPks() ? f.lastYear() : 0;
        boolean previous = f.spec.populationYear() == CrimeSpec.PopulationYear.PREVIOUS;
        c.bullets(List.of(
                "Erfasste Fälle: Straftaten, die die Polizei im Berichtsjahr abschließend bearbeitet hat"
                        + " (Ausgangsstatistik), gezählt am Tatort.",
                "Häufigkeitszahl (HZ) = erfasste Fälle × 100.000 / Einwohner. Einwohner: "
                        + (previous ? "am 31.12. des Vorjahres, wie beim Bundeskriminalamt (population_year:"
                                + " previous); die HZ " + (y > 0 ? "des Jahres " + y + " bezieht sich also auf den"
                                        + " 31.12." + (y - 1) : "eines Jahres Y bezieht sich auf den 31.12. von Y − 1")
                                : "am 31.12. desselben Jahres (population_year: same)") + ".",
                "Aufklärungsquote (AQ) = aufgeklärte Fälle / erfasste Fälle × 100; sie kann 100 übersteigen,"
                        + " wenn Fälle aus Vorjahren aufgeklärt werden.",
                "Tatverdächtigenbelastungszahl (TVBZ) = Tatverdächtige × 100.000 / Einwohner ab 8 Jahren. Das BKA"
                        + " berechnet sie nur für deutsche Tatverdächtige und die deutsche Bevölkerung; Lagebild"
                        + " zählt alle Tatverdächtigen und alle Einwohner ab 8 Jahren, weil Daten nach"
                        + " Staatsangehörigkeit fehlen. Die TVBZ dieses Berichts ist daher nicht mit der des BKA"
                        + " vergleichbar. Für Gebiete, deren Zahlen aus Teilgebieten summiert sind, gibt es keine"
                        + " TVBZ (Tatverdächtige lassen sich nicht addieren).",
                "Ordnungswidrigkeiten je 1.000 Einwohner = Fälle × 1.000 / Einwohner (dieselbe Stichtagsregel)."));
        c.section("Trends und Vergleiche mit anderen Gebieten");
        c.paragraph("Ob sich die HZ zwischen zwei Jahren verändert hat, prüft der exakte bedingte Test auf gleiche"
                + " Raten: Unter der Annahme gleicher Raten ist die Fallzahl des späteren Jahres, gegeben die Summe"
                + " beider Jahre, binomialverteilt mit p = Einwohner (später) / Einwohner (beide Jahre). Das"
                + " Konfidenzintervall des Verhältnisses der Raten folgt aus dem Clopper-Pearson-Intervall für p."
                + " Das ist R: poisson.test(c(Fälle später, Fälle früher), c(Einwohner später, Einwohner früher))."
                + " Der Trend vergleicht das letzte Jahr mit dem Jahr " + (f.spec.trendYears() - 1) + " Jahre davor"
                + " (trend_years: " + f.spec.trendYears() + ") und mit dem Vorjahr.");
        c.paragraph("Der Vergleich mit Kreis und Land verwendet denselben Test. Liegt die Gemeinde im Vergleichsraum,"
                + " wird sie mit dem übrigen Vergleichsraum verglichen (dann sind die Fallzahlen unabhängig), und das"
                + " Intervall wird auf das Verhältnis zum ganzen Vergleichsraum umgerechnet.");
        c.paragraph("Ein Ergebnis heißt statistisch gesichert, wenn p < 0,05. Die Tests nehmen an, dass Fallzahlen"
                + " Poisson-verteilt sind. Tatserien (ein Tatverdächtiger, viele Fälle) verletzen diese Annahme; bei"
                + " kleinen Deliktszahlen überschätzt ein kleiner p-Wert dann die Sicherheit. Die Einwohnerzahlen"
                + " gelten als bekannt. Tests über Fallzahlen, die aus Geheimhaltungsgründen nicht ausgewiesen"
                + " werden, werden ebenfalls nicht ausgewiesen.");
        if (f.groups.size() >= 2) {
            c.paragraph("Deliktsstruktur: Gruppen sind die Straftatenschlüssel der Daten, die in keinem anderen"
                    + " Schlüssel der Daten enthalten sind und sich nicht überschneiden (ohne die Summenschlüssel"
                    + " 89xxxx); Übrige Straftaten = Straftaten insgesamt minus diese Gruppen.");
        }
    }

    static String kind(String k) {
        return switch (k) {
            case "pks" -> "PKS";
            case "owi" -> "Ordnungswidrigkeiten";
            case "population" -> "Bevölkerung";
            case "survey" -> "Befragung";
            case "margin" -> "Randverteilung";
            default -> k;
        };
    }

    private static final Pattern POP_SUM = Pattern.compile("(.+) (\\d{4}): population ([\\d,]+) \\(sum of (\\d+)"
            + " Ortsteile\\)");
    private static final Pattern PKS_PARTS = Pattern.compile("(.+) (\\d{4}): PKS figures summed from (\\d+) parts"
            + " \\(areas (\\S+)\\*, (\\d+)-digit keys, in (.+?)\\);.*");
    private static final Pattern AGED8 = Pattern.compile("(.+) (\\d{4}): population aged 8 and over approximated.*");
    private static final Pattern NO_POP = Pattern.compile("(.+) (\\d{4}): no population for 31\\.12\\.(\\d{4})(.*)");
    private static final Pattern NO_TREND = Pattern.compile("(.+): no PKS figures for (\\d{4}), so no (\\d+)-year"
            + " trend to (\\d{4})");

    /** The run's remarks in German, similar ones merged ("Sachsen 2020–2024: ..."). */
    static List<String> germanNotes(List<String> notes) {
        java.util.Map<String, java.util.TreeSet<Integer>> merged = new java.util.LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (String n : notes) {
            Matcher m;
            if ((m = POP_SUM.matcher(n)).matches()) {
                merged.computeIfAbsent("Einwohner von " + m.group(1) + " als Summe der " + m.group(4) + " Ortsteile",
                        x -> new java.util.TreeSet<>()).add(Integer.parseInt(m.group(2)));
            } else if ((m = PKS_PARTS.matcher(n)).matches()) {
                String parts = m.group(5).equals("5") ? "Kreise" : m.group(5).equals("2") ? "Länder" : "Teilgebiete";
                merged.computeIfAbsent("PKS-Zahlen von " + m.group(1) + " als Summe der " + m.group(3) + " " + parts
                        + " (Schlüssel " + m.group(4) + "…) aus den Tabellen des BKA. Fälle, die die Polizei keinem"
                        + " Teilgebiet zuordnen konnte, fehlen in solchen Summen; Tatverdächtige lassen sich nicht"
                        + " addieren, daher keine Tatverdächtigen und keine TVBZ", x -> new java.util.TreeSet<>())
                        .add(Integer.parseInt(m.group(2)));
            } else if ((m = AGED8.matcher(n)).matches()) {
                merged.computeIfAbsent("Einwohner ab 8 Jahren von " + m.group(1) + " geschätzt: eine Altersgruppe,"
                        + " die das Alter 8 überspannt, anteilig nach Lebensjahren geteilt (für die TVBZ)",
                        x -> new java.util.TreeSet<>()).add(Integer.parseInt(m.group(2)));
            } else if ((m = NO_POP.matcher(n)).matches()) {
                merged.computeIfAbsent("Keine Einwohnerzahl von " + m.group(1) + " für den Stichtag 31.12. des"
                        + " Bezugsjahres: keine eigene HZ, wo vorhanden die veröffentlichte", x -> new java.util
                                .TreeSet<>()).add(Integer.parseInt(m.group(2)));
            } else if ((m = NO_TREND.matcher(n)).matches()) {
                other.add(m.group(1) + ": keine PKS-Zahlen für " + m.group(2) + ", daher kein " + m.group(3)
                        + "-Jahres-Trend bis " + m.group(4) + ".");
            } else {
                other.add("Hinweis des Einlesens: " + n + ".");
            }
        }
        List<String> out = new ArrayList<>();
        merged.forEach((text, ys) -> out.add(text + " (" + years(ys) + ")."));
        out.addAll(other);
        return out;
    }

    private static String years(java.util.TreeSet<Integer> ys) {
        if (ys.size() > 1 && ys.last() - ys.first() == ys.size() - 1) {
            return ys.first() + Fmt.DASH + ys.last();
        }
        return String.join(", ", ys.stream().map(String::valueOf).toList());
    }

    // ================================================================== appendix

    @Override
    public void appendix(Content c) {
        if (!f.hasPks()) {
            return;
        }
        int y = f.lastYear();
        c.section("Polizeiliche Kriminalstatistik: alle Straftatenschlüssel");
        List<Table.Column> cols = new ArrayList<>(List.of(Table.text("schluessel", "Schlüssel"), Table.text("delikt",
                "Delikt")));
        for (int yr : f.years) {
            cols.add(Table.integer("faelle_" + yr, Integer.toString(yr)));
        }
        Table.Builder a = suppressible(Table.builder("anhang-pks-faelle", "Erfasste Fälle in " + name() + " nach"
                + " Straftatenschlüssel und Jahr")).columns(cols.toArray(new Table.Column[0]));
        for (OffenceKey k : f.keys) {
            List<Object> row = new ArrayList<>(List.of(k.code(), f.label(k.code())));
            for (int yr : f.years) {
                row.add(casesCell(yr, k.code()));
            }
            if (k.isTotal()) {
                a.emphasisRow(row.toArray());
            } else {
                a.row(row.toArray());
            }
        }
        c.table(a.build());
        Table.Builder b = suppressible(Table.builder("anhang-pks-kennzahlen", "Kennzahlen " + y + " in " + name()
                + " nach Straftatenschlüssel")).columns(Table.text("schluessel", "Schlüssel"), Table.text("delikt",
                        "Delikt"), Table.integer("faelle", "Fälle"), Table.integer("versuche", "Versuche"),
                        Table.decimal("hz", "HZ", 0), Table.percent("aq_pct", "AQ in %", 1),
                        Table.integer("tatverdaechtige", "Tatverdächtige"), Table.decimal("tvbz", "TVBZ", 0));
        for (OffenceKey k : f.keys) {
            Optional<Indicator> oi = f.indicator(f.mAgs, y, k.code());
            if (oi.isEmpty()) {
                continue;
            }
            Indicator i = oi.get();
            boolean ok = f.shown(f.mAgs, y, k.code());
            Object att = i.attempts().isEmpty() ? null : ok && !CellSuppression.small(i.attempts().getAsLong(),
                    f.ctx.minCell()) ? (Object) i.attempts().getAsLong() : Table.suppressed();
            Object[] row = {k.code(), f.label(k.code()), casesCell(y, k.code()), att,
                restingOn(f.mAgs, y, k.code(), i.hz()), aqCell(i),
                suspectsCell(i), tvbzCell(i)};
            if (k.isTotal()) {
                b.emphasisRow(row);
            } else {
                b.row(row);
            }
        }
        b.note("Versuche, aufgeklärte Fälle (und damit die AQ) und Tatverdächtige unter " + f.ctx.minCell()
                + " werden ebenfalls nicht ausgewiesen.");
        c.table(b.build());
        List<Area> benches = f.benchmarks.stream().filter(x -> f.hz(f.ags(x), y, TOTAL).isPresent()).toList();
        if (!benches.isEmpty()) {
            List<Table.Column> hc = new ArrayList<>(List.of(Table.text("schluessel", "Schlüssel"),
                    Table.text("delikt", "Delikt"), Table.decimal("hz", "HZ " + name(), 0)));
            java.util.Set<String> used = new java.util.HashSet<>(List.of("hz"));
            for (Area area : benches) {
                hc.add(Table.decimal(CrimeText.key("hz_", area.name(), used), "HZ " + area.name(), 0));
            }
            Table.Builder h = suppressible(Table.builder("anhang-pks-hz-vergleich", "Häufigkeitszahlen " + y
                    + " im Vergleich")).columns(hc.toArray(new Table.Column[0]));
            for (OffenceKey k : f.keys) {
                List<Object> row = new ArrayList<>(List.of(k.code(), f.label(k.code()), restingOn(f.mAgs, y,
                        k.code(), f.hz(f.mAgs, y, k.code()))));
                for (Area x : benches) {
                    row.add(d(f.hz(f.ags(x), y, k.code())));
                }
                if (k.isTotal()) {
                    h.emphasisRow(row.toArray());
                } else {
                    h.row(row.toArray());
                }
            }
            c.table(h.build());
        }
        Optional<Trend> lt = f.longTrend(f.mAgs, TOTAL);
        if (lt.isPresent()) {
            int from = lt.get().fromYear();
            Table.Builder tr = suppressible(Table.builder("anhang-pks-trends", "Entwicklung der HZ " + from + " bis "
                    + y + " in " + name() + " nach Straftatenschlüssel")).columns(Table.text("schluessel",
                            "Schlüssel"), Table.text("delikt", "Delikt"), Table.integer("faelle_von", "Fälle " + from),
                            Table.integer("faelle_bis", "Fälle " + y), Table.decimal("veraenderung_pct",
                                    "Veränderung in %", 1), Table.range("ki_pct", level() + " in %", 1),
                            Table.pValue("p", "p-Wert"));
            for (OffenceKey k : f.keys) {
                Optional<Trend> ot = f.trend(f.mAgs, k.code(), from, y);
                if (ot.isEmpty()) {
                    continue;
                }
                Trend x = ot.get();
                RateComparison rc = x.comparison();
                boolean ok = f.shown(x);
                Object ci = rc.ciLow().isPresent() && rc.ciHigh().isPresent() ? Table.range((rc.ciLow().getAsDouble()
                        - 1) * 100, (rc.ciHigh().getAsDouble() - 1) * 100) : null;
                tr.row(k.code(), f.label(k.code()), casesCell(from, k.code()), casesCell(y, k.code()),
                        ok ? d(rc.changePercent()) : Table.suppressed(), ok ? ci : Table.suppressed(),
                        ok ? d(rc.pValue()) : Table.suppressed());
            }
            tr.note("Exakter Test auf gleiche Raten (R: poisson.test); Veränderung der HZ in %. Ohne obere Grenze"
                    + " des KI: nicht beschränkt (keine Fälle im Ausgangsjahr).");
            c.table(tr.build());
        }
    }
}
