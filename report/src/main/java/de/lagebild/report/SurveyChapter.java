package de.lagebild.report;

import de.lagebild.io.RowAccount;
import de.lagebild.privacy.CellSuppression;
import de.lagebild.project.IndicatorSpec;
import de.lagebild.project.IndicatorSpec.CiMethod;
import de.lagebild.project.IndicatorSpec.Statistic;
import de.lagebild.project.SurveySpec;
import de.lagebild.project.SurveySpec.VarianceMethod;
import de.lagebild.project.SurveySpec.VarianceSpec;
import de.lagebild.project.WeightingSpec;
import de.lagebild.survey.Column;
import de.lagebild.survey.CrosstabResult;
import de.lagebild.survey.Estimate;
import de.lagebild.survey.Interval;
import de.lagebild.survey.Margin;
import de.lagebild.survey.ScaleReliability;
import de.lagebild.survey.SurveyData;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import de.lagebild.survey.WeightingDiagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The chapter "Bürgerbefragung": sample and weighting, the Sicherheitsgefühl (the headline
 * indicator) overall and by every domain, the other indicators ranked, differences between groups
 * with their tests, scales. It also writes the survey's method sections, its appendix tables and
 * its key findings.
 *
 * <p>Privacy: an estimate resting on fewer than {@code min_cell} respondents ({@link Estimate#n()})
 * is withheld everywhere: table cells, chart bars, sentences. Respondent ids and free-text
 * variables never appear: domains and crosstabs over such variables are left out.
 */
final class SurveyChapter implements Chapter {
    static final double ALPHA = 0.05;

    private final SurveyRun run;
    private final SurveyResults results;
    private final SurveySpec spec;
    private final SurveyData data;
    private final SurveyLabels labels;
    private final IndicatorSpec headline;
    private final List<String> domains;
    private final Map<String, IndicatorSpec> indicators = new LinkedHashMap<>();

    SurveyChapter(SurveyRun run, SurveyResults results, String headlineIndicator) {
        this.run = run;
        this.results = results;
        this.spec = run.spec();
        this.data = run.weighted().data();
        this.labels = SurveyLabels.of(run);
        for (IndicatorSpec i : spec.indicators()) {
            indicators.put(i.name(), i);
        }
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("the survey has no indicators to report");
        }
        String h = headlineIndicator == null ? spec.indicators().get(0).name() : headlineIndicator;
        if (!indicators.containsKey(h)) {
            throw new IllegalArgumentException("the survey has no indicator " + h + "; it has " + indicators.keySet());
        }
        this.headline = indicators.get(h);
        this.domains = spec.domains().stream().filter(labels::printable).toList();
    }

    @Override
    public String id() {
        return Chapters.SURVEY;
    }

    @Override
    public String title() {
        return "Bürgerbefragung";
    }

    // ================================================================== helpers

    private Optional<Estimate> overall(IndicatorSpec ind) {
        return results.overall(ind.name());
    }

    /** Domain estimates in display order. */
    private List<Estimate> by(IndicatorSpec ind, String dv) {
        List<Estimate> es = results.by(ind.name(), dv);
        if (labels.ordered(dv)) {
            return es;
        }
        List<Estimate> out = new ArrayList<>(es);
        out.sort((a, b) -> SurveyLabels.natural(a.domain(), b.domain()));
        return out;
    }

    private String category(String dv, String code) {
        return labels.value(dv, code);
    }

    private static boolean shown(ReportContext ctx, Estimate e) {
        return !ctx.suppress(e.n());
    }

    private final Map<String, CellSuppression<String>> nSuppression = new HashMap<>();
    private static final String TOTAL_N = "\u0000total";

    /**
     * Whether the number of respondents of an estimate may be printed: not below min_cell, and not
     * withheld so that a withheld group's number cannot be recomputed from the total (the domain
     * counts of a variable add up to the total; {@link CellSuppression}).
     */
    private boolean nShown(ReportContext ctx, Estimate e) {
        if (e.overall()) {
            return shown(ctx, e);
        }
        return !nSuppression(ctx, e.indicator(), e.domainVariable()).suppressed(e.domain());
    }

    private CellSuppression<String> nSuppression(ReportContext ctx, String indicator, String dv) {
        return nSuppression.computeIfAbsent(indicator + "\u0000" + dv + "\u0000" + ctx.minCell(), k -> {
            CellSuppression.Builder<String> b = CellSuppression.builder(ctx.minCell());
            List<String> parts = new ArrayList<>();
            for (Estimate x : results.by(indicator, dv)) {
                b.count(x.domain(), x.n());
                parts.add(x.domain());
            }
            Optional<Estimate> all = results.overall(indicator);
            if (all.isPresent() && !parts.isEmpty()) {
                b.count(TOTAL_N, all.get().n()).sum(TOTAL_N, parts);
            }
            return b.build();
        });
    }

    /** Whether some group's n is withheld only to protect another group's (not for its own size). */
    private boolean complementary(ReportContext ctx, String indicator, String dv) {
        return nSuppression(ctx, indicator, dv).count(CellSuppression.Reason.COMPLEMENTARY) > 0;
    }

    private static String complementaryNote(ReportContext ctx) {
        return "Weniger als " + ctx.minCell() + " Befragte: nicht ausgewiesen. Die Zahl der Befragten (n)"
                + " einer weiteren Gruppe ist ebenfalls nicht ausgewiesen, damit sich die Zahl einer kleinen Gruppe"
                + " nicht aus der Gesamtzahl errechnen lässt.";
    }

    /**
     * Whether a crosstab test may be printed: every group of its column variable has at least
     * min_cell respondents (a test over a withheld group would describe it).
     */
    private static boolean testable(ReportContext ctx, CrosstabResult c) {
        int nr = c.rowLevels().size();
        int nc = c.columnLevels().size();
        int[] n = c.counts();
        for (int j = 0; j < nc; j++) {
            int col = 0;
            for (int i = 0; i < nr; i++) {
                col += n[i * nc + j];
            }
            if (ctx.suppress(col)) {
                return false;
            }
        }
        return true;
    }

    private static int textDecimals(Statistic s) {
        return s == Statistic.PROPORTION || s == Statistic.TOTAL ? 0 : 1;
    }

    private static int tableDecimals(Statistic s) {
        return switch (s) {
            case PROPORTION -> 1;
            case TOTAL -> 0;
            default -> 2;
        };
    }

    /** The estimate as a sentence fragment: "52 %", "2,7", "9.600". */
    private static String value(Estimate e) {
        return switch (e.statistic()) {
            case PROPORTION -> Fmt.percent(e.estimate(), 0);
            case TOTAL -> Fmt.integer(Math.round(e.estimate() / 100) * 100);
            default -> Fmt.number(e.estimate(), 1);
        };
    }

    /** "(95-%-KI: 49–54 %)" or "" without an interval. */
    private static String ci(Estimate e) {
        if (e.ci().isEmpty()) {
            return "";
        }
        Interval i = e.ci().get();
        String range = switch (e.statistic()) {
            case PROPORTION -> Fmt.percentRange(Math.max(0, i.low()), Math.min(1, i.high()), 0);
            case TOTAL -> Fmt.integer(Math.round(i.low() / 100) * 100) + Fmt.DASH
                    + Fmt.integer(Math.round(i.high() / 100) * 100);
            default -> Fmt.range(i.low(), i.high(), 1);
        };
        return "(" + Fmt.level(i.level()) + "-%-KI: " + range + ")";
    }

    /** Whether two estimates' intervals do not overlap (a conservative test of a difference). */
    private static boolean apart(Estimate a, Estimate b) {
        if (a.ci().isEmpty() || b.ci().isEmpty()) {
            return false;
        }
        Interval x = a.ci().get();
        Interval y = b.ci().get();
        return x.high() < y.low() || y.high() < x.low();
    }

    /** The headline sentence of an indicator's overall estimate. */
    private String sentence(IndicatorSpec ind, Estimate e) {
        String ci = ci(e);
        String tail = ci.isEmpty() ? "." : " " + ci + ".";
        switch (ind.type()) {
            case PROPORTION: {
                if (labels.predicate(ind)) {
                    return value(e) + " der Befragten " + labels.raw(ind) + tail;
                }
                Optional<String> q = labels.question(ind.variable());
                List<String> success = ind.success().stream().map(c -> SurveyLabels.quote(
                        labels.value(ind.variable(), c))).toList();
                boolean labelled = ind.success().stream().anyMatch(c -> !labels.value(ind.variable(), c).equals(c));
                if (q.isPresent() && labelled) {
                    return value(e) + " der Befragten antworten auf die Frage " + SurveyLabels.quote(q.get())
                            + " mit " + SurveyLabels.or(success) + tail;
                }
                return SurveyLabels.quote(labels.indicator(ind)) + ": " + value(e) + " der Befragten" + tail;
            }
            case MEAN:
            case RATIO:
                return "Der Mittelwert von " + SurveyLabels.quote(labels.indicator(ind)) + " beträgt " + value(e)
                        + (ci.isEmpty() ? "" : " " + ci) + scale(ind) + ".";
            case TOTAL:
            default:
                return SurveyLabels.quote(labels.indicator(ind)) + ": hochgerechnet rund " + value(e) + " Personen"
                        + tail;
        }
    }

    /** " auf einer Skala von 1 (nie) bis 5 (sehr oft)" when the valid codes are a numeric range. */
    private String scale(IndicatorSpec ind) {
        List<String> valid = ind.valid();
        if (valid.size() < 2) {
            return "";
        }
        List<String> ordered = new ArrayList<>(valid);
        ordered.sort(SurveyLabels::natural);
        String lo = ordered.get(0);
        String hi = ordered.get(ordered.size() - 1);
        String loL = labels.value(ind.variable(), lo);
        String hiL = labels.value(ind.variable(), hi);
        return " auf einer Skala von " + lo + (loL.equals(lo) ? "" : " (" + loL + ")") + " bis " + hi
                + (hiL.equals(hi) ? "" : " (" + hiL + ")");
    }

    /** How the domain estimates of an indicator spread, and whether the extremes differ. */
    private Optional<String> spread(ReportContext ctx, IndicatorSpec ind, String dv) {
        List<Estimate> es = by(ind, dv).stream().filter(e -> shown(ctx, e)).toList();
        if (es.size() < 2) {
            return Optional.empty();
        }
        Estimate min = es.stream().min(Comparator.comparingDouble(Estimate::estimate)).orElseThrow();
        Estimate max = es.stream().max(Comparator.comparingDouble(Estimate::estimate)).orElseThrow();
        if (min == max) {
            return Optional.empty();
        }
        String what = ind.type() == Statistic.PROPORTION ? "der Anteil" : "der Wert";
        StringBuilder sb = new StringBuilder();
        sb.append("Nach ").append(labels.variable(dv)).append(" reicht ").append(what).append(" von ")
                .append(value(min)).append(" (").append(category(dv, min.domain())).append(") bis ")
                .append(value(max)).append(" (").append(category(dv, max.domain())).append("). ");
        int pairs = es.size() * (es.size() - 1) / 2;
        int apartPairs = 0;
        for (int i = 0; i < es.size(); i++) {
            for (int j = i + 1; j < es.size(); j++) {
                if (apart(es.get(i), es.get(j))) {
                    apartPairs++;
                }
            }
        }
        if (apart(min, max)) {
            sb.append("Die Konfidenzintervalle dieser beiden Gruppen überschneiden sich nicht: Der Unterschied ist"
                    + " statistisch gesichert.");
            if (pairs > 1) {
                sb.append(" Insgesamt überschneiden sich die Intervalle bei ").append(apartPairs).append(" von ")
                        .append(pairs).append(" Paaren von Gruppen nicht.");
            }
        } else {
            sb.append("Die Konfidenzintervalle überschneiden sich; ein Unterschied lässt sich mit den vorliegenden"
                    + " Fallzahlen nicht statistisch absichern.");
        }
        return Optional.of(sb.toString());
    }
    /** The crosstab test of an indicator by a variable, if the project asks for it. */
    private Optional<CrosstabResult> test(IndicatorSpec ind, String dv) {
        return crosstabs().stream().filter(c -> c.row().equals(ind.name()) && c.column().equals(dv)).findFirst();
    }

    /** The spread of the domain estimates, with the crosstab test's verdict where there is one. */
    private Optional<String> spreadWithTest(ReportContext ctx, IndicatorSpec ind, String dv) {
        return spread(ctx, ind, dv).map(s -> test(ind, dv).filter(t -> testable(ctx, t)).map(t -> s + " " + (t.p() < ALPHA
                ? "Der Rao-Scott-Test weist die Unterschiede zwischen den Gruppen als statistisch signifikant aus"
                : "Nach dem Rao-Scott-Test sind die Unterschiede zwischen den Gruppen nicht statistisch signifikant")
                + " (p " + (t.p() < 0.001 ? "" : "= ") + Fmt.pValue(t.p()) + ").").orElse(s));
    }

    // ================================================================== findings

    @Override
    public List<Finding> findings(ReportContext ctx) {
        List<Finding> out = new ArrayList<>();
        WeightingDiagnostics d = run.weighted().diagnostics();
        out.add(new Finding("Datengrundlage", Fmt.integer(d.n()) + " Befragte"
                + (margins().isEmpty() ? "" : ", gewichtet nach " + SurveyLabels.and(marginNames()))
                + "; die effektive Fallzahl beträgt " + Fmt.integer(Math.round(d.effectiveN())) + ".",
                Fmt.integer(d.n()), "Befragte", 1));
        overall(headline).ifPresent(e -> {
            if (shown(ctx, e)) {
                out.add(new Finding("Sicherheitsgefühl", sentence(headline, e), value(e),
                        shortLabel(headline), 1));
            }
        });
        Set<String> merged = new HashSet<>();
        for (String dv : domains) {
            int priority = dv.equals(domains.get(0)) ? 2 : 3;
            spreadWithTest(ctx, headline, dv).ifPresent(s -> {
                out.add(Finding.of("Sicherheitsgefühl", s).withPriority(priority));
                test(headline, dv).filter(t -> testable(ctx, t)).ifPresent(t -> merged.add(t.row() + "\u0000"
                        + t.column()));
            });
        }
        // proportions labelled as a predicate ("fühlen sich tagsüber sicher") get a sentence each
        List<Estimate> ranked = new ArrayList<>();
        for (Estimate e : ranked(ctx, others(Statistic.PROPORTION))) {
            IndicatorSpec i = indicators.get(e.indicator());
            if (labels.predicate(i)) {
                out.add(Finding.of("Weitere Ergebnisse", sentence(i, e)).withPriority(3));
            } else {
                ranked.add(e);
            }
        }
        if (ranked.size() >= 3) {
            List<String> top = ranked.subList(0, 3).stream().map(e -> SurveyLabels.quote(labels.indicator(
                    indicators.get(e.indicator()))) + " (" + value(e) + ")").toList();
            Estimate low = ranked.get(ranked.size() - 1);
            out.add(Finding.of("Weitere Ergebnisse", "Die höchsten weiteren Anteile: " + SurveyLabels.and(top)
                    + (ranked.size() > 3 ? "; der niedrigste: " + SurveyLabels.quote(labels.indicator(indicators.get(
                            low.indicator()))) + " (" + value(low) + ")" : "") + "."));
        } else {
            for (Estimate e : ranked) {
                out.add(Finding.of("Weitere Ergebnisse", sentence(indicators.get(e.indicator()), e)));
            }
        }
        List<IndicatorSpec> rest = new ArrayList<>(others(Statistic.MEAN));
        rest.addAll(others(Statistic.RATIO));
        rest.addAll(others(Statistic.TOTAL));
        for (IndicatorSpec m : rest) {
            overall(m).filter(e -> shown(ctx, e)).ifPresent(e -> out.add(Finding.of("Weitere Ergebnisse",
                    sentence(m, e)).withPriority(3)));
        }
        for (CrosstabResult c : crosstabs()) {
            if (testable(ctx, c) && !merged.contains(c.row() + "\u0000" + c.column())) {
                out.add(Finding.of("Unterschiede zwischen Gruppen", testSentence(c)).withPriority(3));
            }
        }
        return out;
    }

    private String shortLabel(IndicatorSpec ind) {
        String l = labels.indicator(ind);
        return ind.type() == Statistic.PROPORTION && labels.predicate(ind) ? "der Befragten " + labels.raw(ind) : l;
    }

    private List<IndicatorSpec> others(Statistic s) {
        return spec.indicators().stream().filter(i -> i != headline && i.type() == s).toList();
    }

    private List<Estimate> ranked(ReportContext ctx, List<IndicatorSpec> inds) {
        List<Estimate> out = new ArrayList<>();
        for (IndicatorSpec i : inds) {
            overall(i).filter(e -> shown(ctx, e)).ifPresent(out::add);
        }
        out.sort(Comparator.comparingDouble(Estimate::estimate).reversed());
        return out;
    }

    private List<CrosstabResult> crosstabs() {
        return results.crosstabs().stream().filter(c -> labels.printable(c.column())
                && (indicators.containsKey(c.row()) || labels.printable(c.row()))).toList();
    }

    private String rowLabel(CrosstabResult c) {
        IndicatorSpec ind = indicators.get(c.row());
        return ind != null ? labels.indicator(ind) : labels.variable(c.row());
    }

    private String testSentence(CrosstabResult c) {
        return testSentence(c, false);
    }

    /** "Der Anteil „…“ unterscheidet sich nach … statistisch signifikant (Rao-Scott-Test, p < 0,001)." */
    private String testSentence(CrosstabResult c, boolean details) {
        boolean sig = c.p() < ALPHA;
        String what = indicators.containsKey(c.row()) && indicators.get(c.row()).type() == Statistic.PROPORTION
                ? "Der Anteil " + SurveyLabels.quote(rowLabel(c))
                : "Die Verteilung der Antworten auf " + SurveyLabels.quote(rowLabel(c));
        String stats = details ? ": F = " + Fmt.number(c.statistic(), 2) + " mit " + Fmt.number(c.ndf(), 2) + " und "
                + Fmt.number(c.ddf(), 0) + " Freiheitsgraden, p " : ", p ";
        return what + " unterscheidet sich nach " + labels.variable(c.column())
                + (sig ? " statistisch signifikant" : " nicht signifikant") + " (Rao-Scott-Test" + stats
                + (c.p() < 0.001 ? "" : "= ") + Fmt.pValue(c.p()) + ").";
    }

    /** A label in a heading: a question is quoted. */
    private static String headingLabel(String label) {
        return label.endsWith("?") ? SurveyLabels.quote(label) : label;
    }

    // ================================================================== the chapter

    @Override
    public void write(Content c) {
        ReportContext ctx = c.context();
        c.paragraph("Dieses Kapitel fasst die Ergebnisse der Bürgerbefragung in " + ctx.municipality().name()
                + " zusammen. Alle Ergebnisse sind gewichtet und auf die Bevölkerung hochgerechnet; die Spannweiten"
                + " geben " + levels() + "-Konfidenzintervalle an. Ergebnisse, die auf weniger als " + ctx.minCell()
                + " Befragten beruhen, werden nicht ausgewiesen.");
        sample(c);
        safety(c);
        otherIndicators(c);
        groups(c);
        scales(c);
    }

    private void sample(Content c) {
        ReportContext ctx = c.context();
        WeightingDiagnostics d = run.weighted().diagnostics();
        RowAccount acc = run.read().account();
        c.section("Stichprobe und Gewichtung");
        StringBuilder p = new StringBuilder();
        p.append("Ausgewertet wurden ").append(Fmt.integer(acc.used())).append(" Fragebögen");
        if (!acc.rejected().isEmpty()) {
            p.append("; ").append(Fmt.integer(acc.rejected().size()))
                    .append(acc.rejected().size() == 1 ? " Datensatz wurde" : " Datensätze wurden")
                    .append(" wegen ungültiger Angaben ausgeschlossen");
        }
        p.append(". ");
        if (spec.weighting().method() == WeightingSpec.Method.NONE) {
            p.append("Die Antworten wurden mit den Designgewichten des Stichprobenplans ausgewertet, ohne Anpassung"
                    + " an Bevölkerungszahlen.");
        } else {
            p.append("Damit die Ergebnisse die Bevölkerung abbilden, wurden die Antworten so gewichtet (")
                    .append(MethodText.weightingName(spec.weighting().method()))
                    .append("), dass die Stichprobe in ").append(SurveyLabels.and(marginNames()))
                    .append(" der Bevölkerung entspricht. Die Gewichtung kostet Genauigkeit: Die ")
                    .append(Fmt.integer(d.n())).append(" Befragten tragen so viel Information wie ")
                    .append(Fmt.integer(Math.round(d.effectiveN())))
                    .append(" ungewichtete Befragte (effektive Fallzahl).");
        }
        c.paragraph(p.toString());
        Table.Builder t = Table.builder("befragung-gewichtung", "Kennzahlen der Stichprobe und der Gewichtung")
                .columns(Table.text("kennzahl", "Kennzahl"), Table.decimal("wert", "Wert", 2));
        t.row("Befragte (n)", Table.number(d.n(), 0));
        t.row("Summe der Gewichte (hochgerechnete Bevölkerung)", Table.number(d.sumWeights(), 0));
        t.row("Mittleres Gewicht", Table.number(d.meanWeight(), 2));
        t.row("Kleinstes Gewicht", Table.number(d.minWeight(), 2));
        t.row("Größtes Gewicht", Table.number(d.maxWeight(), 2));
        if (spec.weighting().method() != WeightingSpec.Method.NONE) {
            t.row("Kleinster Anpassungsfaktor g = w/d", Table.number(d.minG(), 3));
            t.row("Größter Anpassungsfaktor g = w/d", Table.number(d.maxG(), 3));
        }
        t.row("Designeffekt der Gewichtung (Kish, 1 + CV²)", Table.number(d.kish(), 3));
        t.row("Effektive Fallzahl", Table.number(d.effectiveN(), 0));
        if (spec.weighting().method() != WeightingSpec.Method.NONE) {
            t.row("Iterationen der Kalibrierung", Table.number(d.iterations(), 0));
        }
        if (spec.weighting().trim().isPresent()) {
            t.row("Gestutzte Gewichte", Table.number(d.trimmed(), 0));
        }
        t.note("Verfahren: " + MethodText.weightingName(spec.weighting().method())
                + (spec.weighting().method() == WeightingSpec.Method.NONE ? ""
                        : d.converged() ? "; die Kalibrierung ist konvergiert, die größte Abweichung einer gewichteten"
                                + " Randsumme von der Bevölkerungszahl beträgt " + misfit(d.maxMisfit()) + " Personen."
                                : "; die Kalibrierung ist NICHT konvergiert: Die Randsummen werden nicht genau getroffen"
                                        + " (größte Abweichung " + misfit(d.maxMisfit()) + " Personen)."));
        c.table(t.build());
        for (Composition comp : compositions()) {
            comp.figure(labels, ctx.minCell()).ifPresent(c::figure);
        }
    }

    /** "95-%" or, with several confidence levels, "95-%- bzw. 90-%". */
    private String levels() {
        List<String> l = spec.indicators().stream().map(i -> Fmt.level(i.level()) + "-%").distinct().toList();
        return String.join("- bzw. ", l);
    }

    private static String misfit(double m) {
        return m < 0.001 ? "weniger als 0,001" : Fmt.number(m, 3);
    }

    private void safety(Content c) {
        ReportContext ctx = c.context();
        IndicatorSpec ind = headline;
        c.section(headline.type() == Statistic.PROPORTION ? "Sicherheitsgefühl" : labels.indicator(ind));
        Optional<Estimate> all = overall(ind);
        if (all.isEmpty() || !shown(ctx, all.get())) {
            c.paragraph("Für " + SurveyLabels.quote(labels.indicator(ind)) + " liegen zu wenige Antworten vor.");
            return;
        }
        Estimate e = all.get();
        c.paragraph(sentence(ind, e) + " Grundlage sind " + Fmt.integer(e.n())
                + " Befragte mit gültiger Antwort.");
        distribution(c, ind);
        for (String dv : domains) {
            List<Estimate> es = by(ind, dv);
            if (es.isEmpty()) {
                continue;
            }
            c.subsection(labels.indicator(ind) + " nach " + labels.variable(dv));
            spreadWithTest(ctx, ind, dv).ifPresent(c::paragraph);
            c.figure(domainFigure(ctx, ind, dv, e, es));
            c.table(domainTable(ctx, ind, dv, e, es, "befragung-" + SurveyLabels.slug(ind.name()) + "-"
                    + SurveyLabels.slug(dv), labels.indicator(ind) + " nach " + labels.variable(dv)));
        }
    }

    private Figure domainFigure(ReportContext ctx, IndicatorSpec ind, String dv, Estimate all, List<Estimate> es) {
        String id = "abb-" + SurveyLabels.slug(ind.name()) + "-" + SurveyLabels.slug(dv);
        String caption = labels.indicator(ind) + " nach " + labels.variable(dv);
        String note = "Balken: Schätzwert; Fehlerbalken: " + Fmt.level(ind.level())
                + "-%-Konfidenzintervall; n: Befragte mit gültiger Antwort.";
        if (ind.type() == Statistic.PROPORTION) {
            List<Figure.Bar> bars = new ArrayList<>();
            for (Estimate x : es) {
                String label = category(dv, x.domain()) + (nShown(ctx, x) ? " (n = " + Fmt.integer(x.n()) + ")" : "");
                if (!shown(ctx, x)) {
                    bars.add(Figure.Bar.suppressed(category(dv, x.domain())));
                } else if (x.ci().isPresent()) {
                    bars.add(Figure.Bar.of(label, clamp(x.estimate()), clamp(Math.min(x.estimate(),
                            x.ci().get().low())), clamp(Math.max(x.estimate(), x.ci().get().high()))));
                } else {
                    bars.add(Figure.Bar.of(label, clamp(x.estimate())));
                }
            }
            Figure f = Figure.shareBars(id, caption, bars, clamp(all.estimate()), "Gesamt").withNote(note
                    + " Gestrichelte Linie: alle Befragten.");
            if (es.stream().anyMatch(x -> !shown(ctx, x))) {
                f = f.withNote(Fmt.DASH + " Weniger als " + ctx.minCell() + " Befragte: nicht ausgewiesen."
                        + (complementary(ctx, ind.name(), dv) ? " Bei einer weiteren Gruppe ist n nicht angegeben, damit"
                                + " sich die Zahl der kleinen Gruppe nicht aus der Gesamtzahl errechnen lässt." : ""));
            }
            return f;
        }
        List<String> cats = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        for (Estimate x : es) {
            cats.add(category(dv, x.domain()) + (nShown(ctx, x) ? " (n = " + Fmt.integer(x.n()) + ")" : ""));
            boolean s = shown(ctx, x);
            v.add(s ? x.estimate() : null);
            lo.add(s && x.ci().isPresent() ? x.ci().get().low() : null);
            hi.add(s && x.ci().isPresent() ? x.ci().get().high() : null);
        }
        return Figure.groupedBars(id, caption, cats, List.of(new Figure.Series(labels.indicator(ind),
                Figure.Role.MUNICIPALITY, v, lo, hi)), labels.indicator(ind), false, true).withNote(note);
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }

    /** One indicator by one domain: Gesamt first, then each category. */
    private Table domainTable(ReportContext ctx, IndicatorSpec ind, String dv, Estimate all, List<Estimate> es,
            String id, String caption) {
        Table.Builder t = Table.builder(id, caption).suppressible();
        if (complementary(ctx, ind.name(), dv)) {
            t.suppressionNote(complementaryNote(ctx));
        }
        t.columns(Table.text("gruppe", labels.variable(dv)), valueColumn(ind), ciColumn(ind),
                Table.integer("n", "Befragte (n)"));
        t.emphasisRow("Gesamt", cellValue(all), cellCi(all), all.n());
        for (Estimate x : es) {
            if (shown(ctx, x)) {
                t.row(category(dv, x.domain()), cellValue(x), cellCi(x), nShown(ctx, x) ? (Object) x.n()
                        : Table.suppressed());
            } else {
                t.row(category(dv, x.domain()), Table.suppressed(), Table.suppressed(), Table.suppressed());
            }
        }
        return t.build();
    }

    private Table.Column valueColumn(IndicatorSpec ind) {
        return switch (ind.type()) {
            case PROPORTION -> Table.percent("anteil_pct", "Anteil in %", 1);
            case MEAN -> Table.decimal("mittelwert", "Mittelwert", 2);
            case RATIO -> Table.decimal("quotient", "Quotient", 2);
            case TOTAL -> Table.decimal("anzahl", "Hochgerechnete Anzahl", 0);
        };
    }

    private Table.Column ciColumn(IndicatorSpec ind) {
        String h = Fmt.level(ind.level()) + "-%-KI";
        return switch (ind.type()) {
            case PROPORTION -> Table.percentRange("ki_pct", h + " in %", 1);
            case TOTAL -> Table.range("ki", h, 0);
            default -> Table.range("ki", h, 2);
        };
    }

    private static Object cellValue(Estimate e) {
        return e.estimate();
    }

    private static Object cellCi(Estimate e) {
        return e.ci().map(i -> (Object) Table.range(e.statistic() == Statistic.PROPORTION ? Math.max(0, i.low())
                : i.low(), e.statistic() == Statistic.PROPORTION ? Math.min(1, i.high()) : i.high())).orElse(null);
    }

    /** The answer distribution of the headline variable: Gesamt and by the first domain. */
    private void distribution(Content c, IndicatorSpec ind) {
        ReportContext ctx = c.context();
        if (ind.type() != Statistic.PROPORTION || !data.has(ind.variable())) {
            return;
        }
        Column col = data.column(ind.variable());
        List<String> codes = ind.valid().isEmpty() ? col.categories(List.of()) : ind.valid();
        codes = labels.order(ind.variable(), codes);
        if (codes.size() < 3 || codes.size() > 7) {
            return;
        }
        List<IndicatorSpec> dist = new ArrayList<>();
        for (int k = 0; k < codes.size(); k++) {
            dist.add(new IndicatorSpec("answer_" + k, codes.get(k), Statistic.PROPORTION, ind.variable(), codes,
                    List.of(codes.get(k)), CiMethod.WALD, ind.level(), Optional.empty()));
        }
        String dv = domains.isEmpty() ? null : domains.get(0);
        // point estimates only: linearization gives the same point estimates as any replicate method
        SurveyResults r = SurveyEstimation.run(run.weighted(), dist, dv == null ? List.of() : List.of(dv), List.of(),
                new VarianceSpec(VarianceMethod.LINEARIZATION, 2, 0));
        List<String> rows = new ArrayList<>();
        List<List<Double>> shares = new ArrayList<>();
        rows.add("Gesamt");
        shares.add(shares(ctx, dist.stream().map(i -> r.overall(i.name())).toList()));
        if (dv != null) {
            List<Estimate> first = results.by(ind.name(), dv);
            List<String> cats = labels.ordered(dv) ? first.stream().map(Estimate::domain).toList()
                    : first.stream().map(Estimate::domain).sorted(SurveyLabels::natural).toList();
            for (String cat : cats) {
                rows.add(category(dv, cat));
                List<Optional<Estimate>> per = new ArrayList<>();
                for (IndicatorSpec i : dist) {
                    per.add(r.by(i.name(), dv).stream().filter(x -> x.domain().equals(cat)).findFirst());
                }
                shares.add(shares(ctx, per));
            }
        }
        List<String> segs = codes.stream().map(code -> labels.value(ind.variable(), code)).toList();
        String q = labels.question(ind.variable()).orElse(labels.indicator(ind));
        Figure f = Figure.stackedShares("abb-" + SurveyLabels.slug(ind.name()) + "-verteilung",
                "Antworten auf die Frage " + SurveyLabels.quote(q) + (dv == null ? "" : " nach "
                        + labels.variable(dv)), rows, segs, shares)
                .withNote("Anteile in % der Befragten mit gültiger Antwort, gewichtet; Werte unter 5 % ohne"
                        + " Beschriftung.");
        if (shares.stream().anyMatch(x -> x == null)) {
            f = f.withNote(Fmt.DASH + " Weniger als " + ctx.minCell() + " Befragte: nicht ausgewiesen.");
        }
        c.figure(f);
    }

    private static List<Double> shares(ReportContext ctx, List<Optional<Estimate>> es) {
        List<Double> out = new ArrayList<>();
        for (Optional<Estimate> e : es) {
            if (e.isEmpty() || ctx.suppress(e.get().n())) {
                return null;
            }
            out.add(clamp(e.get().estimate()));
        }
        return out;
    }

    private void otherIndicators(Content c) {
        ReportContext ctx = c.context();
        List<IndicatorSpec> props = others(Statistic.PROPORTION);
        List<IndicatorSpec> means = new ArrayList<>(others(Statistic.MEAN));
        means.addAll(others(Statistic.RATIO));
        List<IndicatorSpec> totals = others(Statistic.TOTAL);
        if (props.isEmpty() && means.isEmpty() && totals.isEmpty()) {
            return;
        }
        c.section("Weitere Ergebnisse der Befragung");
        if (!props.isEmpty()) {
            c.paragraph("Die weiteren Anteilswerte der Befragung, vom höchsten zum niedrigsten. Die Zahlen nach"
                    + " Gruppen stehen im Anhang.");
            List<Estimate> ranked = ranked(ctx, props);
            List<Figure.Bar> bars = new ArrayList<>();
            for (Estimate e : ranked) {
                IndicatorSpec i = indicators.get(e.indicator());
                bars.add(e.ci().isPresent() ? Figure.Bar.of(labels.indicator(i), clamp(e.estimate()),
                        clamp(Math.min(e.estimate(), e.ci().get().low())), clamp(Math.max(e.estimate(),
                                e.ci().get().high()))) : Figure.Bar.of(labels.indicator(i), clamp(e.estimate())));
            }
            if (!bars.isEmpty()) {
                c.figure(Figure.shareBars("abb-anteile", "Weitere Anteilswerte im Überblick", bars, null, null)
                        .withNote("Balken: Schätzwert; Fehlerbalken: " + levels() + "-Konfidenzintervall."));
            }
            Table.Builder t = Table.builder("befragung-anteile", "Weitere Anteilswerte").suppressible()
                    .columns(Table.text("indikator", "Indikator"), Table.percent("anteil_pct", "Anteil in %", 1),
                            Table.percentRange("ki_pct", levels() + "-KI in %", 1), Table.integer("n", "Befragte (n)"));
            for (Estimate e : ranked) {
                t.row(labels.indicator(indicators.get(e.indicator())), e.estimate(), cellCi(e), e.n());
            }
            for (IndicatorSpec i : props) {
                Optional<Estimate> e = overall(i);
                if (e.isPresent() && !shown(ctx, e.get())) {
                    t.row(labels.indicator(i), Table.suppressed(), Table.suppressed(), Table.suppressed());
                }
            }
            c.table(t.build());
            for (String dv : domains) {
                overview(c, props, dv);
            }
        }
        if (!means.isEmpty()) {
            Table.Builder t = Table.builder("befragung-mittelwerte", "Mittelwerte").suppressible()
                    .columns(Table.text("indikator", "Indikator"), Table.decimal("mittelwert", "Mittelwert", 2),
                            Table.range("ki", levels() + "-KI", 2), Table.text("skala", "Skala"),
                            Table.integer("n", "Befragte (n)"));
            for (IndicatorSpec i : means) {
                overall(i).ifPresent(e -> {
                    String sc = scale(i).replace(" auf einer Skala von ", "").replace(" bis ", " bis ");
                    if (shown(ctx, e)) {
                        t.row(labels.indicator(i), e.estimate(), cellCi(e), sc.isEmpty() ? null : sc, e.n());
                    } else {
                        t.row(labels.indicator(i), Table.suppressed(), Table.suppressed(), sc.isEmpty() ? null : sc,
                                Table.suppressed());
                    }
                });
            }
            c.table(t.build());
        }
        if (!totals.isEmpty()) {
            Table.Builder t = Table.builder("befragung-summen", "Hochgerechnete Anzahlen").suppressible()
                    .columns(Table.text("indikator", "Indikator"), Table.decimal("anzahl", "Anzahl", 0),
                            Table.range("ki", levels() + "-KI", 0), Table.integer("n", "Befragte (n)"));
            for (IndicatorSpec i : totals) {
                overall(i).ifPresent(e -> {
                    if (shown(ctx, e)) {
                        t.row(labels.indicator(i), e.estimate(), cellCi(e), e.n());
                    } else {
                        t.row(labels.indicator(i), Table.suppressed(), Table.suppressed(), Table.suppressed());
                    }
                });
            }
            t.note("Hochgerechnet auf die Bevölkerung der Grundgesamtheit (Summe der Gewichte).");
            c.table(t.build());
        }
    }

    /** Proportions (rows) by the categories of one domain (columns), in %. */
    private void overview(Content c, List<IndicatorSpec> props, String dv) {
        ReportContext ctx = c.context();
        List<String> cats = new ArrayList<>();
        for (IndicatorSpec i : props) {
            for (Estimate e : by(i, dv)) {
                if (!cats.contains(e.domain())) {
                    cats.add(e.domain());
                }
            }
        }
        cats = labels.order(dv, cats);
        if (cats.isEmpty() || cats.size() > 9) {
            return;
        }
        List<Table.Column> cols = new ArrayList<>();
        cols.add(Table.text("indikator", "Indikator"));
        cols.add(Table.percent("gesamt_pct", "Gesamt", 0));
        Set<String> keys = new HashSet<>();
        for (String cat : cats) {
            String k = "p_" + SurveyLabels.key(cat);
            while (!keys.add(k)) {
                k = k + "_";
            }
            cols.add(Table.percent(k, labels.shortValue(dv, cat), 0));
        }
        Table.Builder t = Table.builder("befragung-uebersicht-" + SurveyLabels.slug(dv), "Anteilswerte nach "
                + labels.variable(dv) + " (in %)").suppressible().columns(cols.toArray(new Table.Column[0]));
        for (IndicatorSpec i : props) {
            List<Object> row = new ArrayList<>();
            row.add(labels.indicator(i));
            Optional<Estimate> all = overall(i);
            row.add(all.isPresent() && shown(ctx, all.get()) ? all.get().estimate() : Table.suppressed());
            List<Estimate> es = by(i, dv);
            for (String cat : cats) {
                Optional<Estimate> e = es.stream().filter(x -> x.domain().equals(cat)).findFirst();
                row.add(e.isEmpty() ? null : shown(ctx, e.get()) ? e.get().estimate() : Table.suppressed());
            }
            t.row(row.toArray());
        }
        t.note("Konfidenzintervalle und Fallzahlen: siehe Anhang.");
        c.table(t.build());
    }

    private void groups(Content c) {
        ReportContext ctx = c.context();
        List<CrosstabResult> cts = crosstabs();
        if (cts.isEmpty()) {
            return;
        }
        c.section("Unterschiede zwischen Gruppen");
        c.paragraph("Ob sich Gruppen der Bevölkerung unterscheiden, prüft der Rao-Scott-Test. Er berücksichtigt"
                + " Gewichtung und Stichprobenplan. Ein Unterschied gilt als statistisch signifikant, wenn der p-Wert"
                + " unter 0,05 liegt: Dann ist es unwahrscheinlich, dass er nur durch die Zufallsauswahl der"
                + " Befragten entstanden ist.");
        Table.Builder sum = Table.builder("befragung-tests", "Tests auf Unterschiede zwischen Gruppen (Rao-Scott)")
                .columns(Table.text("merkmal", "Merkmal"), Table.text("gruppen", "Gruppen"),
                        Table.decimal("f", "F", 2), Table.decimal("df_zaehler", "FG Zähler", 2),
                        Table.decimal("df_nenner", "FG Nenner", 0), Table.pValue("p", "p-Wert"),
                        Table.text("bewertung", "Bewertung"));
        boolean withheld = false;
        for (CrosstabResult ct : cts) {
            if (!testable(ctx, ct)) {
                withheld = true;
                sum.row(rowLabel(ct), labels.variable(ct.column()), Table.suppressed(), Table.suppressed(),
                        Table.suppressed(), Table.suppressed(), "nicht ausgewiesen");
                continue;
            }
            sum.row(rowLabel(ct), labels.variable(ct.column()), ct.statistic(), ct.ndf(), ct.ddf(), ct.p(),
                    ct.p() < ALPHA ? "signifikant" : "nicht signifikant");
        }
        if (withheld) {
            sum.suppressionNote("Eine Gruppe hat weniger als " + ctx.minCell() + " Befragte: Der Test über die Gruppen"
                    + " wird nicht ausgewiesen.");
        }
        sum.note("FG: Freiheitsgrade der F-Verteilung; signifikant: p < 0,05.");
        c.table(sum.build());
        for (CrosstabResult ct : cts) {
            c.subsection(headingLabel(rowLabel(ct)) + " nach " + labels.variable(ct.column()));
            IndicatorSpec ind = indicators.get(ct.row());
            if (!testable(ctx, ct)) {
                c.paragraph("Mindestens eine Gruppe von „" + labels.variable(ct.column()) + "“ hat weniger als "
                        + ctx.minCell() + " Befragte. Der Test und die Anteile dieser Gruppe werden daher nicht"
                        + " ausgewiesen.");
                if (!(ind != null && ind.type() == Statistic.PROPORTION && domains.contains(ct.column()))) {
                    c.table(crosstabTable(ctx, ct));
                }
                continue;
            }
            if (ind != null && ind.type() == Statistic.PROPORTION && domains.contains(ct.column())) {
                // the shares by this domain, with intervals, are printed already
                c.paragraph(testSentence(ct, true) + " Die Anteile je Gruppe mit Konfidenzintervallen stehen "
                        + (ind == headline ? "im Abschnitt zum Sicherheitsgefühl und " : "") + "im Tabellenanhang.");
                continue;
            }
            c.paragraph(testSentence(ct, true));
            c.table(crosstabTable(ctx, ct));
        }
    }

    private Table crosstabTable(ReportContext ctx, CrosstabResult ct) {
        int nr = ct.rowLevels().size();
        int nc = ct.columnLevels().size();
        double[] p = ct.proportions();
        int[] n = ct.counts();
        List<String> cols = labels.order(ct.column(), ct.columnLevels());
        String id = "befragung-kreuztabelle-" + SurveyLabels.slug(ct.row()) + "-" + SurveyLabels.slug(ct.column());
        IndicatorSpec ind = indicators.get(ct.row());
        String colLabel = labels.variable(ct.column());
        // the groups' counts add up to the table's: protect a withheld one complementarily
        CellSuppression.Builder<String> sb = CellSuppression.builder(ctx.minCell());
        int all = 0;
        for (int j = 0; j < nc; j++) {
            int cn = 0;
            for (int i = 0; i < nr; i++) {
                cn += n[i * nc + j];
            }
            sb.count(ct.columnLevels().get(j), cn);
            all += cn;
        }
        CellSuppression<String> counts = sb.count(TOTAL_N, all).sum(TOTAL_N, ct.columnLevels()).build();
        if (ind != null && ind.type() == Statistic.PROPORTION && nr == 2) {
            int success = ct.rowLevels().indexOf("1");
            Table.Builder t = Table.builder(id, rowLabel(ct) + " nach " + colLabel).suppressible()
                    .columns(Table.text("gruppe", colLabel), Table.percent("anteil_pct", "Anteil in %", 1),
                            Table.integer("n", "Befragte (n)"));
            for (String col : cols) {
                int j = ct.columnLevels().indexOf(col);
                double colP = 0;
                int colN = 0;
                for (int i = 0; i < nr; i++) {
                    colP += p[i * nc + j];
                    colN += n[i * nc + j];
                }
                if (ctx.suppress(colN) || !(colP > 0)) {
                    t.row(labels.value(ct.column(), col), Table.suppressed(), Table.suppressed());
                } else {
                    t.row(labels.value(ct.column(), col), p[success * nc + j] / colP, counts.suppressed(col)
                            ? Table.suppressed() : (Object) colN);
                }
            }
            if (counts.count(CellSuppression.Reason.COMPLEMENTARY) > 0) {
                t.suppressionNote(complementaryNote(ctx));
            }
            t.note("Anteile innerhalb jeder Gruppe, gewichtet.");
            return t.build();
        }
        List<String> rows = labels.order(ct.row(), ct.rowLevels());
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.text("kategorie", "Antwort"));
        Set<String> keys = new HashSet<>();
        int[] colN = new int[nc];
        double[] colP = new double[nc];
        for (int j = 0; j < nc; j++) {
            for (int i = 0; i < nr; i++) {
                colN[j] += n[i * nc + j];
                colP[j] += p[i * nc + j];
            }
        }
        for (String col : cols) {
            String k = "p_" + SurveyLabels.key(col);
            while (!keys.add(k)) {
                k = k + "_";
            }
            int j = ct.columnLevels().indexOf(col);
            String n0 = ctx.suppress(colN[j]) ? " (n < " + ctx.minCell() + ")" : counts.suppressed(col) ? ""
                    : " (n = " + Fmt.integer(colN[j]) + ")";
            columns.add(Table.percent(k, labels.value(ct.column(), col) + n0, 1));
        }
        Table.Builder t = Table.builder(id, headingLabel(rowLabel(ct)) + " nach " + colLabel + " (Spaltenprozente)")
                .suppressible().columns(columns.toArray(new Table.Column[0]));
        for (String row : rows) {
            int i = ct.rowLevels().indexOf(row);
            List<Object> cells = new ArrayList<>();
            cells.add(labels.value(ct.row(), row));
            for (String col : cols) {
                int j = ct.columnLevels().indexOf(col);
                cells.add(ctx.suppress(colN[j]) || !(colP[j] > 0) ? Table.suppressed() : p[i * nc + j] / colP[j]);
            }
            t.row(cells.toArray());
        }
        t.note("Anteile innerhalb jeder Spalte, gewichtet."
                + (counts.count(CellSuppression.Reason.COMPLEMENTARY) > 0 ? " Ohne n: nicht angegeben, damit sich die"
                        + " Zahl einer kleinen Gruppe nicht aus der Gesamtzahl errechnen lässt." : ""));
        return t.build();
    }

    private void scales(Content c) {
        List<ScaleReliability> sc = results.scales();
        if (sc.isEmpty()) {
            return;
        }
        c.section("Skalen");
        c.paragraph("Mehrere Fragen werden zu Skalen zusammengefasst (Mittelwert der Antworten). Cronbachs Alpha misst,"
                + " wie einheitlich die Fragen einer Skala antworten; Werte ab etwa 0,7 gelten als ausreichend.");
        Table.Builder t = Table.builder("befragung-skalen", "Zuverlässigkeit der Skalen")
                .columns(Table.text("skala", "Skala"), Table.text("fragen", "Fragen"),
                        Table.decimal("alpha", "Cronbachs Alpha", 2), Table.integer("n", "Vollständig (n)"));
        for (ScaleReliability r : sc) {
            t.row(labels.variable(r.scale()), SurveyLabels.and(r.items().stream().map(labels::variable).toList()),
                    r.alpha(), r.complete());
        }
        c.table(t.build());
    }

    // ================================================================== methods and appendix

    @Override
    public void methods(Content c) {
        MethodText.survey(c, run, results, labels, marginNames());
    }

    @Override
    public void appendix(Content c) {
        ReportContext ctx = c.context();
        c.section("Alle Schätzwerte der Bürgerbefragung");
        c.paragraph("Für jeden Indikator: der Wert für alle Befragten und für jede Gruppe, mit Standardfehler (SE),"
                + " Konfidenzintervall, Zahl der Befragten mit gültiger Antwort (n) und Designeffekt (deff).");
        for (IndicatorSpec ind : spec.indicators()) {
            Optional<Estimate> all = overall(ind);
            if (all.isEmpty()) {
                continue;
            }
            boolean pct = ind.type() == Statistic.PROPORTION;
            int dec = tableDecimals(ind.type());
            Table.Builder t = Table.builder("anhang-" + SurveyLabels.slug(ind.name()), labels.indicator(ind))
                    .suppressible()
                    .columns(Table.group("merkmal", "Merkmal"), Table.text("gruppe", "Gruppe"), valueColumn(ind),
                            pct ? Table.percent("se_pct", "SE in %-Punkten", 1) : Table.decimal("se", "SE", dec),
                            ciColumn(ind), Table.integer("n", "n"), Table.decimal("deff", "deff", 2));
            List<Estimate> rows = new ArrayList<>();
            rows.add(all.get());
            for (String dv : domains) {
                rows.addAll(by(ind, dv));
            }
            if (domains.stream().anyMatch(dv -> complementary(ctx, ind.name(), dv))) {
                t.suppressionNote(complementaryNote(ctx));
            }
            for (Estimate e : rows) {
                String merkmal = e.overall() ? "Gesamt" : labels.variable(e.domainVariable());
                String gruppe = e.overall() ? "Alle Befragten" : category(e.domainVariable(), e.domain());
                if (!shown(ctx, e)) {
                    t.row(merkmal, gruppe, Table.suppressed(), Table.suppressed(), Table.suppressed(),
                            Table.suppressed(), Table.suppressed());
                    continue;
                }
                Object se = e.se().isPresent() ? (Object) e.se().getAsDouble() : null;
                Object deff = e.deff().isPresent() ? (Object) e.deff().getAsDouble() : null;
                if (e.overall()) {
                    t.emphasisRow(merkmal, gruppe, e.estimate(), se, cellCi(e), e.n(), deff);
                } else {
                    t.row(merkmal, gruppe, e.estimate(), se, cellCi(e), nShown(ctx, e) ? (Object) e.n()
                            : Table.suppressed(), deff);
                }
            }
            t.note(MethodText.indicatorDefinition(ind, labels));
            c.table(t.build());
        }
        List<Composition> comps = compositions();
        if (!comps.isEmpty()) {
            c.section("Zusammensetzung von Stichprobe und Bevölkerung");
            c.paragraph("Die Randverteilungen der Bevölkerung, an die gewichtet wurde, und die ungewichtete Verteilung"
                    + " der Befragten.");
            for (Composition comp : comps) {
                c.table(comp.table(labels, ctx.minCell()));
            }
        }
    }

    // ================================================================== sample composition

    private List<Margin> margins() {
        return run.margins().stream().map(Margin.Read::margin).toList();
    }

    private List<String> marginNames() {
        List<String> out = new ArrayList<>();
        for (Margin m : margins()) {
            for (String v : m.variables()) {
                String l = labels.variable(v);
                if (!out.contains(l)) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    private List<Composition> compositions() {
        List<Composition> out = new ArrayList<>();
        for (Margin m : margins()) {
            if (m.variables().stream().allMatch(labels::printable)) {
                out.add(Composition.of(m, data));
            }
        }
        return out;
    }
}
