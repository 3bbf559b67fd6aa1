package de.lagebild.report;

import de.lagebild.crime.CrimeResult.BenchmarkRatio;
import de.lagebild.crime.CrimeResult.Trend;
import de.lagebild.crime.RateComparison;
import de.lagebild.project.Area;
import java.util.Locale;

/** German phrases of the official-statistics chapters: places, changes, tests worded neutrally. */
final class CrimeText {
    /** Tests are called statistisch gesichert below this p-value. */
    static final double ALPHA = 0.05;

    private CrimeText() {
    }

    /** "im Landkreis Zwickau", "in Sachsen", "im Erzgebirgskreis", "in der Stadt Leipzig". */
    static String in(Area a) {
        return in(a.name());
    }

    static String in(String name) {
        String n = name.trim();
        String l = n.toLowerCase(Locale.GERMANY);
        if (l.startsWith("landkreis ") || l.startsWith("kreis ") || l.startsWith("freistaat ")
                || l.startsWith("regierungsbezirk ") || l.startsWith("bezirk ") || l.endsWith("kreis")
                || l.startsWith("land ")) {
            return "im " + n;
        }
        if (l.startsWith("stadt ") || l.startsWith("landeshauptstadt ") || l.startsWith("hansestadt ")
                || l.startsWith("region ") || l.startsWith("gemeinde ") || l.startsWith("universitätsstadt ")) {
            return "in der " + n;
        }
        return "in " + n;
    }

    /**
     * A CSV column key for a named column: the prefix and the name's slug ("hz_landkreis_zwickau"),
     * made unique among the keys used so far.
     */
    static String key(String prefix, String name, java.util.Set<String> used) {
        String k = prefix + SurveyLabels.key(name);
        String out = k;
        for (int i = 2; !used.add(out); i++) {
            out = k + "_" + i;
        }
        return out;
    }

    /** "zum Landkreis Zwickau", "zu Sachsen", "zur Stadt Leipzig". */
    static String zu(Area a) {
        String in = in(a);
        if (in.startsWith("im ")) {
            return "zum " + in.substring(3);
        }
        if (in.startsWith("in der ")) {
            return "zur " + in.substring(7);
        }
        return "zu " + a.name().trim();
    }

    /** A change in per cent with its sign: "+3,2 %", "-0,9 %". */
    static String change(double pct) {
        String s = Fmt.number(pct, 1);
        return (s.startsWith("-") || s.equals("0,0") ? s : "+" + s) + Fmt.NBSP + "%";
    }

    /** "p = 0,034" or "p < 0,001". */
    static String p(double p) {
        return "p" + Fmt.NBSP + (p < 0.001 ? "" : "=" + Fmt.NBSP) + Fmt.pValue(p);
    }

    static boolean significant(RateComparison c) {
        return c.pValue().isPresent() && c.pValue().getAsDouble() < ALPHA;
    }

    /** "gesichert" or "nicht gesichert" for a table column. */
    static String verdict(RateComparison c) {
        return c.pValue().isEmpty() ? "" : significant(c) ? "gesichert" : "nicht gesichert";
    }

    /**
     * How the rate changed: "stieg von 2020 bis 2024 um 9,6 % (statistisch gesichert, p = 0,012)" or
     * "veränderte sich von 2020 bis 2024 um +9,6 %; die Veränderung ist statistisch nicht gesichert
     * (p = 0,446)". The subject ("die HZ") is the caller's.
     */
    static String trend(Trend t) {
        return trend(t, "", true);
    }

    /**
     * The same with a subject after the verb ("stieg die HZ um 3,1 %", for a sentence that starts
     * with an adverbial) and with or without the years.
     */
    static String trend(Trend t, String subject, boolean span) {
        RateComparison c = t.comparison();
        String subj = subject.isEmpty() ? "" : subject + " ";
        String years = span ? "von " + t.fromYear() + " bis " + t.toYear() + " " : "";
        if (c.changePercent().isEmpty() || c.pValue().isEmpty()) {
            return "lässt sich " + subj + years + "nicht vergleichen";
        }
        double ch = c.changePercent().getAsDouble();
        double pv = c.pValue().getAsDouble();
        if (pv < ALPHA) {
            return (ch > 0 ? "stieg " : "sank ") + subj + years + "um " + Fmt.number(Math.abs(ch), 1) + Fmt.NBSP
                    + "% (statistisch gesichert, " + p(pv) + ")";
        }
        return "veränderte sich " + subj + years + "um " + change(ch) + "; die Veränderung ist statistisch nicht"
                + " gesichert (" + p(pv) + ")";
    }

    /** A short trend for a key finding: "+9,6 %, statistisch gesichert" or "+9,6 %, nicht gesichert". */
    static String trendShort(Trend t) {
        RateComparison c = t.comparison();
        if (c.changePercent().isEmpty() || c.pValue().isEmpty()) {
            return "nicht vergleichbar";
        }
        return change(c.changePercent().getAsDouble()) + (significant(c) ? ", statistisch gesichert"
                : ", statistisch nicht gesichert");
    }

    /**
     * The municipality's HZ against a benchmark's: "liegt um 21 % über der HZ im Landkreis Zwickau
     * (4.600; Verhältnis 1,21, 95-%-KI 1,14–1,29; statistisch gesichert, p < 0,001)".
     */
    static String ratio(BenchmarkRatio b, Area bench, double level) {
        if (b.ratio().isEmpty() || b.benchmarkHz().isEmpty()) {
            return "lässt sich mit der HZ " + in(bench) + " nicht vergleichen";
        }
        double r = b.ratio().getAsDouble();
        double pct = Math.abs(r - 1) * 100;
        String rel = Fmt.number(pct, 0).equals("0") ? "entspricht etwa der HZ " + in(bench)
                : "liegt um " + Fmt.number(pct, 0) + Fmt.NBSP + "% " + (r > 1 ? "über" : "unter") + " der HZ "
                        + in(bench);
        StringBuilder sb = new StringBuilder(rel);
        sb.append(" (").append(Fmt.number(b.benchmarkHz().getAsDouble(), 0)).append("; Verhältnis ")
                .append(Fmt.number(r, 2));
        if (b.ciLow().isPresent() && b.ciHigh().isPresent()) {
            sb.append(", ").append(Fmt.level(level)).append("-%-KI ")
                    .append(Fmt.range(b.ciLow().getAsDouble(), b.ciHigh().getAsDouble(), 2));
        }
        if (b.pValue().isPresent()) {
            double pv = b.pValue().getAsDouble();
            sb.append(pv < ALPHA ? "; Unterschied statistisch gesichert, " : "; Unterschied statistisch nicht"
                    + " gesichert, ").append(p(pv));
        }
        return sb.append(")").toString();
    }
}
