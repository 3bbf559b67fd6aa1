package de.lagebild.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * German number and date formats for the PDF ({@code 1.234,5}, {@code 51,9 %}, {@code 30.06.2025}),
 * never depending on the default locale. Rounding is half up on the exact value, and the CSV
 * tables use the same rounded {@link BigDecimal} ({@link #round}), so that a figure in the PDF and
 * in its CSV are the same number.
 */
final class Fmt {
    private Fmt() {
    }

    /** No-break space, between a number and its unit. */
    static final String NBSP = "\u00A0";
    /** En dash: ranges (49–54 %) and the mark of a suppressed cell. */
    static final String DASH = "\u2013";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);

    /** The value rounded half up to {@code decimals} places. */
    static BigDecimal round(double x, int decimals) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        BigDecimal r = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_UP);
        return r.signum() == 0 ? r.abs() : r; // no "-0,0"
    }

    /** German digits: {@code .} groups thousands (from 10.000 on, and 1.234 too), {@code ,} is the decimal point. */
    static String german(BigDecimal r) {
        String plain = r.abs().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        if (r.signum() < 0) {
            sb.append('-');
        }
        int len = intPart.length();
        for (int i = 0; i < len; i++) {
            sb.append(intPart.charAt(i));
            int rest = len - 1 - i;
            if (rest > 0 && rest % 3 == 0) {
                sb.append('.');
            }
        }
        if (!frac.isEmpty()) {
            sb.append(',').append(frac);
        }
        return sb.toString();
    }

    /** A number with a fixed number of decimals: {@code 1.234,5}. */
    static String number(double x, int decimals) {
        return german(round(x, decimals));
    }

    /** A count: {@code 1.500}. */
    static String integer(long x) {
        return german(BigDecimal.valueOf(x));
    }

    /** A share (0..1) as percent: {@code 51,9 %}. */
    static String percent(double share, int decimals) {
        return number(share * 100, decimals) + NBSP + "%";
    }

    /** A percent range without repeating the unit: {@code 49–54 %}. */
    static String percentRange(double lowShare, double highShare, int decimals) {
        return number(lowShare * 100, decimals) + DASH + number(highShare * 100, decimals) + NBSP + "%";
    }

    /** A range of plain numbers: {@code 2,6–2,7}. */
    static String range(double low, double high, int decimals) {
        return number(low, decimals) + DASH + number(high, decimals);
    }

    /** A p-value as printed: {@code < 0,001} or {@code 0,034}. */
    static String pValue(double p) {
        return p < 0.001 ? "<" + NBSP + "0,001" : number(p, 3);
    }

    /** The same p-value in a CSV table: {@code <0.001} or {@code 0.034}. */
    static String pValuePlain(double p) {
        return p < 0.001 ? "<0.001" : round(p, 3).toPlainString();
    }

    /** A date: {@code 30.06.2025}. */
    static String date(LocalDate d) {
        return DATE.format(d);
    }

    /** The confidence level as in {@code 95-%-KI}. */
    static String level(double level) {
        BigDecimal pct = round(level * 100, 1).stripTrailingZeros();
        return german(pct.scale() < 0 ? pct.setScale(0) : pct);
    }
}
