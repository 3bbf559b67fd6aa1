package de.lagebild.project;

import de.lagebild.io.InputException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A project file read and checked: everything needed to reproduce one municipality's
 * Sicherheitsanalyse, with paths resolved against the file's folder.
 *
 * <pre>{@code
 * Project project = Project.load(Path.of("musterstadt/lagebild.yaml"));
 * }</pre>
 *
 * @param file         the project file (absolute)
 * @param baseDir      the folder relative paths are resolved against
 * @param municipality the municipality and its benchmarks
 * @param survey       the survey part, if any
 * @param crime        the official-statistics part, if any
 * @param report       report settings
 */
public record Project(Path file, Path baseDir, Municipality municipality, Optional<SurveySpec> survey,
        Optional<CrimeSpec> crime, ReportSpec report) {

    /**
     * Validates the record.
     *
     * @param file         the project file (absolute)
     * @param baseDir      the folder relative paths are resolved against
     * @param municipality the municipality and its benchmarks
     * @param survey       the survey part, if any
     * @param crime        the official-statistics part, if any
     * @param report       report settings
     * @throws NullPointerException when a component is null
     */
    public Project {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(crime, "crime");
        Objects.requireNonNull(report, "report");
    }

    /**
     * Reads a project file (YAML or JSON) and checks it completely: keys, values, and that the files
     * it names exist.
     *
     * @param file the project file; relative paths in it are resolved against its folder
     * @return the project
     * @throws InputException listing every problem found, each with its key path and line
     */
    public static Project load(Path file) {
        return ProjectReader.read(file);
    }

    /**
     * The project file's name as shown in messages.
     *
     * @return the file name without its folder, such as {@code lagebild.yaml}
     */
    public String displayName() {
        return file.getFileName().toString();
    }
}
