package de.lagebild.internal;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Number parsing and formatting that never depends on the default locale.
 *
 * <p>Machine-readable output ({@link #format(double)}) uses {@code .} as the decimal point and the
 * shortest digits that read back as the same double.
 */
public final class Numbers {
    private Numbers() {
    }

    /**
     * Parses a plain decimal number with {@code .} as the decimal point (as in CSV files written by
     * programs), also accepting a leading {@code +} and exponents. Returns NaN when the text is not
     * such a number. Blank text is NaN.
     *
     * @param text the text of a cell; surrounding white space is ignored
     * @return the number, or NaN when the text is blank or not a plain number (hexadecimal,
     *         {@code NaN}, {@code Infinity}, grouped digits and decimal commas are all NaN)
     */
    public static double parsePlain(String text) {
        String t = text.trim();
        if (t.isEmpty() || !looksNumeric(t)) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Whether the text consists only of characters a plain number can have (no hex, no NaN, no
     * Infinity), with a sign only at the start or after the exponent's e: codes such as
     * {@code 16-29} are rejected here rather than by an exception of the parser, which made reading
     * categories slow.
     */
    private static boolean looksNumeric(String t) {
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '-' || c == '+') {
                if (i > 0 && t.charAt(i - 1) != 'e' && t.charAt(i - 1) != 'E') {
                    return false;
                }
            } else if (c != '.' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digit;
    }

    /**
     * Parses a number written in German style ({@code 1.234,5}: {@code .} groups thousands,
     * {@code ,} is the decimal point) or plain ({@code 1234.5}) where unambiguous. Returns NaN when
     * the text is not a number.
     *
     * <p>Rules: with both {@code .} and {@code ,}, the last one is the decimal point and the other
     * must group thousands in threes. With several {@code ,} and no {@code .}, they group thousands
     * (English, in threes). A single {@code ,} is the decimal point. With only {@code .}: one dot followed by exactly three
     * digits in an integer-looking number ({@code 1.234}) is a thousands separator only when
     * {@code groupingDotMeansThousands} is set; otherwise it is a decimal point.
     *
     * @param text                      the text of a cell; surrounding white space, spaces and
     *                                  no-break spaces are ignored
     * @param groupingDotMeansThousands whether a lone dot before exactly three digits
     *                                  ({@code 1.234}) groups thousands (1234) rather than being a
     *                                  decimal point (1.234)
     * @return the number, or NaN when the text is blank or not a number by these rules
     */
    public static double parseGerman(String text, boolean groupingDotMeansThousands) {
        String t = text.trim().replace("\u00A0", "").replace(" ", "");
        if (t.isEmpty()) {
            return Double.NaN;
        }
        int lastDot = t.lastIndexOf('.');
        int lastComma = t.lastIndexOf(',');
        String plain;
        if (lastDot >= 0 && lastComma >= 0) {
            // the grouping separators must stand between groups of three digits (1.23,4 is no number)
            if (lastComma > lastDot) {
                if (!t.matches("[+-]?\\d{1,3}(\\.\\d{3})+,\\d*")) {
                    return Double.NaN;
                }
                plain = t.replace(".", "").replace(',', '.');
            } else {
                if (!t.matches("[+-]?\\d{1,3}(,\\d{3})+\\.\\d*")) {
                    return Double.NaN;
                }
                plain = t.replace(",", "");
            }
        } else if (lastComma >= 0) {
            if (t.indexOf(',') != lastComma) {
                if (!t.matches("[+-]?\\d{1,3}(,\\d{3})+")) {
                    return Double.NaN; // 1,2,3 is no number
                }
                plain = t.replace(",", ""); // 1,234,567 is English grouping
            } else {
                plain = t.replace(',', '.');
            }
        } else if (lastDot >= 0 && groupingDotMeansThousands && t.matches("[+-]?\\d{1,3}(\\.\\d{3})+")) {
            plain = t.replace(".", "");
        } else {
            plain = t;
        }
        return parsePlain(plain);
    }

    /**
     * Parses a number written in English style ({@code 9,677}, {@code 7.9}): {@code ,} groups
     * thousands (only in groups of three) and {@code .} is the decimal point. NaN when not a number.
     *
     * @param text the text of a cell; surrounding white space is ignored
     * @return the number, or NaN when the text is blank or not a number
     */
    public static double parseEnglish(String text) {
        String t = text.trim();
        if (t.indexOf(',') >= 0) {
            if (!t.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
                return Double.NaN;
            }
            t = t.replace(",", "");
        }
        return parsePlain(t);
    }

    /**
     * Formats a double for machine-readable output: {@code .} decimal point, the shortest digits that
     * round-trip, no exponent for magnitudes between 1e-4 and 1e15, integers without a fraction.
     * NaN and infinities give the empty string.
     *
     * @param x the number
     * @return the digits, such as {@code 3}, {@code 0.1} or {@code 1.5e-7}; empty for NaN and infinities
     */
    public static String format(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String s = Double.toString(x);
        double ax = Math.abs(x);
        if (ax >= 1e-4 && ax < 1e15 && (s.indexOf('E') >= 0)) {
            s = new BigDecimal(s).stripTrailingZeros().toPlainString();
        } else if (s.indexOf('E') >= 0) {
            s = s.replace("E", "e");
        }
        return s;
    }

    /**
     * Formats an integer count for machine-readable output.
     *
     * @param x the count
     * @return its decimal digits, with a leading {@code -} when negative
     */
    public static String format(long x) {
        return Long.toString(x);
    }

    /**
     * Formats with a fixed number of decimals and {@code .} as decimal point (for human-facing CSV).
     *
     * @param x        the number
     * @param decimals the number of digits after the decimal point; 0 for none
     * @return the rounded number (half-up), or the empty string for NaN and infinities
     */
    public static String fixed(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return "";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }
}
