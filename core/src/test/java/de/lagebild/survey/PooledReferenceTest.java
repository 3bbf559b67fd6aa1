package de.lagebild.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.lagebild.project.IndicatorSpec;
import de.lagebild.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pooled estimate over two towns equals R's on the stacked design (regression/pooled-two-towns). */
class PooledReferenceTest {

    @Test
    void pooledEqualsRsStackedDesign() throws Exception {
        Path dir = Path.of(PooledReferenceTest.class.getResource("/regression/pooled-two-towns").toURI());
        SurveyRun a = SurveyRun.of(Project.load(dir.resolve("musterberg/lagebild.yaml")));
        SurveyRun b = SurveyRun.of(Project.load(dir.resolve("mustertal/lagebild.yaml")));
        List<String> lines = Files.readAllLines(dir.resolve("expected_pooled.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            IndicatorSpec ind = a.spec().indicators().stream().filter(i -> i.name().equals(c[0])).findFirst()
                    .orElseThrow();
            Estimate e = SurveyEstimation.pooled(List.of(a.weighted(), b.weighted()), ind);
            double est = Double.parseDouble(c[1]);
            double se = Double.parseDouble(c[2]);
            assertEquals(est, e.estimate(), 1e-9 * Math.abs(est), line);
            assertEquals(se, e.se().getAsDouble(), 1e-6 * se, line);
        }
    }
}
