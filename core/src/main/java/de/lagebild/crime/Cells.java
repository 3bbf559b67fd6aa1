package de.lagebild.crime;

import de.lagebild.internal.Numbers;
import java.util.regex.Pattern;

/**
 * Reading numbers from table cells: counts, decimals with the style of the file, and the markers
 * for "not available" and "not defined". Never uses the default locale.
 */
final class Cells {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern GROUPED_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GERMAN = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final Pattern ENGLISH = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private Cells() {
    }

    /** What a cell holds. */
    enum Kind {
        /** A number. */
        VALUE,
        /** Empty or a marker for "not available". */
        MISSING,
        /** {@code #DIV/0!}: a share of nothing, not defined. */
        UNDEFINED,
        /** Not a number: the row is damaged. */
        BAD
    }

    /**
     * A parsed cell.
     *
     * @param kind     what the cell holds
     * @param value    the number (VALUE only)
     * @param decimals the decimals shown (VALUE only; large for exact spreadsheet numbers)
     * @param reason   why it is BAD
     */
    record Parsed(Kind kind, double value, int decimals, String reason) {
        static final Parsed MISSING = new Parsed(Kind.MISSING, 0, 0, null);
        static final Parsed UNDEFINED = new Parsed(Kind.UNDEFINED, 0, 0, null);

        static Parsed value(double v, int decimals) {
            return new Parsed(Kind.VALUE, v, decimals, null);
        }

        static Parsed bad(String reason) {
            return new Parsed(Kind.BAD, 0, 0, reason);
        }

        boolean isValue() {
            return kind == Kind.VALUE;
        }

        /** Half a unit of the last decimal shown: the rounding a published value carries (at least 1e-9). */
        double halfUnit() {
            return Math.max(0.5 * Math.pow(10, -Math.min(decimals, 12)), 1e-9);
        }
    }

    /** Whether the text is a marker for "not available" in PKS and OWI tables: empty, {@code -}, en dash. */
    static boolean isMissingMarker(String t) {
        return t.isEmpty() || t.equals("-") || t.equals("\u2013") || t.equals("\u2014");
    }

    /** Whether the text is a spreadsheet's division-by-zero error. */
    static boolean isDivZero(String t) {
        return t.equalsIgnoreCase("#DIV/0!") || t.equalsIgnoreCase("#DIV/0");
    }

    private static String clean(String text) {
        return text.trim().replace("\u00A0", "").replace("\u202F", "").replace(" ", "");
    }

    /**
     * Parses a count: a whole number {@code >= 0}, with thousands separators of either style.
     *
     * @param numericCell whether the cell was a numeric spreadsheet cell
     */
    static Parsed count(String text, boolean numericCell) {
        String t = clean(text);
        if (isMissingMarker(t)) {
            return Parsed.MISSING;
        }
        if (isDivZero(t)) {
            return Parsed.bad("is a spreadsheet error where a count belongs");
        }
        double v;
        if (numericCell || DIGITS.matcher(t).matches()) {
            v = Numbers.parsePlain(t);
        } else if (GROUPED_COMMA.matcher(t).matches() || GROUPED_DOT.matcher(t).matches()) {
            v = Numbers.parsePlain(t.replace(",", "").replace(".", ""));
        } else {
            double d = Numbers.parseGerman(t, false);
            if (!Double.isNaN(d) || !Double.isNaN(Numbers.parseEnglish(t))) {
                return Parsed.bad("is not a whole number");
            }
            return Parsed.bad("is not a number");
        }
        if (Double.isNaN(v)) {
            return Parsed.bad("is not a number");
        }
        if (v < 0) {
            return Parsed.bad("is negative; a count cannot be");
        }
        if (v != Math.rint(v)) {
            return Parsed.bad("is not a whole number");
        }
        if (v > 9.0e15) {
            return Parsed.bad("is too large for a count");
        }
        return Parsed.value(v, 0);
    }

    /**
     * Parses a decimal number (HZ, AQ, a share) in the given style; {@code #DIV/0!} is UNDEFINED.
     *
     * @param style GERMAN or ENGLISH (AUTO must have been resolved)
     */
    static Parsed decimal(String text, boolean numericCell, NumberStyle style) {
        String t = clean(text);
        if (isMissingMarker(t)) {
            return Parsed.MISSING;
        }
        if (isDivZero(t)) {
            return Parsed.UNDEFINED;
        }
        if (numericCell) {
            double v = Numbers.parsePlain(t);
            if (Double.isNaN(v)) {
                return Parsed.bad("is not a number");
            }
            int dot = t.indexOf('.');
            return Parsed.value(v, dot < 0 ? 0 : Math.max(12, t.length() - dot - 1));
        }
        if (style == NumberStyle.GERMAN) {
            if (!GERMAN.matcher(t).matches()) {
                return Parsed.bad(ENGLISH.matcher(t).matches()
                        ? "is written in English number style, but this file uses German style (61,3)"
                        : "is not a number");
            }
            int comma = t.indexOf(',');
            double v = Numbers.parsePlain(t.replace(".", "").replace(',', '.'));
            return Parsed.value(v, comma < 0 ? 0 : t.length() - comma - 1);
        }
        if (!ENGLISH.matcher(t).matches()) {
            return Parsed.bad(GERMAN.matcher(t).matches()
                    ? "is written in German number style, but this file uses English style (61.3)"
                    : "is not a number");
        }
        int dot = t.indexOf('.');
        double v = Numbers.parsePlain(t.replace(",", ""));
        return Parsed.value(v, dot < 0 ? 0 : t.length() - dot - 1);
    }

    /**
     * Evidence a cell gives about the number style: +1 English, -1 German, 0 none.
     *
     * @param countColumn whether the cell is in a count column (where any separator groups thousands)
     */
    static int styleEvidence(String text, boolean countColumn) {
        String t = clean(text);
        if (t.isEmpty()) {
            return 0;
        }
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            return dot > comma ? 1 : -1;
        }
        if (countColumn) {
            if (GROUPED_COMMA.matcher(t).matches()) {
                return 1;
            }
            if (GROUPED_DOT.matcher(t).matches()) {
                return -1;
            }
            return 0;
        }
        if (comma >= 0) {
            if (t.indexOf(',') != comma) {
                return 1; // 1,234,567
            }
            int after = t.length() - comma - 1;
            return after == 3 ? 0 : (AreaKeys.allDigits(t.substring(comma + 1)) ? -1 : 0);
        }
        if (dot >= 0) {
            if (t.indexOf('.') != dot) {
                return -1; // 1.234.567
            }
            int after = t.length() - dot - 1;
            return after == 3 ? 0 : (AreaKeys.allDigits(t.substring(dot + 1)) ? 1 : 0);
        }
        return 0;
    }
}
