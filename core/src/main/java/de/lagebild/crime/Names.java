package de.lagebild.crime;

import java.util.Locale;

/** Normalises header names and labels for matching: case, umlauts, punctuation and spacing ignored. */
final class Names {
    private Names() {
    }

    /**
     * The normalised form of a name: lower case, {@code ä ö ü ß} spelled {@code ae oe ue ss}, every
     * run of other characters than letters and digits one space, {@code %} spelled {@code prozent}.
     * {@code "Anzahl erfasste Fälle"} and {@code "Anzahl_erfasste_Faelle"} both give
     * {@code "anzahl erfasste faelle"}.
     */
    static String normalize(String name) {
        String s = name.replace("\uFEFF", "").toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("%", " prozent ");
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    /** Whether the normalised name contains the word (or word start) {@code w}. */
    static boolean hasWord(String normalized, String w) {
        for (String part : normalized.split(" ")) {
            if (part.startsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
