package de.lagebild.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code crime:} part of a project file: official statistics.
 *
 * @param pks        PKS tables (BKA/LKA tables or municipal exports), globs resolved to files
 * @param owi        the Ordnungswidrigkeiten file, if any
 * @param population the population file, if any
 */
public record CrimeSpec(List<Path> pks, Optional<Path> owi, Optional<Path> population) {
    /** Validates and copies. */
    public CrimeSpec {
        pks = List.copyOf(pks);
        Objects.requireNonNull(owi, "owi");
        Objects.requireNonNull(population, "population");
    }
}
