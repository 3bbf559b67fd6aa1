package de.lagebild.samples;

import java.util.List;

/**
 * A Saxon Kreis: its key and names, and the assumed population trend used for the years the BKA
 * extract does not cover.
 *
 * @param ags          the 5-digit Kreis key
 * @param name         the name used in project files ({@code Landkreis Zwickau})
 * @param genesisName  the name as the statistical offices write it ({@code Zwickau, Landkreis})
 * @param city         whether it is a kreisfreie Stadt (younger age structure)
 * @param trend        assumed annual population change 2019-2024
 */
record Kreis(String ags, String name, String genesisName, boolean city, double trend) {

    /** The 13 Kreise of Sachsen (since the 2008 reform), in key order. */
    static final List<Kreis> SACHSEN = List.of(
            new Kreis("14511", "Chemnitz", "Chemnitz, Stadt", true, -0.002),
            new Kreis("14521", "Erzgebirgskreis", "Erzgebirgskreis", false, -0.009),
            new Kreis("14522", "Landkreis Mittelsachsen", "Mittelsachsen, Landkreis", false, -0.006),
            new Kreis("14523", "Vogtlandkreis", "Vogtlandkreis", false, -0.009),
            new Kreis("14524", "Landkreis Zwickau", "Zwickau, Landkreis", false, -0.007),
            new Kreis("14612", "Dresden", "Dresden, Stadt", true, 0.004),
            new Kreis("14625", "Landkreis Bautzen", "Bautzen, Landkreis", false, -0.006),
            new Kreis("14626", "Landkreis Görlitz", "Görlitz, Landkreis", false, -0.007),
            new Kreis("14627", "Landkreis Meißen", "Meißen, Landkreis", false, -0.003),
            new Kreis("14628", "Landkreis Sächsische Schweiz-Osterzgebirge",
                    "Sächsische Schweiz-Osterzgebirge, Landkreis", false, -0.003),
            new Kreis("14713", "Leipzig", "Leipzig, Stadt", true, 0.009),
            new Kreis("14729", "Landkreis Leipzig", "Leipzig, Landkreis", false, 0.001),
            new Kreis("14730", "Landkreis Nordsachsen", "Nordsachsen, Landkreis", false, -0.002));

    /** The Land: key and name. */
    static final String LAND_AGS = "14";
    static final String LAND_NAME = "Sachsen";

    static Kreis byAgs(String ags) {
        return SACHSEN.stream().filter(k -> k.ags.equals(ags)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a Saxon Kreis: " + ags));
    }
}
