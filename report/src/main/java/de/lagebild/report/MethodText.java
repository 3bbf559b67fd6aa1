package de.lagebild.report;

import de.lagebild.io.RowAccount;
import de.lagebild.project.IndicatorSpec;
import de.lagebild.project.IndicatorSpec.CiMethod;
import de.lagebild.project.IndicatorSpec.Statistic;
import de.lagebild.project.SurveySpec;
import de.lagebild.project.SurveySpec.DesignSpec;
import de.lagebild.project.WeightingSpec;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import de.lagebild.survey.WeightingDiagnostics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The survey's method sections, in plain German, each naming the R call it equals. */
final class MethodText {
    private MethodText() {
    }

    static String weightingName(WeightingSpec.Method m) {
        return switch (m) {
            case NONE -> "keine Kalibrierung, nur Designgewichte";
            case POSTSTRATIFY -> "Nachschichtung";
            case RAKING -> "Raking";
            case LINEAR -> "lineare Kalibrierung";
            case LOGIT -> "Logit-Kalibrierung";
        };
    }

    static void survey(Content c, SurveyRun run, SurveyResults results, SurveyLabels labels, List<String> margins) {
        ReportContext ctx = c.context();
        SurveySpec spec = run.spec();
        WeightingSpec w = spec.weighting();
        WeightingDiagnostics d = run.weighted().diagnostics();

        c.section("Datengrundlage der Bürgerbefragung");
        c.paragraph("Die Befragungsdaten liegen als Datei " + spec.fileName() + " vor"
                + spec.codebook().map(p -> "; Fragetexte, Antwortkategorien und fehlende Werte beschreibt das Codebuch "
                        + p.getFileName()).orElse("") + ". Jede gelesene Zeile wurde entweder verwendet oder mit"
                + " Begründung ausgeschlossen:");
        Table.Builder files = Table.builder("methodik-befragung-dateien", "Eingelesene Dateien der Befragung")
                .columns(Table.text("datei", "Datei"), Table.text("art", "Art"), Table.integer("gelesen", "Zeilen"),
                        Table.integer("verwendet", "Verwendet"), Table.integer("ausgeschlossen", "Ausgeschlossen"));
        for (RowAccount a : run.accounts()) {
            files.row(a.source(), kind(a.kind()), a.read(), a.used(), (long) a.rejected().size());
        }
        c.table(files.build());
        DesignSpec ds = spec.design();
        StringBuilder design = new StringBuilder("Stichprobenplan: ");
        design.append(ds.strata().map(s -> "nach " + labels.variable(s) + " geschichtete Zufallsstichprobe")
                .orElse("einfache Zufallsstichprobe ohne Schichtung"));
        ds.fpc().ifPresent(f -> design.append(", mit Endlichkeitskorrektur (Umfang der Grundgesamtheit je Schicht: ")
                .append(f).append(")"));
        design.append(ds.weights().map(x -> "; Designgewichte aus der Spalte " + x)
                .orElse(ds.fpc().isPresent() ? "; Designgewichte N_h/n_h" : "; alle Designgewichte 1"));
        design.append(". Antworten wie „weiß nicht“ oder „keine Angabe“");
        if (!spec.missing().isEmpty()) {
            design.append(" (Codes ").append(String.join(", ", spec.missing())).append(")");
        }
        design.append(" zählen als fehlende Angabe: Anteile und Mittelwerte beziehen sich auf die Befragten mit gültiger"
                + " Antwort. Statistisch ist das eine Schätzung in einer Teilgesamtheit des gewichteten Designs, keine"
                + " Neugewichtung (wie R: subset(design, ...)).");
        c.paragraph(design.toString());

        c.section("Gewichtung");
        switch (w.method()) {
            case NONE -> c.paragraph("Die Antworten wurden nur mit den Designgewichten d_i gewichtet, ohne Anpassung an"
                    + " Bevölkerungszahlen.");
            case POSTSTRATIFY -> c.paragraph("Nachschichtung (Poststratifikation, R: postStratify): In jeder Zelle der"
                    + " Randverteilung werden die Designgewichte mit demselben Faktor multipliziert, sodass ihre Summe"
                    + " der Bevölkerungszahl der Zelle entspricht.");
            case RAKING -> c.paragraph("Raking (iterative proportionale Anpassung, R: calibrate(..., calfun ="
                    + " \"raking\")): Die Designgewichte d_i werden so zu Endgewichten w_i = d_i · g_i angepasst, dass die"
                    + " gewichtete Stichprobe jede Randverteilung der Bevölkerung genau trifft; die Anpassungsfaktoren"
                    + " haben die Form g_i = exp(x_i'λ) und weichen so wenig wie möglich von 1 ab.");
            case LINEAR -> c.paragraph("Lineare Kalibrierung (GREG, R: calibrate(..., calfun = \"linear\")): Die"
                    + " Endgewichte w_i = d_i · (1 + x_i'λ) treffen jede Randverteilung der Bevölkerung genau und"
                    + " weichen im quadratischen Abstand so wenig wie möglich von den Designgewichten ab.");
            case LOGIT -> c.paragraph("Logit-Kalibrierung (R: calibrate(..., calfun = \"logit\")): Die Endgewichte"
                    + " w_i = d_i · g_i treffen jede Randverteilung der Bevölkerung genau; die Anpassungsfaktoren g_i"
                    + " bleiben dabei zwischen den Schranken L und U.");
        }
        List<String> wb = new ArrayList<>();
        if (!margins.isEmpty()) {
            wb.add("Randverteilungen: " + SurveyLabels.and(margins) + " (Dateien "
                    + String.join(", ", w.margins().stream().map(WeightingSpec.MarginSpec::fileName).toList()) + ").");
        }
        if (w.bounded()) {
            wb.add("Schranken für g = w/d: " + bound(w.lowerBound()) + " bis " + bound(w.upperBound()) + ".");
        }
        w.trim().ifPresent(t -> wb.add("Stutzung nach der Kalibrierung (R: trimWeights): Gewichte "
                + (Double.isFinite(t.upper()) ? "über dem " + Fmt.number(t.upper(), 2) + "-fachen" : "")
                + (Double.isFinite(t.lower()) && Double.isFinite(t.upper()) ? " bzw. " : "")
                + (Double.isFinite(t.lower()) ? "unter dem " + Fmt.number(t.lower(), 2) + "-fachen" : "")
                + (t.relativeToMean() ? " des mittleren Gewichts" : " (absolute Grenzen)")
                + " werden auf die Grenze gesetzt, der Überschuss gleichmäßig auf die übrigen Gewichte verteilt"
                + (t.strict() ? ", wiederholt, bis kein Gewicht die Grenze überschreitet" : "") + "; gestutzt: "
                + d.trimmed() + " Gewichte."));
        if (w.method() != WeightingSpec.Method.NONE && w.method() != WeightingSpec.Method.POSTSTRATIFY) {
            wb.add("Konvergenz: " + (d.converged() ? "erreicht" : "NICHT erreicht") + " nach " + d.iterations()
                    + " Iterationen (Toleranz " + String.format(java.util.Locale.ROOT, "%.0e", w.tolerance())
                    + " relativ zur Randsumme, höchstens " + w.maxIterations() + " Iterationen).");
        }
        wb.add("Designeffekt der Gewichtung nach Kish: 1 + CV² = n · Σw² / (Σw)² = " + Fmt.number(d.kish(), 3)
                + "; effektive Fallzahl (Σw)² / Σw² = " + Fmt.number(d.effectiveN(), 0) + ".");
        c.bullets(wb);

        c.section("Standardfehler, Konfidenzintervalle und Tests");
        c.paragraph(switch (results.variance()) {
            case LINEARIZATION -> "Standardfehler durch Taylor-Linearisierung (R: svyrecvar): Die Varianz wird aus den"
                    + " Einflusswerten der Schätzer berechnet, bei kalibrierten Gewichten aus den Residuen der"
                    + " Kalibrierung, innerhalb der Schichten und mit Endlichkeitskorrektur.";
            case JKN -> "Standardfehler durch Jackknife innerhalb der Schichten (JKn, R: as.svrepdesign(type = \"JKn\")):"
                    + " je Befragter eine Replikation ohne diese Person; jede Replikation wird neu gewichtet.";
            case JK1 -> "Standardfehler durch Jackknife ohne Schichten (JK1, R: as.svrepdesign(type = \"JK1\")): je"
                    + " Befragter eine Replikation ohne diese Person; jede Replikation wird neu gewichtet.";
            case BOOTSTRAP -> "Standardfehler durch Rescaling-Bootstrap nach Rao und Wu innerhalb der Schichten"
                    + " (R: bootweights) mit " + results.replicates() + " Replikationen (Startwert " + spec.variance()
                    .seed() + "); jede Replikation wird neu gewichtet.";
        });
        Set<String> cis = new LinkedHashSet<>();
        for (IndicatorSpec i : spec.indicators()) {
            cis.add(ciText(i.type() == Statistic.PROPORTION ? i.ci() : CiMethod.WALD));
        }
        c.bullets(new ArrayList<>(cis));
        c.paragraph("Unterschiede zwischen Gruppen prüft der Rao-Scott-Test zweiter Ordnung (R: svychisq(..., statistic"
                + " = \"F\")): die Pearson-Statistik der gewichteten Kreuztabelle, korrigiert um den Designeffekt und"
                + " als F-Statistik ausgewiesen. Ein Unterschied gilt als statistisch signifikant, wenn p < 0,05."
                + " Vergleiche einzelner Gruppen stützen sich auf die Konfidenzintervalle: Überschneiden sich die"
                + " Intervalle zweier Gruppen nicht, ist ihr Unterschied gesichert; überschneiden sie sich, kann dennoch"
                + " ein Unterschied bestehen, er lässt sich so aber nicht belegen.");

        c.section("Begriffe der Befragung");
        c.bullets(List.of(
                "Anteil: gewichteter Anteil der Befragten mit einer bestimmten Antwort an allen Befragten mit gültiger"
                        + " Antwort.",
                "Konfidenzintervall (KI): Ein " + "95-%-Konfidenzintervall ist so konstruiert, dass es bei wiederholten"
                        + " Stichproben in 95 von 100 Fällen den Wert für die gesamte Bevölkerung einschließt.",
                "Standardfehler (SE): die Streuung eines Schätzwerts von Stichprobe zu Stichprobe.",
                "Designeffekt (deff): Varianz unter Stichprobenplan und Gewichtung geteilt durch die Varianz einer"
                        + " einfachen Zufallsstichprobe gleichen Umfangs (R: deff = TRUE).",
                "Effektive Fallzahl: die Zahl ungewichteter Befragter, die dieselbe Genauigkeit hätte.",
                "p-Wert: die Wahrscheinlichkeit, einen mindestens so großen Unterschied zu beobachten, wenn es in der"
                        + " Bevölkerung keinen gäbe.",
                "n: Zahl der Befragten mit gültiger Antwort (ungewichtet); Werte mit n < " + ctx.minCell()
                        + " werden nicht ausgewiesen."));
    }

    private static String bound(double b) {
        return Double.isFinite(b) ? Fmt.number(b, 2) : b > 0 ? "unbegrenzt" : "unbegrenzt";
    }

    private static String kind(String k) {
        return switch (k) {
            case "survey" -> "Befragung";
            case "margin" -> "Randverteilung";
            case "pks" -> "PKS";
            case "owi" -> "Ordnungswidrigkeiten";
            case "population" -> "Bevölkerung";
            default -> k;
        };
    }

    static String ciText(CiMethod m) {
        return switch (m) {
            case LOGIT -> "Anteile: Logit-Intervall (R: svyciprop(method = \"logit\")): gebildet auf der Logit-Skala und"
                    + " zurücktransformiert, daher stets zwischen 0 und 100 %.";
            case BETA -> "Anteile: Korn-Graubard-Intervall (R: svyciprop(method = \"beta\")): Clopper-Pearson-Grenzen mit"
                    + " der effektiven Fallzahl.";
            case WILSON -> "Anteile: Wilson-Intervall mit der effektiven Fallzahl.";
            case WALD -> "Mittelwerte und Summen (und Anteile mit ci: wald): Schätzwert ± t-Quantil × Standardfehler, mit"
                    + " den Freiheitsgraden des Designs (R: confint(..., df = degf(design))).";
        };
    }

    /** How an indicator is defined, for the appendix table's footnote. */
    static String indicatorDefinition(IndicatorSpec ind, SurveyLabels labels) {
        String var = ind.variable();
        String valid = ind.valid().isEmpty() ? "alle gültigen Antworten"
                : "gültige Antworten " + String.join(", ", ind.valid());
        return switch (ind.type()) {
            case PROPORTION -> "Definition: Anteil der Befragten mit " + var + " = " + SurveyLabels.or(ind.success()
                    .stream().map(c -> {
                        String l = labels.value(var, c);
                        return l.equals(c) ? c : c + " (" + l + ")";
                    }).toList()) + "; Basis: " + valid + ". " + ciText(ind.ci()).replaceFirst("^Anteile: ", "KI: ");
            case MEAN -> "Definition: Mittelwert von " + var + "; Basis: " + valid + ".";
            case TOTAL -> "Definition: hochgerechnete Summe von " + var + " über alle Befragten.";
            case RATIO -> "Definition: Quotient der Summen von " + var + " und " + ind.denominator().orElse("") + ".";
        };
    }
}
