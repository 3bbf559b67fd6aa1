package de.lagebild.project;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into safe file names. */
public final class Slugs {
    private Slugs() {
    }

    /**
     * A file-name-safe form of a name: German umlauts and ß transliterated (ä to ae), other accents
     * dropped, everything but ASCII letters and digits turned into single dashes, lower case, at
     * most 60 characters; "unnamed" when nothing is left. The result can never contain a path
     * separator or {@code ..}.
     *
     * @param name a name as written by a user, such as a municipality's name; must not be null
     * @return the slug, such as {@code bad-muenster} for "Bad Münster"; never empty
     */
    public static String of(String name) {
        String s = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
                .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "unnamed" : s;
    }
}
