package de.lagebild.survey;

import static org.junit.jupiter.api.Assertions.assertThrows;

import de.lagebild.io.InputException;
import de.lagebild.project.Project;
import de.lagebild.project.SurveySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a project (lagebild.yaml) and its data files into a folder and runs the survey import or
 * the weighting on it, as the command line does.
 */
final class Fixture {
    static final String PROJECT = "lagebild.yaml";
    final Path dir;

    Fixture(Path dir) {
        this.dir = dir;
    }

    /** Writes a file (UTF-8) and returns this fixture. */
    Fixture file(String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes lagebild.yaml with the given survey part (unindented YAML; indented here) and loads it. */
    Project project(String surveyYaml) {
        StringBuilder sb = new StringBuilder("municipality: {name: Teststadt, ags: \"14523999\"}\nsurvey:\n");
        for (String line : surveyYaml.split("\n", -1)) {
            if (!line.isEmpty()) {
                sb.append("  ").append(line).append('\n');
            }
        }
        file(PROJECT, sb.toString());
        return Project.load(dir.resolve(PROJECT));
    }

    SurveySpec spec(String surveyYaml) {
        return project(surveyYaml).survey().orElseThrow();
    }

    /** Reads the survey (with its codebook, if any) as the first step of a run does. */
    SurveyReader.Result read(String surveyYaml) {
        SurveySpec spec = spec(surveyYaml);
        Codebook cb = spec.codebook().map(p -> Codebook.load(p, p.getFileName().toString())).orElse(Codebook.empty());
        return SurveyReader.read(spec, cb, PROJECT);
    }

    InputException readFails(String surveyYaml) {
        return assertThrows(InputException.class, () -> read(surveyYaml));
    }

    /** Reads and weights. */
    SurveyRun run(String surveyYaml) {
        return SurveyRun.of(project(surveyYaml));
    }

    InputException runFails(String surveyYaml) {
        Project p = project(surveyYaml);
        return assertThrows(InputException.class, () -> SurveyRun.of(p));
    }
}
