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
    /**
     * Validates and copies.
     *
     * @param name       the municipality's name
     * @param ags        its 8-digit Amtlicher Gemeindeschlüssel
     * @param benchmarks comparison areas (Kreis, Land), in the order given
     * @throws NullPointerException when a component or a benchmark is null
     */
    public Municipality {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ags, "ags");
        benchmarks = List.copyOf(benchmarks);
    }

    /**
     * The municipality itself as an {@link Area}.
     *
     * @return an area with the municipality's name and AGS
     */
    public Area area() {
        return new Area(name, ags);
    }

    /**
     * A file-name-safe short name: lower case ASCII letters, digits and dashes.
     *
     * @return the name as made safe by {@link Slugs#of(String)}, such as {@code musterstadt}
     */
    public String slug() {
        return Slugs.of(name);
    }
}
