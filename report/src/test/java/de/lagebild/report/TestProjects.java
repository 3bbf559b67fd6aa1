package de.lagebild.report;

import de.lagebild.project.Project;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The survey-a test project: the reference data of core's test resources (reference/survey-a)
 * with this module's lagebild.yaml and codebook.yaml (labels, indicators, min_cell 10).
 */
final class TestProjects {
    private TestProjects() {
    }

    /** Copies the project into a folder and loads it. */
    static Project surveyA(Path dir) {
        return surveyA(dir, "lagebild.yaml");
    }

    /** Copies the data and one of the project files of survey-a ({@code lagebild.yaml}, {@code plain.yaml}). */
    static Project surveyA(Path dir, String projectFile) {
        copy("/reference/survey-a/survey.csv", dir);
        copy("/reference/survey-a/margin_sex_age.csv", dir);
        copy("/reference/survey-a/margin_district.csv", dir);
        copy("/survey-a/" + projectFile, dir);
        copy("/survey-a/codebook.yaml", dir);
        return Project.load(dir.resolve(projectFile));
    }

    private static void copy(String resource, Path dir) {
        try (InputStream in = TestProjects.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            Files.createDirectories(dir);
            Files.copy(in, dir.resolve(resource.substring(resource.lastIndexOf('/') + 1)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project, its weighted survey and its estimates. */
    record Analysis(Project project, SurveyRun run, SurveyResults results) {
        static Analysis of(Path dir) {
            Project p = surveyA(dir);
            SurveyRun run = SurveyRun.of(p);
            return new Analysis(p, run, SurveyEstimation.run(run));
        }

        ReportBuilder standard() {
            return Chapters.standard(project, run, results);
        }
    }
}
