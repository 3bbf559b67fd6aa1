package de.lagebild.project;

import java.util.Objects;

/**
 * An area with its official key: a municipality (8-digit AGS), a Kreis (5 digits), a Land (2
 * digits), or a 12-digit ARS.
 *
 * @param name the area's name as it should appear in the report
 * @param ags  its key, digits only
 */
public record Area(String name, String ags) {
    /**
     * Validates the record.
     *
     * @param name the area's name as it should appear in the report
     * @param ags  its key, digits only
     * @throws NullPointerException when {@code name} or {@code ags} is null
     */
    public Area {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ags, "ags");
    }
}
