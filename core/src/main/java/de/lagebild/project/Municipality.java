package de.lagebild.project;

import java.util.List;
import java.util.Objects;

/**
 * The municipality analysed and the areas it is compared with.
 *
 * @param name       the municipality's name
 * @param ags        its 8-digit Amtlicher Gemeindeschlüssel
 * @param benchmarks comparison areas (Kreis, Land), in the order given
 */
public record Municipality(String name, String ags, List<Area> benchmarks) {
    /** Validates and copies. */
    public Municipality {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ags, "ags");
        benchmarks = List.copyOf(benchmarks);
    }

    /** The municipality itself as an {@link Area}. */
    public Area area() {
        return new Area(name, ags);
    }

    /** A file-name-safe short name: lower case ASCII letters, digits and dashes. */
    public String slug() {
        return Slugs.of(name);
    }
}
