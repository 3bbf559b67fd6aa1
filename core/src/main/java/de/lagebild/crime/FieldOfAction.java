package de.lagebild.crime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A field of action (Handlungsfeld): the PKS keys, Ordnungswidrigkeiten categories and survey
 * indicators a Sicherheitsanalyse discusses together. Fields are data: the built-in set
 * ({@link #defaults()}) can be replaced or extended in the project file ({@code crime.fields}).
 *
 * @param name   machine name: lower case letters, digits and {@code _}
 * @param label  the name in the report
 * @param pks    linked offence keys
 * @param owi    linked Ordnungswidrigkeiten categories
 * @param survey linked survey indicators (names of {@code survey.indicators})
 */
public record FieldOfAction(String name, String label, List<OffenceKey> pks, List<String> owi, List<String> survey) {

    /**
     * Validates and copies; duplicates are removed keeping the first.
     *
     * @param name   machine name: lower case letters, digits and {@code _}
     * @param label  the name in the report
     * @param pks    linked offence keys
     * @param owi    linked Ordnungswidrigkeiten categories
     * @param survey linked survey indicators (names of {@code survey.indicators})
     * @throws NullPointerException     when a component or a list element is null
     * @throws IllegalArgumentException when {@code name} does not start with a lower case letter
     *                                  followed by lower case letters, digits and {@code _}
     */
    public FieldOfAction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a field of action's name uses lower case letters, digits and _ and"
                    + " starts with a letter: \"" + name + "\"");
        }
        pks = List.copyOf(new LinkedHashSet<>(pks));
        owi = List.copyOf(new LinkedHashSet<>(owi));
        survey = List.copyOf(new LinkedHashSet<>(survey));
    }

    /**
     * The same field (the same name) with another label and other links.
     *
     * @param newLabel  the name in the report
     * @param newPks    linked offence keys
     * @param newOwi    linked Ordnungswidrigkeiten categories
     * @param newSurvey linked survey indicators
     * @return a new field of this name
     */
    public FieldOfAction with(String newLabel, List<OffenceKey> newPks, List<String> newOwi, List<String> newSurvey) {
        return new FieldOfAction(name, newLabel, newPks, newOwi, newSurvey);
    }

    private static FieldOfAction of(String name, String label, List<String> keys, List<String> owi) {
        List<OffenceKey> k = new ArrayList<>();
        keys.forEach(s -> k.add(OffenceKey.parse(s)));
        return new FieldOfAction(name, label, k, owi, List.of());
    }

    /**
     * The built-in fields: graffiti and vandalism, littering, violence, extremism (no PKS key: the PKS
     * does not record political motivation, that is the PMK statistics), drugs and alcohol, theft and
     * burglary, public order, street crime. They link no survey indicators, whose names are the
     * project's.
     *
     * @return the eight built-in fields, in the order listed
     */
    public static List<FieldOfAction> defaults() {
        return List.of(
                of("graffiti_vandalism", "Graffiti und Vandalismus", List.of("674000", "899500"),
                        List.of(OwiCategories.PLAKATIEREN)),
                of("littering", "Verschmutzung und Müll", List.of(),
                        List.of(OwiCategories.VERUNREINIGUNG, OwiCategories.ABFALL)),
                of("violence", "Gewalt", List.of("892000", "222000", "224000", "210000"), List.of()),
                of("extremism", "Extremismus", List.of(), List.of()),
                of("drugs", "Drogen und Alkohol", List.of("730000"), List.of(OwiCategories.ALKOHOL)),
                of("theft_burglary", "Diebstahl und Einbruch", List.of("****00", "435*00", "***300", "*50*00"),
                        List.of()),
                of("public_order", "Ruhe und Ordnung", List.of(), List.of(OwiCategories.LAERM, OwiCategories.TIERE,
                        OwiCategories.BETTELN, OwiCategories.LAGERN, OwiCategories.FEUER)),
                of("street_crime", "Straßenkriminalität", List.of("899000"), List.of()));
    }

    /**
     * The built-in field of that name, if there is one.
     *
     * @param name a machine name, such as {@code violence}
     * @return the field among {@link #defaults()}, or empty
     */
    public static Optional<FieldOfAction> builtIn(String name) {
        return defaults().stream().filter(f -> f.name.equals(name)).findFirst();
    }
}
