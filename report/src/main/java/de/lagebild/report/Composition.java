package de.lagebild.report;

import de.lagebild.internal.Numbers;
import de.lagebild.privacy.CellSuppression;
import de.lagebild.survey.Column;
import de.lagebild.survey.Margin;
import de.lagebild.survey.SurveyData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A calibration margin next to the unweighted sample: how the respondents are spread over the
 * cells the population counts are given for. Counts of respondents only, no answers.
 */
final class Composition {
    private static final Set<String> MEN = Set.of("m", "männlich", "maennlich", "mann", "männer");
    private static final Set<String> WOMEN = Set.of("w", "f", "weiblich", "frau", "frauen");

    final Margin margin;
    final double[] population;
    final int[] sample;
    final int respondents;

    private Composition(Margin margin, double[] population, int[] sample, int respondents) {
        this.margin = margin;
        this.population = population;
        this.sample = sample;
        this.respondents = respondents;
    }

    static Composition of(Margin m, SurveyData data) {
        List<Column> cols = m.variables().stream().map(data::column).toList();
        Map<String, Integer> cellOf = new HashMap<>();
        for (int c = 0; c < m.cells().size(); c++) {
            cellOf.put(key(m.cells().get(c)), c);
        }
        int[] counts = new int[m.cells().size()];
        int n = 0;
        List<String> vals = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            vals.clear();
            for (Column col : cols) {
                vals.add(col.raw(i));
            }
            Integer c = cellOf.get(key(vals));
            if (c != null) {
                counts[c]++;
                n++;
            }
        }
        return new Composition(m, m.totals(), counts, n);
    }

    private static String key(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (String v : values) {
            String t = v.trim();
            double x = Numbers.parsePlain(t);
            sb.append(Double.isNaN(x) ? t : Numbers.format(x)).append('\u0000');
        }
        return sb.toString();
    }

    private String name(SurveyLabels labels) {
        return SurveyLabels.and(margin.variables().stream().map(labels::variable).toList());
    }

    String id() {
        return String.join("-", margin.variables().stream().map(SurveyLabels::slug).toList());
    }

    /** Index of the sex variable when the margin is sex x one other variable with exactly men and women. */
    private int sexVariable(SurveyLabels labels) {
        if (margin.variables().size() != 2) {
            return -1;
        }
        for (int v = 0; v < 2; v++) {
            final int var = v;
            List<String> values = distinct(v);
            if (values.size() == 2 && values.stream().anyMatch(x -> men(labels, var, x))
                    && values.stream().anyMatch(x -> women(labels, var, x))) {
                return v;
            }
        }
        return -1;
    }

    private boolean men(SurveyLabels labels, int v, String code) {
        return MEN.contains(labels.value(margin.variables().get(v), code).toLowerCase(Locale.GERMANY))
                || MEN.contains(code.toLowerCase(Locale.ROOT));
    }

    private boolean women(SurveyLabels labels, int v, String code) {
        return WOMEN.contains(labels.value(margin.variables().get(v), code).toLowerCase(Locale.GERMANY))
                || WOMEN.contains(code.toLowerCase(Locale.ROOT));
    }

    private List<String> distinct(int v) {
        List<String> out = new ArrayList<>();
        for (List<String> cell : margin.cells()) {
            if (!out.contains(cell.get(v))) {
                out.add(cell.get(v));
            }
        }
        return out;
    }

    private double popTotal() {
        double s = 0;
        for (double p : population) {
            s += p;
        }
        return s;
    }

    /**
     * Which sample counts are withheld: fewer than min_cell respondents in a cell, and the cells
     * withheld so that such a count cannot be recomputed from the number of respondents.
     */
    CellSuppression<Integer> suppression(int minCell) {
        CellSuppression.Builder<Integer> b = CellSuppression.builder(minCell);
        List<Integer> cells = new ArrayList<>();
        for (int c = 0; c < sample.length; c++) {
            b.count(c, sample[c]);
            cells.add(c);
        }
        return b.count(-1, respondents).sum(-1, cells).build();
    }

    /**
     * A pyramid (sex x age) or bars of population and sample shares (one variable); the sample's
     * shares are left out when a sample count is withheld.
     */
    Optional<Figure> figure(SurveyLabels labels, int minCell) {
        boolean sampleShown = suppression(minCell).withheld().isEmpty();
        double pt = popTotal();
        if (!(pt > 0) || respondents == 0) {
            return Optional.empty();
        }
        int sv = sexVariable(labels);
        if (sv >= 0) {
            int av = 1 - sv;
            String ageVar = margin.variables().get(av);
            List<String> groups = labels.order(ageVar, distinct(av));
            List<Double> men = new ArrayList<>();
            List<Double> women = new ArrayList<>();
            List<Double> menS = new ArrayList<>();
            List<Double> womenS = new ArrayList<>();
            for (String g : groups) {
                double pm = 0;
                double pw = 0;
                int sm = 0;
                int sw = 0;
                for (int c = 0; c < margin.cells().size(); c++) {
                    List<String> cell = margin.cells().get(c);
                    if (!cell.get(av).equals(g)) {
                        continue;
                    }
                    if (men(labels, sv, cell.get(sv))) {
                        pm += population[c];
                        sm += sample[c];
                    } else {
                        pw += population[c];
                        sw += sample[c];
                    }
                }
                men.add(pm / pt);
                women.add(pw / pt);
                menS.add(sm / (double) respondents);
                womenS.add(sw / (double) respondents);
            }
            List<String> glabels = groups.stream().map(g -> labels.value(ageVar, g)).toList();
            return Optional.of(Figure.pyramid("abb-stichprobe-" + id(), "Bevölkerung und Befragte nach "
                    + name(labels), glabels, men, women, "Bevölkerung", sampleShown ? menS : List.of(),
                    sampleShown ? womenS : List.of(), "Befragte, ungewichtet")
                    .withNote("Anteile an allen Personen der Randverteilung bzw. an allen Befragten. Die Gewichtung"
                            + " gleicht die Abweichungen der Befragten von der Bevölkerung aus."));
        }
        if (margin.variables().size() != 1 || margin.cells().size() > 16) {
            return Optional.empty();
        }
        String var = margin.variables().get(0);
        List<String> order = labels.order(var, distinct(0));
        List<String> cats = new ArrayList<>();
        List<Double> pop = new ArrayList<>();
        List<Double> smp = new ArrayList<>();
        for (String code : order) {
            int c = indexOf(code);
            cats.add(labels.value(var, code));
            pop.add(population[c] / pt);
            smp.add(sample[c] / (double) respondents);
        }
        List<Figure.Series> series = new ArrayList<>();
        series.add(Figure.Series.of("Bevölkerung", Figure.Role.REFERENCE, pop));
        if (sampleShown) {
            series.add(Figure.Series.of("Befragte, ungewichtet", Figure.Role.MUNICIPALITY, smp));
        }
        return Optional.of(Figure.groupedBars("abb-stichprobe-" + id(), "Bevölkerung und Befragte nach "
                + name(labels), cats, series, "", true, true)
                .withNote("Anteile an allen Personen der Randverteilung bzw. an allen Befragten."));
    }

    private int indexOf(String code) {
        for (int c = 0; c < margin.cells().size(); c++) {
            if (margin.cells().get(c).get(0).equals(code)) {
                return c;
            }
        }
        throw new IllegalStateException(code);
    }

    /** The margin's cells with population and sample counts and shares (small sample counts withheld). */
    Table table(SurveyLabels labels, int minCell) {
        CellSuppression<Integer> sup = suppression(minCell);
        List<Table.Column> cols = new ArrayList<>();
        for (String v : margin.variables()) {
            cols.add(Table.group("v_" + SurveyLabels.key(v), labels.variable(v)));
        }
        cols.add(Table.decimal("bevoelkerung", "Bevölkerung", 0));
        cols.add(Table.percent("bevoelkerung_pct", "Anteil in %", 1));
        cols.add(Table.integer("befragte", "Befragte (n)"));
        cols.add(Table.percent("befragte_pct", "Anteil in %", 1));
        Table.Builder t = Table.builder("anhang-stichprobe-" + id(), "Bevölkerung und Befragte nach " + name(labels))
                .columns(cols.toArray(new Table.Column[0]));
        double pt = popTotal();
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < margin.cells().size(); c++) {
            order.add(c);
        }
        List<List<String>> sortOrder = new ArrayList<>();
        for (int v = 0; v < margin.variables().size(); v++) {
            sortOrder.add(labels.order(margin.variables().get(v), distinct(v)));
        }
        order.sort((a, b) -> {
            for (int v = 0; v < margin.variables().size(); v++) {
                int x = sortOrder.get(v).indexOf(margin.cells().get(a).get(v));
                int y = sortOrder.get(v).indexOf(margin.cells().get(b).get(v));
                if (x != y) {
                    return Integer.compare(x, y);
                }
            }
            return Integer.compare(a, b);
        });
        for (int c : order) {
            List<Object> row = new ArrayList<>();
            for (int v = 0; v < margin.variables().size(); v++) {
                row.add(labels.value(margin.variables().get(v), margin.cells().get(c).get(v)));
            }
            row.add(population[c]);
            row.add(pt > 0 ? population[c] / pt : null);
            boolean shown = !sup.suppressed(c);
            row.add(shown ? (Object) sample[c] : Table.suppressed());
            row.add(!shown ? Table.suppressed() : respondents > 0 ? (Object) (sample[c] / (double) respondents) : null);
            t.row(row.toArray());
        }
        if (!sup.withheld().isEmpty()) {
            t.suppressionNote("Weniger als " + minCell + " Befragte, oder zusätzlich nicht ausgewiesen, damit sich"
                    + " eine solche Zahl nicht aus der Zahl aller Befragten errechnen lässt.");
        }
        t.note("Quelle der Bevölkerungszahlen: " + margin.source() + ".");
        return t.build();
    }
}
