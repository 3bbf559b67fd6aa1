package de.lagebild.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.lagebild.project.Project;
import de.lagebild.survey.Estimate;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/reproduction.md: R's survey package, run on the sample municipality's files with
 * docs/r/reproduce-musterstadt.R, gives the numbers in docs/r/musterstadt-safe-night.csv; Lagebild
 * gives the same (relative 1e-9 for estimates, 1e-6 for SEs and CIs).
 */
class ReproductionTest {

    @Test
    void theSampleReportsNightSafetyEqualsR() throws Exception {
        SurveyResults res = SurveyEstimation.run(SurveyRun.of(Project.load(EmbeddingExamples.SAMPLE)));
        List<String> lines = Files.readAllLines(Path.of("r/musterstadt-safe-night.csv"));
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            Estimate e = c[0].isEmpty() ? res.overall("safe_night").orElseThrow()
                    : res.by("safe_night", "district").stream().filter(x -> x.domain().equals(c[0])).findFirst()
                            .orElseThrow();
            close(Double.parseDouble(c[1]), e.estimate(), 1e-9);
            close(Double.parseDouble(c[2]), e.se().getAsDouble(), 1e-6);
            if (!c[3].isEmpty()) {
                close(Double.parseDouble(c[3]), e.ci().orElseThrow().low(), 1e-6);
                close(Double.parseDouble(c[4]), e.ci().orElseThrow().high(), 1e-6);
            }
            checked++;
        }
        assertEquals(6, checked);
    }

    private static void close(double r, double lagebild, double tol) {
        assertEquals(r, lagebild, tol * Math.abs(r), "R " + r + " vs Lagebild " + lagebild);
    }
}
