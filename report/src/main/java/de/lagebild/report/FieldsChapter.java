package de.lagebild.report;

import de.lagebild.crime.CrimeIndicators;
import de.lagebild.crime.CrimeResult.BenchmarkRatio;
import de.lagebild.crime.CrimeResult.FieldValue;
import de.lagebild.crime.CrimeResult.Trend;
import de.lagebild.crime.FieldOfAction;
import de.lagebild.crime.OffenceKey;
import de.lagebild.crime.PopulationTable;
import de.lagebild.crime.RateComparison;
import de.lagebild.project.Area;
import de.lagebild.project.IndicatorSpec;
import de.lagebild.project.IndicatorSpec.Statistic;
import de.lagebild.survey.Estimate;
import de.lagebild.survey.Interval;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The chapter "Handlungsfelder": for each field of action the objective figures (PKS keys,
 * Ordnungswidrigkeiten) beside the subjective ones (the linked survey indicators), each classified
 * by an explicit rule ({@link #methods}), and a careful statement where the two diverge.
 *
 * <p>The rule. Objective: a field's registered burden is <em>erhöht</em> when the HZ of one of its
 * PKS keys is significantly above that of the first benchmark (p &lt; 0.05) or rose significantly
 * over the trend window, or when its Ordnungswidrigkeiten per 1,000 residents rose significantly;
 * <em>niedrig</em> when instead one is significantly below the benchmark or fell significantly;
 * otherwise <em>unauffällig</em>. Subjective: the share of respondents expressing a concern (for
 * indicators of safety, trust or satisfaction, the complement) is <em>verbreitet</em> when the lower
 * confidence limit is at least one third, <em>gering</em> when the upper limit is below 10 %,
 * otherwise <em>mittel</em>; a field takes its highest linked indicator. The two diverge when a
 * concern is verbreitet while the registered burden is unauffällig or niedrig, or when the burden is
 * erhöht while the concern is gering.
 */
final class FieldsChapter implements Chapter {
    static final String ID = "handlungsfelder";
    static final double WIDESPREAD = 1.0 / 3;
    static final double RARE = 0.10;

    private final CrimeFacts f;
    private final SurveyRun run;
    private final SurveyResults results;
    private final SurveyLabels labels;
    private final Map<String, IndicatorSpec> indicators = new LinkedHashMap<>();

    FieldsChapter(CrimeFacts facts, SurveyRun run, SurveyResults results) {
        this.f = facts;
        this.run = run;
        this.results = results;
        this.labels = run == null ? null : SurveyLabels.of(run);
        if (run != null) {
            run.spec().indicators().forEach(i -> indicators.put(i.name(), i));
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Handlungsfelder";
    }

    enum Objective {
        ERHOEHT("erhöht"), NIEDRIG("niedrig"), UNAUFFAELLIG("unauffällig"), FEW("wenige Fälle"),
        NONE("keine Daten");

        final String text;

        Objective(String text) {
            this.text = text;
        }
    }

    enum Subjective {
        VERBREITET("verbreitet"), MITTEL("mittel"), GERING("gering"), NONE("keine Daten");

        final String text;

        Subjective(String text) {
            this.text = text;
        }
    }

    /** One row of a field's table and its contribution to the classification. */
    private record Item(String label, String source, Object count, Object value, Object ci, Object change,
            String grade) {
        Object[] cells() {
            return new Object[] {label, source, count, value, ci, change, grade};
        }
    }

    /** A field's assessment. */
    private record Assessment(FieldOfAction field, List<Item> items, Objective objective, List<String> objectiveWhy,
            Subjective subjective, String subjectiveWhy, List<String> means) {
        boolean diverges() {
            return subjective == Subjective.VERBREITET
                    && (objective == Objective.UNAUFFAELLIG || objective == Objective.NIEDRIG
                            || objective == Objective.FEW)
                    || objective == Objective.ERHOEHT && subjective == Subjective.GERING;
        }

        boolean comparable() {
            return objective != Objective.NONE && subjective != Subjective.NONE;
        }

        String verdict() {
            if (!comparable()) {
                return "kein Vergleich möglich";
            }
            return diverges() ? "Abweichung" : "keine deutliche Abweichung";
        }
    }

    private int first() {
        return f.hasPks() ? f.firstYear() : f.owiYears.isEmpty() ? 0 : f.owiYears.first();
    }

    private int last() {
        return f.hasPks() ? f.lastYear() : f.owiYears.isEmpty() ? 0 : f.owiYears.last();
    }

    // ------------------------------------------------------------------ classification

    private Assessment assess(FieldOfAction field) {
        List<Item> items = new ArrayList<>();
        boolean up = false;
        boolean down = false;
        boolean anyObjective = false;
        boolean anyShown = false;
        List<String> why = new ArrayList<>();
        Area bench = f.benchmarks.isEmpty() ? null : f.benchmarks.get(0);
        for (OffenceKey k : field.pks()) {
            if (!f.hasPks()) {
                break;
            }
            int y = f.lastYear();
            OptionalLong n = f.cases(f.mAgs, y, k.code());
            if (n.isEmpty()) {
                continue;
            }
            anyObjective = true;
            String label = f.shortLabel(k.code()) + ": HZ";
            if (!f.shown(f.mAgs, y, k.code())) {
                items.add(new Item(label, "PKS", Table.suppressed(), Table.suppressed(), null, Table.suppressed(),
                        Objective.FEW.text));
                continue;
            }
            anyShown = true;
            OptionalDouble hz = f.hz(f.mAgs, y, k.code());
            Optional<Trend> t = f.longTrend(f.mAgs, k.code()).filter(f::shown);
            Optional<BenchmarkRatio> r = bench == null ? Optional.empty() : f.ratio(f.ags(bench), y, k.code());
            String grade = Objective.UNAUFFAELLIG.text;
            boolean kUp = false;
            boolean kDown = false;
            if (r.isPresent() && r.get().pValue().isPresent() && r.get().ratio().isPresent()
                    && r.get().pValue().getAsDouble() < CrimeText.ALPHA) {
                boolean above = r.get().ratio().getAsDouble() > 1;
                kUp |= above;
                kDown |= !above;
                why.add(f.shortLabel(k.code()) + ": HZ " + (above ? "über" : "unter") + " der HZ "
                        + CrimeText.in(bench) + " (Verhältnis " + Fmt.number(r.get().ratio().getAsDouble(), 2)
                        + ", " + CrimeText.p(r.get().pValue().getAsDouble()) + ")");
            }
            if (t.isPresent() && CrimeText.significant(t.get().comparison())) {
                boolean rose = t.get().comparison().changePercent().orElse(0) > 0;
                kUp |= rose;
                kDown |= !rose;
                why.add(f.shortLabel(k.code()) + ": HZ " + (rose ? "gestiegen" : "gesunken") + " ("
                        + CrimeText.change(t.get().comparison().changePercent().getAsDouble()) + " seit "
                        + t.get().fromYear() + ", " + CrimeText.p(t.get().comparison().pValue().getAsDouble()) + ")");
            }
            if (kUp) {
                grade = Objective.ERHOEHT.text;
            } else if (kDown) {
                grade = Objective.NIEDRIG.text;
            }
            up |= kUp;
            down |= kDown && !kUp;
            Object change = t.isPresent() ? (Object) t.get().comparison().changePercent().orElse(0)
                    : f.longTrend(f.mAgs, k.code()).isPresent() ? Table.suppressed() : null;
            items.add(new Item(label, "PKS", n.getAsLong(), hz.isPresent() ? (Object) Table.number(hz.getAsDouble(),
                    0) : null, null, change, grade));
        }
        // Ordnungswidrigkeiten: each category, and the categories together
        List<String> cats = field.owi().stream().filter(f.owiCategories::contains).toList();
        if (!cats.isEmpty() && !f.owiYears.isEmpty()) {
            anyObjective = true;
            int a = f.owiYears.first();
            int b = f.owiYears.last();
            List<List<String>> groups = new ArrayList<>();
            cats.forEach(cat -> groups.add(List.of(cat)));
            if (cats.size() > 1) {
                groups.add(cats);
            }
            // the categories together decide the field, if they can be printed; else each printed category
            boolean sumShown = cats.stream().allMatch(cat -> f.shownOwi(b, "", cat) && f.shownOwi(a, "", cat));
            for (List<String> g : groups) {
                String label = (g.size() == 1 ? g.get(0) : "Zusammen") + ": je 1.000 Einw.";
                boolean shown = g.stream().allMatch(cat -> f.shownOwi(b, "", cat) && f.shownOwi(a, "", cat));
                long nb = g.stream().mapToLong(cat -> f.owi(b, "", cat).map(o -> o.cases()).orElse(0L)).sum();
                long na = g.stream().mapToLong(cat -> f.owi(a, "", cat).map(o -> o.cases()).orElse(0L)).sum();
                Optional<PopulationTable.Value> pb = f.ratePopulation("", b);
                Optional<PopulationTable.Value> pa = f.ratePopulation("", a);
                if (!shown) {
                    items.add(new Item(label, "Ordnungsamt", Table.suppressed(), Table.suppressed(), null,
                            Table.suppressed(), g.size() == 1 ? Objective.FEW.text : "nicht ausgewiesen"));
                    continue;
                }
                anyShown = true;
                Object rate = pb.isPresent() && pb.get().value() > 0 ? (Object) Table.number(nb * 1000.0
                        / pb.get().value(), 1) : null;
                Object change = null;
                boolean counts = g.size() > 1 || cats.size() == 1 || !sumShown;
                String grade = counts ? Objective.UNAUFFAELLIG.text : "";
                if (a < b && pa.isPresent() && pb.isPresent() && pa.get().value() > 0 && pb.get().value() > 0
                        && na + nb > 0) {
                    RateComparison rc = CrimeIndicators.compareRates(nb, pb.get().value(), na, pa.get().value(),
                            f.spec.level());
                    change = rc.changePercent().isPresent() ? (Object) rc.changePercent().getAsDouble() : null;
                    if (counts && CrimeText.significant(rc) && rc.changePercent().isPresent()) {
                        boolean rose = rc.changePercent().getAsDouble() > 0;
                        up |= rose;
                        down |= !rose;
                        grade = rose ? Objective.ERHOEHT.text : Objective.NIEDRIG.text;
                        why.add((g.size() == 1 ? g.get(0) : "Ordnungswidrigkeiten " + String.join(", ", g))
                                + " je Einwohner " + (rose ? "gestiegen" : "gesunken") + " (" + CrimeText.change(
                                        rc.changePercent().getAsDouble()) + " seit " + a + ", "
                                + CrimeText.p(rc.pValue().getAsDouble()) + ")");
                    }
                }
                items.add(new Item(label, "Ordnungsamt", nb, rate, null, change, grade));
            }
        }
        Objective obj = !anyObjective ? Objective.NONE : !anyShown ? Objective.FEW : up ? Objective.ERHOEHT
                : down ? Objective.NIEDRIG : Objective.UNAUFFAELLIG;
        // survey
        Subjective subj = Subjective.NONE;
        String subjWhy = "";
        double best = -1;
        List<String> means = new ArrayList<>();
        for (String name : field.survey()) {
            IndicatorSpec ind = indicators.get(name);
            if (ind == null || results == null) {
                continue;
            }
            Optional<Estimate> oe = results.overall(name);
            if (oe.isEmpty()) {
                continue;
            }
            Estimate e = oe.get();
            String label = labels.indicator(ind);
            if (f.ctx.suppress(e.n())) {
                items.add(new Item(label, "Befragung", Table.suppressed(), Table.suppressed(), Table.suppressed(),
                        null, ""));
                continue;
            }
            if (ind.type() != Statistic.PROPORTION) {
                means.add(SurveyLabels.quote(label) + ": " + Fmt.number(e.estimate(), 2)
                        + e.ci().map(i -> " (" + Fmt.level(i.level()) + "-%-KI " + Fmt.range(i.low(), i.high(), 2)
                                + ")").orElse(""));
                continue;
            }
            boolean positive = positive(ind, label);
            double share = positive ? 1 - e.estimate() : e.estimate();
            Interval ci = e.ci().orElse(null);
            double lo = ci == null ? share : positive ? 1 - ci.high() : ci.low();
            double hi = ci == null ? share : positive ? 1 - ci.low() : ci.high();
            Subjective s = lo >= WIDESPREAD ? Subjective.VERBREITET : hi < RARE ? Subjective.GERING
                    : Subjective.MITTEL;
            if (s.ordinal() < subj.ordinal() || (s == subj && share > best)) {
                subj = s;
                best = share;
                subjWhy = (positive ? "100 % minus " : "") + SurveyLabels.quote(label) + ": "
                        + Fmt.percent(share, 0) + (ci == null ? "" : " (" + Fmt.level(ci.level()) + "-%-KI "
                                + Fmt.percentRange(Math.max(0, lo), Math.min(1, hi), 0) + ")");
            }
            Object ciCell = ci == null ? null : Table.range(Math.max(0, ci.low()) * 100, Math.min(1, ci.high()) * 100);
            items.add(new Item(label + ": Anteil in %", "Befragung", (long) e.n(), Table.number(e.estimate() * 100, 1),
                    ciCell, null, (positive ? "Rest: " : "") + s.text));
        }
        return new Assessment(field, items, obj, why, subj, subjWhy, means);
    }

    /**
     * Whether a share measures something good (safety, trust, satisfaction): then its complement is
     * the concern. Read from the indicator's name, variable and label.
     */
    static boolean positive(IndicatorSpec ind, String label) {
        String t = (ind.name() + " " + ind.variable() + " " + label).toLowerCase(Locale.GERMANY);
        if (t.contains("unsicher") || t.contains("unsafe") || t.contains("nicht sicher")) {
            return false;
        }
        return t.contains("sicher") || t.contains("safe") || t.contains("vertrauen") || t.contains("trust")
                || t.contains("zufrieden") || t.contains("satisf");
    }

    private List<Assessment> assessments() {
        List<Assessment> out = new ArrayList<>();
        for (FieldOfAction field : f.result.fields()) {
            out.add(assess(field));
        }
        return out;
    }

    // ------------------------------------------------------------------ findings

    @Override
    public List<Finding> findings(ReportContext ctx) {
        List<Assessment> as = assessments();
        List<String> perceived = new ArrayList<>();
        List<String> unnoticed = new ArrayList<>();
        List<String> both = new ArrayList<>();
        for (Assessment a : as) {
            if (!a.comparable()) {
                continue;
            }
            if (a.diverges() && a.subjective() == Subjective.VERBREITET) {
                perceived.add(a.field().label());
            } else if (a.diverges()) {
                unnoticed.add(a.field().label());
            } else if (a.objective() == Objective.ERHOEHT && a.subjective() == Subjective.VERBREITET) {
                both.add(a.field().label());
            }
        }
        List<Finding> out = new ArrayList<>();
        if (!perceived.isEmpty()) {
            out.add(Finding.of("Handlungsfelder", "Objektive und subjektive Lage gehen auseinander bei "
                    + SurveyLabels.and(perceived) + ": Viele Befragte sehen hier ein Problem, die registrierten Zahlen"
                    + " sind aber nicht erhöht. Das spricht für eine genauere Betrachtung vor Ort, nicht für einen"
                    + " Irrtum der Befragten.").withPriority(1));
        }
        if (!unnoticed.isEmpty()) {
            out.add(Finding.of("Handlungsfelder", "Erhöhte registrierte Zahlen, aber selten als Problem"
                    + " wahrgenommen: " + SurveyLabels.and(unnoticed) + "."));
        }
        if (!both.isEmpty()) {
            out.add(Finding.of("Handlungsfelder", "Registrierte Zahlen und Wahrnehmung weisen beide auf eine erhöhte"
                    + " Belastung hin: " + SurveyLabels.and(both) + "."));
        }
        if (out.isEmpty() && as.stream().anyMatch(Assessment::comparable)) {
            out.add(Finding.of("Handlungsfelder", "In keinem Handlungsfeld gehen registrierte Zahlen und Wahrnehmung"
                    + " der Befragten deutlich auseinander."));
        }
        return out;
    }

    // ------------------------------------------------------------------ the chapter

    @Override
    public void write(Content c) {
        List<Assessment> as = assessments();
        c.paragraph("Die Handlungsfelder bündeln, was die amtlichen Zahlen und die Bürgerbefragung zu einem Thema"
                + " sagen: die registrierten Straftaten und Ordnungswidrigkeiten (objektive Lage) neben der"
                + " Wahrnehmung der Bürgerinnen und Bürger (subjektive Lage). Beide Seiten messen Verschiedenes:"
                + " Registrierte Zahlen zeigen das Hellfeld und die Kontrolltätigkeit, die Befragung, wie die"
                + " Menschen ihr Umfeld erleben. Wo beide deutlich auseinandergehen, lohnt ein genauer Blick. Wie"
                + " die Einstufungen zustande kommen, beschreibt die Methodik (Abschnitt „Handlungsfelder:"
                + " Einstufung“).");
        c.section("Übersicht");
        Table.Builder t = Table.builder("handlungsfelder-uebersicht", "Objektive und subjektive Lage je"
                + " Handlungsfeld").columns(Table.text("handlungsfeld", "Handlungsfeld"), Table.text("objektiv",
                        "Registrierte Lage"), Table.text("subjektiv", "Wahrnehmung (Sorge, Problem)"),
                        Table.text("einordnung", "Einordnung"));
        for (Assessment a : as) {
            t.row(a.field().label(), a.objective().text, a.subjective().text, a.verdict());
        }
        t.note("Registrierte Lage: PKS und Ordnungswidrigkeiten im Vergleich mit "
                + (f.benchmarks.isEmpty() ? "dem Zeitraum" : f.benchmarks.get(0).name() + " und über die Zeit")
                + "; Wahrnehmung: Anteil der Befragten mit Sorge oder Problemwahrnehmung. Regel: siehe Methodik.");
        c.table(t.build());
        c.section("Die Handlungsfelder im Einzelnen");
        for (Assessment a : as) {
            field(c, a);
        }
    }

    private void field(Content c, Assessment a) {
        FieldOfAction fd = a.field();
        c.subsection(fd.label());
        List<String> linked = new ArrayList<>();
        if (!fd.pks().isEmpty()) {
            linked.add("PKS " + SurveyLabels.and(fd.pks().stream().map(k -> f.shortLabel(k.code()) + " ("
                    + k.code() + ")").toList()));
        }
        if (!fd.owi().isEmpty()) {
            linked.add("Ordnungswidrigkeiten " + String.join(", ", fd.owi()));
        }
        if (!fd.survey().isEmpty() && labels != null) {
            linked.add("Befragung " + SurveyLabels.and(fd.survey().stream().filter(indicators::containsKey)
                    .map(s -> SurveyLabels.quote(labels.indicator(indicators.get(s)))).toList()));
        }
        if (a.items().isEmpty()) {
            c.paragraph(fd.name().equals("extremism")
                    ? "Politisch motivierte Kriminalität wird nicht in der PKS, sondern im Kriminalpolizeilichen"
                            + " Meldedienst Politisch motivierte Kriminalität (PMK) erfasst; diese Zahlen liegen dem"
                            + " Bericht nicht vor." + (linked.isEmpty() ? " Die Befragung enthält keinen Indikator"
                                    + " zu diesem Feld." : "") + " Für eine Einordnung wären die PMK-Zahlen des Landes"
                            + " und gegebenenfalls Erkenntnisse der örtlichen Präventionsgremien heranzuziehen."
                    : "Für dieses Handlungsfeld liegen keine Kennzahlen vor"
                            + (linked.isEmpty() ? "." : " (zugeordnet: " + String.join("; ", linked) + ")."));
            return;
        }
        c.paragraph("Zugeordnet sind: " + String.join("; ", linked) + ".");
        int y = last();
        Table.Builder t = Table.builder("handlungsfeld-" + fd.name().replace('_', '-'), fd.label()
                + ": Kennzahlen " + y).suppressionNote(f.suppressionNote() + " Befragung: weniger als "
                        + f.ctx.minCell() + " Befragte.").columns(Table.text("kennzahl", "Kennzahl"),
                                Table.text("quelle", "Quelle"), Table.integer("faelle_n", "Fälle bzw. n"),
                                Table.decimal("wert", "Wert", 1), Table.range("ki", "95-%-KI", 1),
                                Table.decimal("veraenderung_pct", "Veränderung seit " + first() + " in %", 1),
                                Table.text("einstufung", "Einstufung"));
        for (Item it : a.items()) {
            t.row(it.cells());
        }
        t.note("Wert: HZ (Fälle je 100.000 Einwohner), Fälle je 1.000 Einwohner oder Anteil der Befragten in %;"
                + " Fälle " + y + ", n: Befragte mit gültiger Antwort. Einstufung nach der Regel der Methodik; „Rest“:"
                + " eingestuft wird der Anteil der übrigen Befragten.");
        c.table(t.build());
        StringBuilder p = new StringBuilder();
        switch (a.objective()) {
            case ERHOEHT -> p.append("Die registrierten Zahlen sind erhöht: ").append(String.join("; ",
                    a.objectiveWhy())).append(". ");
            case NIEDRIG -> p.append("Die registrierten Zahlen sind niedrig oder rückläufig: ").append(String.join(
                    "; ", a.objectiveWhy())).append(". ");
            case UNAUFFAELLIG -> p.append("Die registrierten Zahlen sind unauffällig: ").append(f.benchmarks.isEmpty()
                    ? "keine statistisch gesicherte Veränderung" : "kein statistisch gesicherter Unterschied "
                            + CrimeText.zu(f.benchmarks.get(0)) + " und keine gesicherte Veränderung").append(". ");
            case FEW -> p.append("Es wurden nur wenige Fälle registriert (weniger als ").append(f.ctx.minCell())
                    .append("); die Zahlen werden nicht ausgewiesen. ");
            case NONE -> p.append("Amtliche Zahlen liegen für dieses Feld nicht vor. ");
        }
        switch (a.subjective()) {
            case VERBREITET -> p.append("Sorge oder Problemwahrnehmung ist verbreitet: ").append(a.subjectiveWhy())
                    .append(". ");
            case MITTEL -> p.append("Sorge oder Problemwahrnehmung liegt im mittleren Bereich: ")
                    .append(a.subjectiveWhy()).append(". ");
            case GERING -> p.append("Sorge oder Problemwahrnehmung ist gering: ").append(a.subjectiveWhy())
                    .append(". ");
            case NONE -> p.append(a.means().isEmpty() ? "Die Befragung enthält keinen zugeordneten Anteilswert. "
                    : "");
        }
        if (!a.means().isEmpty()) {
            p.append("Mittelwerte: ").append(String.join("; ", a.means())).append(". ");
        }
        if (a.comparable() && a.diverges()) {
            if (a.subjective() == Subjective.VERBREITET) {
                p.append("Objektive und subjektive Lage gehen hier auseinander. Das muss kein Widerspruch sein:"
                        + " Viele Vorfälle werden nicht angezeigt oder sind weder Straftat noch"
                        + " Ordnungswidrigkeit, und einzelne sichtbare Orte können das Bild prägen. Eine genauere"
                        + " Betrachtung, etwa durch Ortsbegehungen oder Gespräche mit Anwohnern, kann klären, worauf"
                        + " die Wahrnehmung beruht.");
            } else {
                p.append("Objektive und subjektive Lage gehen hier auseinander: Die registrierte Belastung ist"
                        + " erhöht, wird aber selten als Problem wahrgenommen. Mögliche Gründe sind Taten, die nur"
                        + " einzelne Orte oder Gruppen betreffen, oder Kontrollen, die mehr Fälle sichtbar machen.");
            }
        } else if (a.comparable()) {
            p.append(a.objective() == Objective.ERHOEHT && a.subjective() == Subjective.VERBREITET
                    ? "Registrierte Zahlen und Wahrnehmung weisen beide auf eine erhöhte Belastung hin."
                    : "Nach der Regel der Methodik gehen objektive und subjektive Lage nicht deutlich"
                            + " auseinander.");
        }
        c.paragraph(p.toString().trim());
    }

    // ------------------------------------------------------------------ methods and appendix

    @Override
    public void methods(Content c) {
        c.section("Handlungsfelder: Einstufung");
        String bench = f.benchmarks.isEmpty() ? "einem Vergleichsraum" : f.benchmarks.get(0).name();
        c.paragraph("Die Handlungsfelder und die ihnen zugeordneten PKS-Schlüssel, Kategorien der"
                + " Ordnungswidrigkeiten und Indikatoren der Befragung sind im Projekt festgelegt (crime.fields)."
                + " Objektive und subjektive Lage werden nach einer festen Regel eingestuft; die Schwellen sind"
                + " Festlegungen dieses Berichts, keine fachlichen Normen:");
        c.bullets(List.of(
                "Registrierte Lage „erhöht“: Die HZ eines zugeordneten PKS-Schlüssels liegt im letzten Jahr"
                        + " statistisch gesichert über der HZ von " + bench + " (p < 0,05), oder sie ist über den"
                        + " Trendzeitraum gesichert gestiegen, oder die zugeordneten Ordnungswidrigkeiten je 1.000"
                        + " Einwohner sind gesichert gestiegen (alle Kategorien zusammen; ist eine Kategorie"
                        + " gesperrt, jede ausgewiesene Kategorie für sich).",
                "Registrierte Lage „niedrig“: nicht erhöht, aber eine HZ liegt gesichert unter der von " + bench
                        + " oder ist gesichert gesunken, oder die Ordnungswidrigkeiten sind gesichert gesunken.",
                "Registrierte Lage „unauffällig“: weder erhöht noch niedrig; „wenige Fälle“: alle Zahlen liegen"
                        + " unter der Geheimhaltungsgrenze.",
                "Wahrnehmung: der Anteil der Befragten mit Sorge oder Problemwahrnehmung. Bei Indikatoren, die"
                        + " Sicherheit, Vertrauen oder Zufriedenheit messen, ist das der Anteil der übrigen Befragten"
                        + " (100 % minus Anteil). „Verbreitet“: Die untere Grenze des 95-%-Konfidenzintervalls liegt"
                        + " bei mindestens einem Drittel; „gering“: Die obere Grenze liegt unter 10 %; sonst"
                        + " „mittel“. Ein Feld mit mehreren Indikatoren erhält die höchste Einstufung.",
                "Abweichung: Die Wahrnehmung ist verbreitet, die registrierte Lage aber unauffällig, niedrig oder"
                        + " nur mit wenigen Fällen belegt; oder die registrierte Lage ist erhöht, die Wahrnehmung"
                        + " aber gering. Eine Abweichung ist ein Hinweis für die weitere Arbeit, kein Beleg dafür, dass"
                        + " eine der beiden Seiten falsch liegt."));
    }

    @Override
    public void appendix(Content c) {
        List<FieldValue> vs = f.result.fieldValues().stream().filter(v -> v.ags().equals(f.mAgs)).toList();
        if (vs.isEmpty()) {
            return;
        }
        c.section("Handlungsfelder: amtliche Zahlen");
        Table.Builder t = Table.builder("anhang-handlungsfelder", "Amtliche Zahlen der Handlungsfelder in "
                + f.municipality.name()).suppressionNote(f.suppressionNote()).columns(Table.group("handlungsfeld",
                        "Handlungsfeld"), Table.text("kennzahl", "Kennzahl"), Table.text("jahr", "Jahr"),
                        Table.integer("faelle", "Fälle"), Table.decimal("rate", "Rate", 1), Table.text("bezug",
                                "Bezug"));
        for (FieldValue v : vs) {
            boolean pks = v.source().equals("pks");
            boolean ok = pks ? f.shown(v.ags(), v.year(), v.item()) : f.shownOwi(v.year(), "", v.item());
            String label = pks ? f.shortLabel(v.item()) + " (" + v.item() + ")" : v.itemLabel();
            Object rate = v.rate().isEmpty() ? null : ok ? (Object) Table.number(v.rate().getAsDouble(), pks ? 0 : 1)
                    : Table.suppressed();
            t.row(v.label(), label, Integer.toString(v.year()), ok ? (Object) v.cases() : Table.suppressed(), rate,
                    pks ? "je 100.000 Einw." : "je 1.000 Einw.");
        }
        c.table(t.build());
    }
}
