package de.lagebild.report;

import de.lagebild.project.Project;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard chapters of a Sicherheitsanalyse and the standard report made of them.
 *
 * <p>{@link #frame(Project)} gives the chapters every report has: the Kernbefunde page, the
 * Methodik and the Anhang. They collect from the other chapters (their key findings, method
 * sections and appendix tables), so a part is added by inserting one chapter before
 * {@link #METHODS}:
 *
 * <pre>{@code
 * Report r = Chapters.frame(project)
 *         .addBefore(Chapters.METHODS, Chapters.survey(run, results))   // "Bürgerbefragung"
 *         .addBefore(Chapters.SURVEY, crimeChapter)                     // an official-statistics chapter
 *         .build();
 * }</pre>
 */
public final class Chapters {
    /** Id of the Kernbefunde page. */
    public static final String KEY_FINDINGS = "kernbefunde";
    /** Id of the survey chapter. */
    public static final String SURVEY = "buergerbefragung";
    /** Id of the Methodik chapter. */
    public static final String METHODS = "methodik";
    /** Id of the Anhang. */
    public static final String APPENDIX = "anhang";

    private Chapters() {
    }

    /**
     * A report builder with the Kernbefunde page, the Methodik and the Anhang, in that order.
     *
     * @param project the project whose {@code report:} settings and municipality make the report's
     *                context ({@link ReportContext#of(Project)}; no subtitle)
     * @return a new builder holding the chapters {@link #KEY_FINDINGS}, {@link #METHODS} and
     *         {@link #APPENDIX}
     */
    public static ReportBuilder frame(Project project) {
        return Report.builder(ReportContext.of(project)).add(keyFindings()).add(methods()).add(appendix());
    }

    /**
     * The standard survey report of a project: Kernbefunde, Bürgerbefragung, Methodik, Anhang. The
     * headline indicator (the Sicherheitsgefühl) is {@code report.headline}, by default the
     * night-time safety item ({@link de.lagebild.project.ReportSpec#headlineOf}). The whole
     * Sicherheitsanalyse of a project, with its official statistics, is {@link Analysis#run}.
     *
     * @param project the project: its report settings, municipality and headline indicator
     * @param run     the project's survey, read and weighted ({@link SurveyRun#of})
     * @param results the survey's estimates ({@link de.lagebild.survey.SurveyEstimation#run})
     * @return a new builder holding the chapters {@link #KEY_FINDINGS}, {@link #SURVEY},
     *         {@link #METHODS} and {@link #APPENDIX}; the subtitle names the Bürgerbefragung
     * @throws IllegalArgumentException when the survey has no indicators, or {@code report.headline}
     *                                  names none of them
     */
    public static ReportBuilder standard(Project project, SurveyRun run, SurveyResults results) {
        ReportContext ctx = ReportContext.of(project).withSubtitle("Ergebnisse der Bürgerbefragung zum"
                + " Sicherheitsgefühl");
        String headline = project.report().headlineOf(run.spec().indicators()).orElse(null);
        return Report.builder(ctx).add(keyFindings()).add(survey(run, results, headline)).add(methods())
                .add(appendix());
    }

    /**
     * The survey chapter ({@link #SURVEY}); its headline indicator is the survey's first indicator.
     *
     * @param run     the survey, read and weighted
     * @param results the survey's estimates
     * @return the chapter "Bürgerbefragung"
     * @throws IllegalArgumentException when the survey has no indicators
     */
    public static Chapter survey(SurveyRun run, SurveyResults results) {
        return new SurveyChapter(run, results, null);
    }

    /**
     * The survey chapter with a chosen headline indicator (the one shown as the Sicherheitsgefühl,
     * with its answer distribution and a chart per domain).
     *
     * @param run               the survey, read and weighted
     * @param results           the survey's estimates
     * @param headlineIndicator the name of the headline indicator, as in the project file, or
     *                          {@code null} for the survey's first indicator
     * @return the chapter "Bürgerbefragung" ({@link #SURVEY})
     * @throws IllegalArgumentException when the survey has no indicators or none of that name
     */
    public static Chapter survey(SurveyRun run, SurveyResults results, String headlineIndicator) {
        return new SurveyChapter(run, results, headlineIndicator);
    }

    /**
     * The Kernbefunde page: the key findings of every other chapter, on one page.
     *
     * @return the front-matter chapter {@link #KEY_FINDINGS}
     */
    public static Chapter keyFindings() {
        return new Chapter() {
            @Override
            public String id() {
                return KEY_FINDINGS;
            }

            @Override
            public String title() {
                return "Kernbefunde";
            }

            @Override
            public Kind kind() {
                return Kind.FRONT;
            }

            @Override
            public void write(Content c) {
                List<Finding> all = new ArrayList<>();
                for (Chapter ch : c.chapters()) {
                    if (ch != this) {
                        all.addAll(ch.findings(c.context()));
                    }
                }
                if (all.isEmpty()) {
                    c.paragraph("Dieser Bericht enthält keine Ergebnisse, aus denen sich Kernbefunde ableiten ließen.");
                    return;
                }
                c.paragraph("Die wichtigsten Ergebnisse der Sicherheitsanalyse für " + c.context().municipality().name()
                        + " auf einen Blick. Erläuterungen, Tabellen und Konfidenzintervalle stehen in den folgenden"
                        + " Kapiteln; Begriffe erklärt die Methodik.");
                c.findings(all);
            }
        };
    }

    /**
     * The Methodik chapter: the method sections of every other chapter, then suppression and rounding.
     *
     * @return the chapter {@link #METHODS}
     */
    public static Chapter methods() {
        return new Chapter() {
            @Override
            public String id() {
                return METHODS;
            }

            @Override
            public String title() {
                return "Methodik";
            }

            @Override
            public void write(Content c) {
                c.paragraph("Dieses Kapitel beschreibt Datengrundlagen, Verfahren und Begriffe so, dass sich jede Zahl"
                        + " des Berichts nachrechnen lässt.");
                for (Chapter ch : c.chapters()) {
                    if (ch != this) {
                        ch.methods(c);
                    }
                }
                c.section("Geheimhaltung, Rundung und Nachvollziehbarkeit");
                int k = c.context().minCell();
                c.bullets(List.of(
                        "Zahlen, die auf weniger als " + k + " Befragten oder Fällen beruhen, werden nicht ausgewiesen"
                                + " und mit " + Fmt.DASH + " gekennzeichnet, ebenso alle Werte, die auf ihnen beruhen"
                                + " (Anteile, Raten, Veränderungen, Tests); das gilt für den Bericht wie für die Tabellen"
                                + " im CSV-Format. Eine Fallzahl von 0 wird ausgewiesen: Sie beschreibt niemanden.",
                        "Ergänzende Sperrung: Hätte eine Zeile oder Spalte, deren Werte sich zu einer ausgewiesenen"
                                + " Summe addieren, genau einen gesperrten Wert, ließe er sich aus der Summe errechnen."
                                + " Dann wird zusätzlich der nächstkleinere Wert über 0 gesperrt, und das wird"
                                + " wiederholt, bis keine Zeile und keine Spalte genau einen gesperrten Wert hat. Die"
                                + " Entscheidung gilt für alle Tabellen zugleich: Eine Zahl ist überall ausgewiesen oder"
                                + " nirgends. Bei Ergebnissen der Befragung betrifft die ergänzende Sperrung die Zahl der"
                                + " Befragten (n) einer Gruppe; ihr Anteil bleibt ausgewiesen, weil er sich aus den"
                                + " übrigen Anteilen nicht errechnen lässt.",
                        "Tests über Gruppen oder Fallzahlen, die gesperrt sind, werden nicht ausgewiesen.",
                        "Zahlen des Kreises und des Landes stammen aus Veröffentlichungen des Bundeskriminalamts und"
                                + " der statistischen Ämter und werden nicht gesperrt.",
                        "Die Sperrung verhindert das Nachrechnen aus einer Summe. Sie schließt nicht aus, dass sich ein"
                                + " gesperrter Wert durch geschicktes Kombinieren mehrerer Tabellen auf eine kleine"
                                + " Spanne eingrenzen lässt; Tabellen mit Einzelangaben sollten daher nicht zusätzlich"
                                + " mit feinerer Gliederung veröffentlicht werden.",
                        "Personenbezogene Angaben (Befragtennummern, Freitextantworten) erscheinen in keiner Ausgabe.",
                        "Zahlen sind kaufmännisch gerundet; Summen gerundeter Werte können daher von den ausgewiesenen"
                                + " Gesamtwerten abweichen.",
                        "Jede Tabelle liegt zusätzlich als CSV-Datei vor (Ordner tables/, Dezimalpunkt). Die Datei"
                                + " manifest.json nennt alle Eingabedateien mit Prüfsumme (SHA-256) und Zeilenbilanz,"
                                + " alle Einstellungen und die Programmversion: Mit denselben Eingaben entsteht derselbe"
                                + " Bericht."));
            }
        };
    }

    /**
     * The Anhang: the appendix sections of every other chapter.
     *
     * @return the appendix chapter {@link #APPENDIX}, titled "Tabellenanhang"
     */
    public static Chapter appendix() {
        return new Chapter() {
            @Override
            public String id() {
                return APPENDIX;
            }

            @Override
            public String title() {
                return "Tabellenanhang";
            }

            @Override
            public Kind kind() {
                return Kind.APPENDIX;
            }

            @Override
            public void write(Content c) {
                for (Chapter ch : c.chapters()) {
                    if (ch != this) {
                        ch.appendix(c);
                    }
                }
            }
        };
    }
}
