package de.lagebild.crime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard categories of Ordnungswidrigkeiten, following the Saxon Polizeiverordnungen, and the
 * spellings recognised for them (see docs/data-formats-crime.md).
 */
public final class OwiCategories {
    /** Verunreinigung (Notdurft, Verschmutzung). */
    public static final String VERUNREINIGUNG = "Verunreinigung";
    /** Plakatieren/Bemalen (wildes Plakatieren, Graffiti). */
    public static final String PLAKATIEREN = "Plakatieren/Bemalen";
    /** Lärm/Nachtruhe. */
    public static final String LAERM = "Lärm/Nachtruhe";
    /** Tiere (Hunde, Leinenpflicht, Tauben). */
    public static final String TIERE = "Tiere";
    /** Abfall. */
    public static final String ABFALL = "Abfall";
    /** Alkohol (Alkoholverbot). */
    public static final String ALKOHOL = "Alkohol";
    /** Betteln. */
    public static final String BETTELN = "Betteln";
    /** Lagern/Nächtigen. */
    public static final String LAGERN = "Lagern/Nächtigen";
    /** Feuer. */
    public static final String FEUER = "Feuer";
    /** Sonstiges. */
    public static final String SONSTIGES = "Sonstiges";

    private static final Map<String, String> SYNONYMS = new LinkedHashMap<>();

    static {
        add(VERUNREINIGUNG, "Verunreinigung", "Verunreinigungen", "Verschmutzung", "Notdurft", "Verrichten der Notdurft",
                "Urinieren", "Wildpinkeln");
        add(PLAKATIEREN, "Plakatieren/Bemalen", "Plakatieren", "wildes Plakatieren", "Bemalen", "Besprühen",
                "Beschriften", "Graffiti", "Plakatieren, Bemalen", "Bemalen/Besprühen");
        add(LAERM, "Lärm/Nachtruhe", "Lärm", "Nachtruhe", "Ruhestörung", "Lärmbelästigung", "Störung der Nachtruhe");
        add(TIERE, "Tiere", "Tierhaltung", "Hunde", "Hundekot", "Leinenpflicht", "Leinenzwang", "Füttern von Tauben",
                "Taubenfüttern", "Tauben füttern", "Hundehaltung");
        add(ABFALL, "Abfall", "Abfälle", "Müll", "Abfallablagerung", "illegale Müllablagerung",
                "illegale Abfallablagerung", "Wegwerfen von Abfall", "Müllablagerung");
        add(ALKOHOL, "Alkohol", "Alkoholverbot", "Alkoholkonsum", "Alkoholkonsumverbot");
        add(BETTELN, "Betteln", "aggressives Betteln", "Bettelei");
        add(LAGERN, "Lagern/Nächtigen", "Lagern", "Nächtigen", "Campieren", "Lagern und Nächtigen");
        add(FEUER, "Feuer", "offenes Feuer", "Grillen");
        add(SONSTIGES, "Sonstiges", "Sonstige", "Andere", "Übrige");
    }

    private OwiCategories() {
    }

    private static void add(String category, String... spellings) {
        for (String s : spellings) {
            SYNONYMS.put(Names.normalize(s), category);
        }
    }

    /**
     * The standard categories, in a fixed order.
     *
     * @return the ten standard categories, {@link #SONSTIGES} last
     */
    public static List<String> standard() {
        return List.of(VERUNREINIGUNG, PLAKATIEREN, LAERM, TIERE, ABFALL, ALKOHOL, BETTELN, LAGERN, FEUER, SONSTIGES);
    }

    /**
     * The category a file's spelling stands for: the user's mapping first (matched ignoring case
     * and umlaut spelling), then the recognised spellings, otherwise the text as written (trimmed).
     *
     * @param raw         the category as the file writes it
     * @param userMapping the project's {@code categories} mapping, from a file's spelling to the
     *                    category used; may be empty
     * @return the category to count the row under
     */
    public static String canonical(String raw, Map<String, String> userMapping) {
        String n = Names.normalize(raw);
        for (Map.Entry<String, String> e : userMapping.entrySet()) {
            if (Names.normalize(e.getKey()).equals(n)) {
                return e.getValue().trim();
            }
        }
        String s = SYNONYMS.get(n);
        return s != null ? s : raw.trim();
    }

    /**
     * Whether the category is one of the standard ones.
     *
     * @param category a category as returned by {@link #canonical}
     * @return true when it is one of {@link #standard()} (exact spelling)
     */
    public static boolean isStandard(String category) {
        return standard().contains(category);
    }
}
