package de.lagebild.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project file of the contract (shared/spec/project-file.md, copied verbatim into
 * spec-example/lagebild.yaml) is accepted as it stands and its survey part runs on the survey-a data.
 */
class SpecExampleTest {
    @TempDir
    Path dir;

    @Test
    void theContractsExampleIsAccepted() throws Exception {
        Path res = Path.of(SpecExampleTest.class.getResource("/spec-example/lagebild.yaml").toURI()).getParent();
        Path ref = Path.of(SpecExampleTest.class.getResource("/reference/survey-a/survey.csv").toURI()).getParent();
        Files.copy(res.resolve("lagebild.yaml"), dir.resolve("lagebild.yaml"));
        for (String f : new String[] {"survey.csv", "margin_sex_age.csv", "margin_district.csv"}) {
            Files.copy(ref.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("codebook.yaml"), "variables: {}\n");
        Files.createDirectories(dir.resolve("pks"));
        Files.writeString(dir.resolve("pks/pks_2024.csv"), "x\n");
        Files.writeString(dir.resolve("owi.csv"), "x\n");
        Files.writeString(dir.resolve("population.csv"), "x\n");
        Project p = Project.load(dir.resolve("lagebild.yaml"));
        assertEquals("Musterstadt", p.municipality().name());
        assertEquals(2, p.municipality().benchmarks().size());
        assertEquals(5, p.report().minCell());
        assertTrue(p.crime().isPresent());
        SurveyRun run = SurveyRun.of(p);
        SurveyResults r = SurveyEstimation.run(run);
        assertTrue(r.overall("safe_night").isPresent());
        assertEquals(1, r.crosstabs().size());
    }
}
