package de.lagebild.internal;

import java.util.Locale;

/** Number parsing for configuration files. */
final class Numbers2 {
    private Numbers2() {
    }

    /** Parses a YAML number: plain decimals and exponents, {@code .inf}, {@code -.inf}; NaN otherwise. */
    static double parseConfigNumber(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case ".inf", "+.inf", "inf", "+inf", "infinity":
                return Double.POSITIVE_INFINITY;
            case "-.inf", "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                return Numbers.parsePlain(t.replace("_", ""));
        }
    }
}
