package de.lagebild.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting for the generated files, by hand rather than with {@code DecimalFormat}: the
 * output must not depend on the default locale nor on the JDK's locale data. German style
 * ({@code 1.874}, {@code 58,3}) for the municipality's own exports, the BKA's English style
 * ({@code 13,545}, {@code 60.3}) for the BKA tables, plain ({@code 19.2943}) for machine-readable
 * CSV.
 */
final class Fmt {
    private Fmt() {
    }

    /** A count with a thousands separator: {@code grouped(13545, ',')} is {@code 13,545}. */
    static String grouped(long n, char separator) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            sb.append(separator).append(digits, i, i + 3);
        }
        return n < 0 ? "-" + sb : sb.toString();
    }

    /** German count: {@code 1.874}. */
    static String de(long n) {
        return grouped(n, '.');
    }

    /** BKA count: {@code 13,545}. */
    static String bka(long n) {
        return grouped(n, ',');
    }

    /** {@code part / whole x 100} rounded half up to one decimal (the BKA's shares and AQ). */
    static BigDecimal percent1(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** {@code cases x 100,000 / population} rounded half up to a whole number (the BKA's HZ). */
    static long hz(long cases, long population) {
        return BigDecimal.valueOf(cases).multiply(BigDecimal.valueOf(100_000))
                .divide(BigDecimal.valueOf(population), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * A share as the BKA's CSV tables print it: one decimal, but none when it is zero
     * ({@code 60.3}, {@code 60}, {@code 0}, {@code 100}); {@code #DIV/0!} when the whole is 0.
     */
    static String bkaShare(long part, long whole) {
        if (whole == 0) {
            return "#DIV/0!";
        }
        return percent1(part, whole).stripTrailingZeros().toPlainString();
    }

    /** A share in German style with one decimal: {@code 58,3}, {@code 60,0}; empty when the whole is 0. */
    static String deShare(long part, long whole) {
        if (whole == 0) {
            return "";
        }
        return percent1(part, whole).toPlainString().replace('.', ',');
    }

    /** A plain decimal with at most {@code scale} decimals, trailing zeros removed: {@code 19.2943143813}. */
    static String plain(double x, int scale) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        BigDecimal b = new BigDecimal(x).setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }
}
