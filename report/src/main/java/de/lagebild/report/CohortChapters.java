package de.lagebild.report;

import de.lagebild.cohort.Ranking;
import de.lagebild.report.CohortReport.Data;
import de.lagebild.report.CohortReport.Entry;
import de.lagebild.report.CohortReport.HzFigure;
import de.lagebild.survey.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The chapters of the cohort comparison report ({@link CohortReport}). */
final class CohortChapters {
    private CohortChapters() {
    }

    static String level(Data d) {
        return Fmt.level(d.cohort.comparison().level());
    }

    static String surveyLevel(Data d) {
        return Fmt.level(d.indicator.map(i -> i.level()).orElse(0.95));
    }

    static String indicatorLabel(Data d) {
        return d.indicator.map(i -> i.label()).orElse("Sicherheitsgefühl");
    }

    static Object[] hzCells(Data d, HzFigure f) {
        if (d.suppressed(f)) {
            return new Object[] {Table.suppressed(), Table.suppressed()};
        }
        double[] ci = CohortReport.poissonInterval(f.cases(), f.population(), d.cohort.comparison().level());
        return new Object[] {f.hz(), Table.range(ci[0], ci[1])};
    }

    static Object[] surveyCells(Data d, Entry e) {
        if (d.suppressed(e)) {
            return new Object[] {e.survey().isEmpty() ? null : Table.suppressed(),
                e.survey().isEmpty() ? null : Table.suppressed()};
        }
        Estimate est = e.survey().get().estimate();
        return new Object[] {est.estimate(), est.ci().map(c -> (Object) Table.range(c.low(), c.high())).orElse(null)};
    }

    static Object[] rankCells(Ranking.Rank r) {
        if (r == null) {
            return new Object[] {null, null};
        }
        return new Object[] {r.rank(), Table.range(r.low(), r.high())};
    }

    static Table.Column surveyValue(Data d, String key, String header) {
        return d.proportion() ? Table.percent(key, header + " in %", 1) : Table.decimal(key, header, 2);
    }

    static Table.Column surveyRange(Data d, String key, String header) {
        return d.proportion() ? Table.percentRange(key, header + " in %", 1) : Table.range(key, header, 2);
    }

    static Object[] concat(Object[]... parts) {
        List<Object> out = new ArrayList<>();
        for (Object[] p : parts) {
            out.addAll(java.util.Arrays.asList(p));
        }
        return out.toArray();
    }

    static String year(Data d) {
        return d.year.isPresent() ? Integer.toString(d.year.getAsInt()) : "";
    }

    /** Overview: both measures side by side. */
    static final class Overview implements Chapter {
        private final Data d;

        Overview(Data d) {
            this.d = d;
        }

        @Override
        public String id() {
            return "ueberblick";
        }

        @Override
        public String title() {
            return "Die Gemeinden im Überblick";
        }

        @Override
        public void write(Content c) {
            long analysed = d.entries.stream().filter(e -> !e.status().equals("fehlgeschlagen")).count();
            c.paragraph("Dieser Bericht stellt die Sicherheitsanalysen von " + Fmt.integer(analysed) + " Gemeinden ("
                    + d.cohort.name() + ") nebeneinander: die Kriminalitätsbelastung nach der Polizeilichen"
                    + " Kriminalstatistik (Häufigkeitszahl, " + d.crimeLabel + (d.year.isPresent() ? ", " + year(d) : "")
                    + ") und das Sicherheitsgefühl nach der Bürgerbefragung (" + indicatorLabel(d) + "). Jede Zahl"
                    + " steht mit ihrem Konfidenzintervall; die Ränge zeigen, wie sicher die Reihenfolge ist: Ein"
                    + " Rangintervall von 1 bis 4 heißt, dass die Gemeinde bei der gegebenen Unsicherheit ebenso auf"
                    + " Rang 1 wie auf Rang 4 stehen könnte.");
            String hzHeader = "HZ " + year(d);
            Table.Builder t = Table.builder("kohorte-gegenueberstellung", "Kriminalitätsbelastung und "
                    + "Sicherheitsgefühl nach Gemeinde").columns(Table.text("gemeinde", "Gemeinde"),
                            Table.decimal("hz", hzHeader.trim(), 0), Table.range("hz_ki", level(d) + "-%-KI", 0),
                            Table.integer("hz_rang", "Rang"), Table.range("hz_rangintervall", "Rangspanne", 0),
                            surveyValue(d, "sicherheit", "Sicherheits\u00ADgefühl"),
                            surveyRange(d, "sicherheit_ki", surveyLevel(d) + "-%-KI"),
                            Table.integer("sicherheit_rang", "Rang"),
                            Table.range("sicherheit_rangintervall", "Rangspanne", 0))
                    .suppressionNote("Weniger als " + d.cohort.minCell() + " Fälle bzw. Befragte: nicht ausgewiesen.");
            for (int i = 0; i < d.entries.size(); i++) {
                Entry e = d.entries.get(i);
                if (e.status().equals("fehlgeschlagen")) {
                    continue;
                }
                t.row(concat(new Object[] {e.name()}, hzCells(d, d.hz.get(i)), rankCells(d.hzRanks.get(i)),
                        surveyCells(d, e), rankCells(d.surveyRanks.get(i))));
            }
            Object[] pooledHz = d.pooledHz.isPresent() ? hzCells(d, d.pooledHz.get()) : new Object[] {null, null};
            Object[] pooledSv = d.pooledSurvey.map(p -> new Object[] {p.estimate(),
                p.ci().map(ci -> (Object) Table.range(ci.low(), ci.high())).orElse(null)})
                    .orElse(new Object[] {null, null});
            t.emphasisRow(concat(new Object[] {"Kohorte insgesamt"}, pooledHz, new Object[] {null, null}, pooledSv,
                    new Object[] {null, null}));
            t.note("HZ: Straftaten (" + d.crimeLabel + ") je 100.000 Einwohner; Intervall exakt nach Poisson. "
                    + "Sicherheitsgefühl: gewichteter Anteil mit dem Konfidenzintervall der Befragung. Rang 1: höchster"
                    + " Wert. Kohorte insgesamt: gepoolte Schätzung über alle Gemeinden (siehe Methodik).");
            List<String> failed = d.entries.stream().filter(e -> e.status().equals("fehlgeschlagen"))
                    .map(Entry::name).toList();
            if (!failed.isEmpty()) {
                t.note("Nicht ausgewertet (Fehler in den Eingaben): " + String.join(", ", failed) + ".");
            }
            c.table(t.build());
            d.notes.forEach(c::note);
        }
    }

    /** The Häufigkeitszahl by municipality. */
    static final class Crime implements Chapter {
        private final Data d;

        Crime(Data d) {
            this.d = d;
        }

        @Override
        public String id() {
            return "kriminalitaet";
        }

        @Override
        public String title() {
            return "Kriminalitätsbelastung im Vergleich";
        }

        @Override
        public void write(Content c) {
            if (d.year.isEmpty()) {
                c.paragraph("Für keine Gemeinde liegen Fallzahlen und Einwohnerzahlen des Schlüssels "
                        + d.cohort.comparison().crimeKey() + " vor; ein Vergleich der Häufigkeitszahlen entfällt.");
                return;
            }
            c.paragraph("Die Häufigkeitszahl (HZ) setzt die erfassten Fälle (" + d.crimeLabel + ", " + year(d)
                    + ") ins Verhältnis zur Einwohnerzahl: Fälle je 100.000 Einwohner. Die Intervalle geben an, wie"
                    + " stark die HZ allein durch zufällige Schwankungen der Fallzahl streuen kann.");
            Table.Builder t = Table.builder("kohorte-hz", "Häufigkeitszahl " + year(d) + " nach Gemeinde ("
                    + d.crimeLabel + ")").columns(Table.text("gemeinde", "Gemeinde"), Table.integer("faelle", "Fälle"),
                            Table.integer("einwohner", "Einwohner"), Table.decimal("hz", "HZ", 0),
                            Table.range("hz_ki", level(d) + "-%-KI", 0), Table.integer("rang", "Rang"),
                            Table.range("rangintervall", "Rangspanne", 0))
                    .suppressionNote("Weniger als " + d.cohort.minCell() + " Fälle: nicht ausgewiesen.");
            List<String> cats = new ArrayList<>();
            List<Double> vals = new ArrayList<>();
            List<Double> lows = new ArrayList<>();
            List<Double> highs = new ArrayList<>();
            for (int i : d.order(Comparator.comparingDouble((Integer i) -> d.suppressed(d.hz.get(i)) ? -1
                    : d.hz.get(i).hz()).reversed())) {
                Entry e = d.entries.get(i);
                HzFigure f = d.hz.get(i);
                if (f == null) {
                    continue;
                }
                boolean s = d.suppressed(f);
                t.row(concat(new Object[] {e.name(), s ? Table.suppressed() : f.cases(),
                    Math.round(f.population())}, hzCells(d, f), rankCells(d.hzRanks.get(i))));
                cats.add(e.name());
                if (s) {
                    vals.add(null);
                    lows.add(null);
                    highs.add(null);
                } else {
                    double[] ci = CohortReport.poissonInterval(f.cases(), f.population(), d.cohort.comparison().level());
                    vals.add(f.hz());
                    lows.add(ci[0]);
                    highs.add(ci[1]);
                }
            }
            d.pooledHz.ifPresent(p -> t.emphasisRow(concat(new Object[] {"Kohorte insgesamt", p.cases(),
                Math.round(p.population())}, hzCells(d, p), new Object[] {null, null})));
            c.table(t.build());
            if (!cats.isEmpty() && vals.stream().anyMatch(v -> v != null)) {
                c.figure(Figure.groupedBars("kohorte-hz-abbildung", "Häufigkeitszahl " + year(d) + " mit "
                        + level(d) + "-%-Konfidenzintervall", cats, List.of(new Figure.Series("HZ " + year(d),
                                Figure.Role.MUNICIPALITY, vals, lows, highs)), "Fälle je 100.000 Einwohner", false,
                        true));
            }
        }
    }

    /** The headline survey indicator by municipality. */
    static final class Survey implements Chapter {
        private final Data d;

        Survey(Data d) {
            this.d = d;
        }

        @Override
        public String id() {
            return "sicherheitsgefuehl";
        }

        @Override
        public String title() {
            return "Sicherheitsgefühl im Vergleich";
        }

        @Override
        public void write(Content c) {
            if (d.indicator.isEmpty()) {
                c.paragraph("Keine Gemeinde der Kohorte hat eine Bürgerbefragung mit dem verglichenen Indikator;"
                        + " ein Vergleich des Sicherheitsgefühls entfällt.");
                return;
            }
            c.paragraph("Verglichen wird der Indikator \u201E" + indicatorLabel(d) + "\u201C. Jede Gemeinde hat ihre"
                    + " eigene, auf ihre Bevölkerung gewichtete Stichprobe; die Konfidenzintervalle berücksichtigen"
                    + " Schichtung und Gewichtung. Die Zeile \u201EKohorte insgesamt\u201C schätzt den Wert für die"
                    + " Bevölkerung aller Gemeinden zusammen.");
            Table.Builder t = Table.builder("kohorte-sicherheitsgefuehl", indicatorLabel(d) + " nach Gemeinde")
                    .columns(Table.text("gemeinde", "Gemeinde"), surveyValue(d, "wert", d.proportion() ? "Anteil"
                            : "Mittelwert"), surveyRange(d, "ki", surveyLevel(d) + "-%-KI"),
                            Table.integer("befragte", "Befragte"), Table.integer("rang", "Rang"),
                            Table.range("rangintervall", "Rangspanne", 0))
                    .suppressible();
            List<Figure.Bar> bars = new ArrayList<>();
            List<String> cats = new ArrayList<>();
            List<Double> vals = new ArrayList<>();
            List<Double> lows = new ArrayList<>();
            List<Double> highs = new ArrayList<>();
            for (int i : d.order(Comparator.comparingDouble((Integer i) -> d.suppressed(d.entries.get(i)) ? -1
                    : d.entries.get(i).survey().get().estimate().estimate()).reversed())) {
                Entry e = d.entries.get(i);
                if (e.survey().isEmpty()) {
                    continue;
                }
                Estimate est = e.survey().get().estimate();
                boolean s = d.suppressed(e);
                t.row(concat(new Object[] {e.name()}, surveyCells(d, e), new Object[] {s ? Table.suppressed() : est.n()},
                        rankCells(d.surveyRanks.get(i))));
                String label = e.name() + " (n\u00A0=\u00A0" + Fmt.integer(est.n()) + ")";
                cats.add(label);
                if (s) {
                    bars.add(Figure.Bar.suppressed(e.name()));
                    vals.add(null);
                    lows.add(null);
                    highs.add(null);
                } else if (est.ci().isPresent()) {
                    bars.add(Figure.Bar.of(label, est.estimate(), est.ci().get().low(), est.ci().get().high()));
                    vals.add(est.estimate());
                    lows.add(est.ci().get().low());
                    highs.add(est.ci().get().high());
                } else {
                    bars.add(Figure.Bar.of(label, est.estimate()));
                    vals.add(est.estimate());
                    lows.add(est.estimate());
                    highs.add(est.estimate());
                }
            }
            d.pooledSurvey.ifPresent(p -> t.emphasisRow(concat(new Object[] {"Kohorte insgesamt", p.estimate(),
                p.ci().map(ci -> (Object) Table.range(ci.low(), ci.high())).orElse(null), p.n()},
                    new Object[] {null, null})));
            c.table(t.build());
            if (bars.isEmpty()) {
                return;
            }
            String caption = indicatorLabel(d) + " mit " + surveyLevel(d) + "-%-Konfidenzintervall";
            if (d.proportion()) {
                c.figure(Figure.shareBars("kohorte-sicherheitsgefuehl-abbildung", caption, bars,
                        d.pooledSurvey.map(Estimate::estimate).orElse(null), "Kohorte insgesamt"));
            } else {
                c.figure(Figure.groupedBars("kohorte-sicherheitsgefuehl-abbildung", caption, cats,
                        List.of(new Figure.Series("Mittelwert", Figure.Role.MUNICIPALITY, vals, lows, highs)),
                        "Mittelwert", false, true));
            }
        }
    }

    /** How the comparison is computed. */
    static final class Methods implements Chapter {
        private final Data d;

        Methods(Data d) {
            this.d = d;
        }

        @Override
        public String id() {
            return "methodik";
        }

        @Override
        public String title() {
            return "Methodik des Vergleichs";
        }

        @Override
        public void write(Content c) {
            c.section("Häufigkeitszahl und ihr Intervall");
            c.paragraph("HZ = Fälle \u00D7 100.000 / Einwohner; die Einwohnerzahl ist die der Gemeinde zum 31.12. des"
                    + " Vorjahres (wie in der PKS des BKA) oder, wie im Projekt der Gemeinde eingestellt, des"
                    + " Berichtsjahres. Das " + level(d) + "-%-Intervall ist das exakte Poisson-Intervall der Fallzahl"
                    + " (Garwood; R: poisson.test(x, T)$conf.int), umgerechnet auf 100.000 Einwohner. Es unterstellt,"
                    + " dass Fälle unabhängig voneinander auftreten; Serientaten machen die wahre Unsicherheit"
                    + " größer. Die Kohorte insgesamt: Summe der Fälle je 100.000 Einwohner aller Gemeinden.");
            c.section("Ränge mit Unsicherheit");
            c.paragraph("Rang 1 ist der höchste Wert. Um zu zeigen, wie sicher eine Reihenfolge ist, werden die Werte"
                    + " aller Gemeinden 4.000-mal aus ihrer Stichprobenverteilung gezogen (die HZ auf der"
                    + " logarithmischen Skala mit dem Poisson-Standardfehler, das Sicherheitsgefühl normalverteilt mit"
                    + " seinem Standardfehler) und in jedem Durchgang neu gereiht. Das Rangintervall reicht vom"
                    + " 2,5-%- bis zum 97,5-%-Quantil dieser Ränge. Die Ziehungen sind mit einem festen Startwert"
                    + " reproduzierbar. Überlappende Rangintervalle bedeuten: Die Reihenfolge dieser Gemeinden ist"
                    + " nicht gesichert.");
            c.section("Gepoolte Schätzung der Kohorte");
            c.paragraph("Die Bürgerbefragungen der Gemeinden sind unabhängige, je auf ihre Bevölkerung gewichtete"
                    + " Stichproben. Die Schätzung für die Kohorte insgesamt fasst sie zu einer geschichteten"
                    + " Stichprobe zusammen: Jede Schicht jeder Gemeinde ist eine Schicht der Kohorte, jede Gemeinde"
                    + " behält ihre Kalibrierung. Der Anteil ist die Summe der gewichteten Zustimmungen durch die"
                    + " Summe der Gewichte aller Gemeinden, gewichtet also nach der Bevölkerung; die Varianz ist"
                    + " die Summe der Linearisierungsvarianzen der Gemeinden (R: svymean auf dem gestapelten Design"
                    + " mit Schichten Gemeinde \u00D7 Schicht).");
            c.section("Geheimhaltung");
            c.paragraph("Werte, die auf weniger als " + d.cohort.minCell() + " Befragten oder Fällen beruhen, werden"
                    + " wie in den Berichten der Gemeinden nicht ausgewiesen (" + Fmt.DASH + ") und nicht gereiht.");
        }
    }

    /** Which municipalities were analysed, unchanged or failed. */
    static final class Status implements Chapter {
        private final Data d;

        Status(Data d) {
            this.d = d;
        }

        @Override
        public String id() {
            return "gemeinden";
        }

        @Override
        public String title() {
            return "Gemeinden der Kohorte";
        }

        @Override
        public Kind kind() {
            return Kind.APPENDIX;
        }

        @Override
        public void write(Content c) {
            Table.Builder t = Table.builder("kohorte-gemeinden", "Gemeinden und ihre Berichte").columns(
                    Table.text("gemeinde", "Gemeinde"), Table.text("ags", "AGS"), Table.text("ordner", "Ordner"),
                    Table.text("status", "Status"));
            for (Entry e : d.entries) {
                t.row(e.name(), e.ags().isEmpty() ? null : e.ags(), e.id() + "/", e.status());
            }
            t.note("analysiert: in diesem Lauf ausgewertet; unverändert: Eingaben, Einstellungen und Programmversion"
                    + " wie beim letzten Lauf, der Bericht im Ordner gilt weiter; fehlgeschlagen: siehe die Meldungen"
                    + " des Laufs.");
            c.table(t.build());
        }
    }
}
