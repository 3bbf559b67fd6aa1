package de.lagebild.project;

import de.lagebild.io.InputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A cohort file read and checked: the municipalities an alliance analyses together and how they
 * are compared. The municipalities are either project files ({@code municipalities:} lists their
 * paths) or one shared survey table with a municipality column, shared official statistics and
 * per-municipality margins ({@code shared:} describes them once); see {@code docs/cohort-file.md}.
 *
 * <pre>{@code
 * Cohort cohort = Cohort.load(Path.of("samples/staedtebund/cohort.yaml"));
 * for (Cohort.Member m : cohort.members()) {
 *     Project p = m.load();          // an InputException here concerns this municipality only
 * }
 * }</pre>
 *
 * @param file       the cohort file (absolute)
 * @param baseDir    the folder relative paths are resolved against
 * @param name       the cohort's name (such as "Städtebund Muster")
 * @param title      the comparison report's title
 * @param created    the comparison report's date
 * @param minCell    results resting on fewer respondents or cases are suppressed in the comparison
 * @param comparison what the comparison report compares
 * @param members    the municipalities, in the order given
 */
public record Cohort(Path file, Path baseDir, String name, String title, LocalDate created, int minCell,
        Comparison comparison, List<Member> members) {

    /**
     * Validates and copies.
     *
     * @param file       the cohort file (absolute)
     * @param baseDir    the folder relative paths are resolved against
     * @param name       the cohort's name (such as "Städtebund Muster")
     * @param title      the comparison report's title
     * @param created    the comparison report's date
     * @param minCell    results resting on fewer respondents or cases are suppressed in the comparison
     * @param comparison what the comparison report compares
     * @param members    the municipalities, in the order given
     * @throws NullPointerException     when a component other than {@code minCell}, or a member, is null
     * @throws IllegalArgumentException when {@code minCell} is negative
     */
    public Cohort {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(comparison, "comparison");
        members = List.copyOf(members);
        if (minCell < 0) {
            throw new IllegalArgumentException("minCell must be >= 0");
        }
    }

    /**
     * Reads a cohort file (YAML or JSON). Problems of the cohort file itself (unknown keys, a
     * listed project file that does not exist, two municipalities with the same output folder,
     * anything wrong in the shared parts) are reported here, all at once; problems inside a listed
     * project file belong to that municipality and surface when it is {@link Member#load() loaded}.
     *
     * @param file the cohort file; relative paths in it are resolved against its folder
     * @return the cohort
     * @throws InputException listing every problem, each with its key path and line
     */
    public static Cohort load(Path file) {
        return CohortReader.read(file);
    }

    /**
     * The cohort file's name as shown in messages.
     *
     * @return the file name without its folder, such as {@code cohort.yaml}
     */
    public String displayName() {
        return file.getFileName().toString();
    }

    /**
     * What the comparison report compares.
     *
     * @param indicator the survey indicator compared (the Sicherheitsgefühl), or empty for the first
     *                  indicator of the first municipality with a survey
     * @param crimeKey  the PKS key whose Häufigkeitszahl is compared ({@code ------}: Straftaten insgesamt)
     * @param year      the PKS year compared, or empty for the latest year any municipality reports
     * @param level     confidence level of the HZ intervals
     * @param seed      seed of the rank intervals (the same seed gives the same intervals)
     */
    public record Comparison(Optional<String> indicator, String crimeKey, OptionalInt year, double level, long seed) {
        /**
         * Validates the record.
         *
         * @param indicator the survey indicator compared (the Sicherheitsgefühl), or empty for the first
         *                  indicator of the first municipality with a survey
         * @param crimeKey  the PKS key whose Häufigkeitszahl is compared ({@code ------}: Straftaten insgesamt)
         * @param year      the PKS year compared, or empty for the latest year any municipality reports
         * @param level     confidence level of the HZ intervals
         * @param seed      seed of the rank intervals (the same seed gives the same intervals)
         * @throws NullPointerException     when {@code indicator}, {@code crimeKey} or {@code year} is null
         * @throws IllegalArgumentException when {@code level} is not strictly between 0.5 and 1
         */
        public Comparison {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(crimeKey, "crimeKey");
            Objects.requireNonNull(year, "year");
            if (!(level > 0.5 && level < 1)) {
                throw new IllegalArgumentException("level must be in (0.5, 1): " + level);
            }
        }
    }

    /**
     * One municipality of a cohort.
     */
    public static final class Member {
        private final String id;
        private final String label;
        private final Path projectFile;
        private final Project project;
        private final String settings;

        Member(String id, String label, Path projectFile, Project project, String settings) {
            this.id = Objects.requireNonNull(id, "id");
            this.label = Objects.requireNonNull(label, "label");
            this.projectFile = projectFile;
            this.project = project;
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /**
         * The name of its output folder (lower-case letters, digits, dashes; unique in the cohort).
         *
         * @return the id, such as {@code musterstadt}
         */
        public String id() {
            return id;
        }

        /**
         * How messages name it before its project is read: the project file as listed, or the name.
         *
         * @return the label, for messages
         */
        public String label() {
            return label;
        }

        /**
         * The project file, for a cohort of project files.
         *
         * @return the absolute project file, or empty for a cohort described by shared tables
         */
        public Optional<Path> projectFile() {
            return Optional.ofNullable(projectFile);
        }

        /**
         * The municipality's project: its project file read and checked, or the project the shared
         * tables describe for it (reading only its rows of the shared survey and margin files). A project
         * described by shared tables was checked with the cohort file and is returned as read.
         *
         * @return the project
         * @throws InputException listing the problems of its project file
         */
        public Project load() {
            return project != null ? project : Project.load(projectFile);
        }

        /**
         * The settings of this municipality that live in the cohort file rather than in a file of
         * its own, as a canonical text (empty for a cohort of project files, whose project files
         * are inputs): part of what decides whether its outputs are up to date.
         *
         * @return the canonical text, or {@code ""} for a cohort of project files
         */
        public String settings() {
            return settings;
        }

        @Override
        public String toString() {
            return id + " (" + label + ")";
        }
    }
}
