package de.lagebild.survey;

import de.lagebild.internal.Numbers;
import java.util.Collection;

/** How codes are compared: equal text after trimming, or equal numbers ({@code 1} matches {@code 1.0}). */
final class Codes {
    private Codes() {
    }

    static boolean same(String a, String b) {
        String x = a.trim();
        String y = b.trim();
        if (x.equals(y)) {
            return true;
        }
        double dx = Numbers.parsePlain(x);
        if (Double.isNaN(dx)) {
            return false;
        }
        double dy = Numbers.parsePlain(y);
        return dx == dy;
    }

    static boolean in(String code, Collection<String> set) {
        for (String s : set) {
            if (same(code, s)) {
                return true;
            }
        }
        return false;
    }
}
