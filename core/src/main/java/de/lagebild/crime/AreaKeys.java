package de.lagebild.crime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Official area keys: {@code DG} Germany, 2 digits a Land, 3 a Regierungsbezirk, 5 a Kreis, 8 a
 * Gemeinde (AGS). Keys that lost their leading zero ({@code 1001} for {@code 01001}) get it back; a
 * 12-digit ARS is reduced to the 8-digit AGS (Land, Regierungsbezirk and Kreis, then the last three
 * digits, the Gemeinde within the Kreis); Länder may be given by name.
 */
final class AreaKeys {
    /** Germany. */
    static final String GERMANY = "DG";

    private static final Map<String, String> LAENDER = new LinkedHashMap<>();

    static {
        String[][] l = {{"01", "Schleswig-Holstein"}, {"02", "Hamburg"}, {"03", "Niedersachsen"}, {"04", "Bremen"},
            {"05", "Nordrhein-Westfalen"}, {"06", "Hessen"}, {"07", "Rheinland-Pfalz"}, {"08", "Baden-Württemberg"},
            {"09", "Bayern"}, {"10", "Saarland"}, {"11", "Berlin"}, {"12", "Brandenburg"},
            {"13", "Mecklenburg-Vorpommern"}, {"14", "Sachsen"}, {"15", "Sachsen-Anhalt"}, {"16", "Thüringen"}};
        for (String[] e : l) {
            LAENDER.put(Names.normalize(e[1]), e[0]);
        }
        LAENDER.put(Names.normalize("Freistaat Sachsen"), "14");
        LAENDER.put(Names.normalize("Freistaat Bayern"), "09");
        LAENDER.put(Names.normalize("Freistaat Thüringen"), "16");
    }

    private AreaKeys() {
    }

    /**
     * The normalised key of a key as written, or empty when the text is no key. Names of Länder
     * and of Germany are accepted.
     */
    static Optional<String> normalize(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.equalsIgnoreCase("DG")) {
            return Optional.of(GERMANY);
        }
        if (allDigits(t)) {
            switch (t.length()) {
                case 1, 4, 7, 11:
                    t = "0" + t;
                    break;
                default:
                    break;
            }
            switch (t.length()) {
                case 2, 3, 5, 8:
                    return Optional.of(t);
                case 12:
                    return Optional.of(t.substring(0, 5) + t.substring(9));
                default:
                    return Optional.empty();
            }
        }
        String n = Names.normalize(t);
        if (n.equals("deutschland") || n.equals("bundesgebiet") || n.equals("bundesrepublik deutschland")
                || n.equals("bund")) {
            return Optional.of(GERMANY);
        }
        return Optional.ofNullable(LAENDER.get(n));
    }

    static boolean allDigits(String t) {
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code part} lies within {@code whole} (Germany contains everything). */
    static boolean contains(String whole, String part) {
        if (whole.equals(part)) {
            return false;
        }
        if (whole.equals(GERMANY)) {
            return !part.equals(GERMANY);
        }
        return part.length() > whole.length() && part.startsWith(whole) && !part.equals(GERMANY);
    }
}
