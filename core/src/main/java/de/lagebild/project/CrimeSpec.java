package de.lagebild.project;

import de.lagebild.crime.FieldOfAction;
import de.lagebild.crime.ImportOptions;
import de.lagebild.crime.OffenceKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code crime:} part of a project file: official statistics and the settings of the crime
 * indicators. Keys: docs/project-file-crime.md.
 *
 * @param pksFiles        PKS tables (globs resolved), each with how to read it
 * @param owiFiles        Ordnungswidrigkeiten files
 * @param populationFiles population files
 * @param populationYear  which year's population a rate of year Y uses
 * @param trendYears      length of the trend window (the last year against the year trendYears - 1 before)
 * @param level           confidence level of trend and benchmark intervals
 * @param invalidRows     what a rejected row does
 * @param structure       keys whose share of all cases is reported; empty: every key
 * @param fields          the fields of action
 */
public record CrimeSpec(List<Source> pksFiles, List<Source> owiFiles, List<Source> populationFiles,
        PopulationYear populationYear, int trendYears, double level, InvalidRows invalidRows,
        List<OffenceKey> structure, List<FieldOfAction> fields) {

    /**
     * Validates and copies.
     *
     * @param pksFiles        PKS tables (globs resolved), each with how to read it
     * @param owiFiles        Ordnungswidrigkeiten files
     * @param populationFiles population files
     * @param populationYear  which year's population a rate of year Y uses
     * @param trendYears      length of the trend window (the last year against the year trendYears - 1 before)
     * @param level           confidence level of trend and benchmark intervals
     * @param invalidRows     what a rejected row does
     * @param structure       keys whose share of all cases is reported; empty: every key
     * @param fields          the fields of action
     * @throws NullPointerException     when a list, a list element, {@code populationYear} or
     *                                  {@code invalidRows} is null
     * @throws IllegalArgumentException when {@code trendYears} is below 2 or {@code level} is not
     *                                  strictly between 0 and 1
     */
    public CrimeSpec {
        pksFiles = List.copyOf(pksFiles);
        owiFiles = List.copyOf(owiFiles);
        populationFiles = List.copyOf(populationFiles);
        Objects.requireNonNull(populationYear, "populationYear");
        if (trendYears < 2) {
            throw new IllegalArgumentException("trendYears must be at least 2: " + trendYears);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1): " + level);
        }
        Objects.requireNonNull(invalidRows, "invalidRows");
        structure = List.copyOf(structure);
        fields = List.copyOf(fields);
    }

    /**
     * One input file and how to read it.
     *
     * @param file    the file (absolute)
     * @param options how to read it; its display name is the path as relative to the project file
     */
    public record Source(Path file, ImportOptions options) {
        /**
         * Validates.
         *
         * @param file    the file (absolute)
         * @param options how to read it; its display name is the path as relative to the project file
         * @throws NullPointerException when {@code file} or {@code options} is null
         */
        public Source {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(options, "options");
        }
    }

    /** Which population a rate of year Y is divided by. */
    public enum PopulationYear {
        /** The population on 31.12. of Y - 1, as the BKA does for the HZ. */
        PREVIOUS,
        /** The population on 31.12. of Y. */
        SAME;

        /**
         * The population year for a reporting year.
         *
         * @param year the reporting year of the PKS figures
         * @return the year whose 31.12. population the rate uses: {@code year - 1} or {@code year}
         */
        public int forYear(int year) {
            return this == PREVIOUS ? year - 1 : year;
        }
    }

    /** What happens to a row that is rejected as damaged. */
    public enum InvalidRows {
        /** The run stops and every problem is listed (the default). */
        ERROR,
        /** The row is left out and listed in crime_rejected.csv. */
        REJECT
    }

    /**
     * The PKS files (as in the spec's first version).
     *
     * @return the PKS files, in the order given; a new list
     */
    public List<Path> pks() {
        List<Path> out = new ArrayList<>();
        pksFiles.forEach(s -> out.add(s.file()));
        return out;
    }

    /**
     * Every input file of the crime part (PKS, Ordnungswidrigkeiten, population), for the manifest.
     *
     * @return the sources of all three kinds, PKS first, then Ordnungswidrigkeiten, then population; a
     *         new list
     */
    public List<Source> allFiles() {
        List<Source> out = new ArrayList<>(pksFiles);
        out.addAll(owiFiles);
        out.addAll(populationFiles);
        return out;
    }

    /**
     * The first Ordnungswidrigkeiten file, if any (as in the spec's first version; see {@link #owiFiles()}).
     *
     * @return the file, or empty when the project has no Ordnungswidrigkeiten
     */
    public Optional<Path> owi() {
        return owiFiles.isEmpty() ? Optional.empty() : Optional.of(owiFiles.get(0).file());
    }

    /**
     * The first population file, if any (as in the spec's first version; see {@link #populationFiles()}).
     *
     * @return the file, or empty when the project has no population file
     */
    public Optional<Path> population() {
        return populationFiles.isEmpty() ? Optional.empty() : Optional.of(populationFiles.get(0).file());
    }
}
