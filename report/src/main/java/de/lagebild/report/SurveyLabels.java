package de.lagebild.report;

import de.lagebild.internal.Numbers;
import de.lagebild.project.IndicatorSpec;
import de.lagebild.project.Slugs;
import de.lagebild.survey.Codebook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Labels of survey variables, values and indicators for the report: the indicator's {@code label},
 * else the codebook's variable label, else the name. Respondent ids and free-text variables are
 * never labelled into a report: {@link #printable} tells the chapters to leave them out.
 */
final class SurveyLabels {
    private final Codebook codebook;
    private final java.util.Map<String, String> recodedFrom;

    SurveyLabels(Codebook codebook) {
        this(codebook, java.util.Map.of());
    }

    /**
     * Labels with the survey's recodes: a recoded variable without a label of its own is named by the
     * variable it is recoded from ({@code sex_cal} from {@code sex}: "Geschlecht").
     */
    SurveyLabels(Codebook codebook, java.util.Map<String, String> recodedFrom) {
        this.codebook = codebook;
        this.recodedFrom = java.util.Map.copyOf(recodedFrom);
    }

    /** The labels of a survey run: its codebook and its recodes. */
    static SurveyLabels of(de.lagebild.survey.SurveyRun run) {
        java.util.Map<String, String> from = new java.util.LinkedHashMap<>();
        run.spec().recodes().forEach(r -> from.put(r.name(), r.from()));
        return new SurveyLabels(run.weighted().data().codebook(), from);
    }

    Codebook codebook() {
        return codebook;
    }

    /** The indicator's label as written (may start lower case, as a predicate to "x % der Befragten"). */
    String raw(IndicatorSpec ind) {
        if (!ind.label().isBlank() && !ind.label().equals(ind.name())) {
            return ind.label().trim();
        }
        String v = codebook.label(ind.variable());
        return v.equals(ind.variable()) ? ind.name() : v;
    }

    /** The indicator's label for tables and headings: first letter upper case (a bare name stays as it is). */
    String indicator(IndicatorSpec ind) {
        String r = raw(ind);
        return r.equals(ind.name()) ? r : capital(r);
    }

    /** Whether the label is a predicate ("fühlen sich nachts sicher"): written lower case. */
    boolean predicate(IndicatorSpec ind) {
        String r = raw(ind);
        return !r.isEmpty() && Character.isLowerCase(r.charAt(0)) && !r.equals(ind.name());
    }

    /**
     * A variable's label for headings, captions and sentences: the codebook's label without a
     * trailing remark in parentheses ("Ortsteil (aus dem Melderegister)" is "Ortsteil"); a recode
     * without a label takes its source's; a bare name stays as it is.
     */
    String variable(String name) {
        String l = codebook.label(name);
        if (l.equals(name) && recodedFrom.containsKey(name) && !recodedFrom.get(name).equals(name)) {
            return variable(recodedFrom.get(name));
        }
        return l.equals(name) ? l : capital(stripRemark(l));
    }

    /** A variable's full label, with any remark in parentheses. */
    String fullVariable(String name) {
        String l = codebook.label(name);
        if (l.equals(name) && recodedFrom.containsKey(name) && !recodedFrom.get(name).equals(name)) {
            return fullVariable(recodedFrom.get(name));
        }
        return l.equals(name) ? l : capital(l);
    }

    /** A value's label without a trailing remark in parentheses, for column headers. */
    String shortValue(String variable, String code) {
        return stripRemark(value(variable, code));
    }

    /** "Altstadt (Innenstadt)" to "Altstadt"; a label that is only a remark stays. */
    static String stripRemark(String label) {
        String t = label.trim();
        if (t.endsWith(")")) {
            int open = t.lastIndexOf(" (");
            if (open > 0) {
                return t.substring(0, open).trim();
            }
        }
        return t;
    }

    /** The question text of a variable when the codebook has one (a label ending in "?"). */
    Optional<String> question(String variable) {
        return codebook.variable(variable).map(Codebook.Variable::label).filter(l -> l.trim().endsWith("?"));
    }

    /** A value's label; a recode without labels of its own takes its source's label of the same code. */
    String value(String variable, String code) {
        String l = codebook.valueLabel(variable, code);
        String from = recodedFrom.get(variable);
        if (l.equals(code) && from != null && !from.equals(variable) && codebook.variable(variable).isEmpty()) {
            return value(from, code);
        }
        return l;
    }

    /** Whether a variable may appear in a report (not an id, not free text). */
    boolean printable(String variable) {
        return codebook.variable(variable).map(v -> v.type() != Codebook.Type.ID && v.type() != Codebook.Type.TEXT)
                .orElse(true);
    }

    /** Whether the codebook orders the values of a variable. */
    boolean ordered(String variable) {
        return codebook.variable(variable).map(v -> !v.values().isEmpty()).orElse(false);
    }

    /** Codes in display order: the codebook's order, else natural order (numbers by value, 16-24 before 25-34). */
    List<String> order(String variable, List<String> codes) {
        List<String> out = new ArrayList<>(codes);
        if (ordered(variable)) {
            List<String> book = new ArrayList<>(codebook.variable(variable).orElseThrow().values().keySet());
            out.sort(Comparator.comparingInt(c -> {
                for (int i = 0; i < book.size(); i++) {
                    if (same(book.get(i), c)) {
                        return i;
                    }
                }
                return Integer.MAX_VALUE;
            }));
            return out;
        }
        out.sort(SurveyLabels::natural);
        return out;
    }

    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        double x = Numbers.parsePlain(a);
        double y = Numbers.parsePlain(b);
        return !Double.isNaN(x) && x == y;
    }

    /** Natural order: leading numbers by value, then text. */
    static int natural(String a, String b) {
        double x = leading(a);
        double y = leading(b);
        if (!Double.isNaN(x) && !Double.isNaN(y) && x != y) {
            return Double.compare(x, y);
        }
        if (!Double.isNaN(x) && Double.isNaN(y)) {
            return -1;
        }
        if (Double.isNaN(x) && !Double.isNaN(y)) {
            return 1;
        }
        return a.compareTo(b);
    }

    private static double leading(String s) {
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        return i == 0 ? Double.NaN : Numbers.parsePlain(s.substring(0, i));
    }

    static String capital(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.GERMANY) + s.substring(1);
    }

    /** An id fragment from a name: {@code safe_night} to {@code safe-night}. */
    static String slug(String name) {
        return Slugs.of(name);
    }

    /** A CSV key fragment from a name: {@code 16-24} to {@code 16_24}. */
    static String key(String name) {
        return Slugs.of(name).replace('-', '_');
    }

    /** "a", "a und b", "a, b und c". */
    static String and(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " und " + items.get(items.size() - 1);
    }

    /** "a", "a oder b", "a, b oder c". */
    static String or(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " oder " + items.get(items.size() - 1);
    }

    /** German quotation marks. */
    static String quote(String s) {
        return "\u201E" + s + "\u201C";
    }
}
