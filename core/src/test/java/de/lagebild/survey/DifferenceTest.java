package de.lagebild.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.lagebild.project.IndicatorSpec;
import de.lagebild.testing.ReferenceCase;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Differences of a share between two domains equal R's (survey-a/differences.R: the saturated
 * svyglm's coefficient, SE and t test); between two municipalities, the independent-samples
 * formula.
 */
class DifferenceTest {

    @Test
    void domainDifferencesEqualR() throws Exception {
        ReferenceCase rc = ReferenceCase.load("survey-a");
        SurveyRun run = SurveyRun.of(rc.project("raking"));
        IndicatorSpec safe = run.spec().indicators().get(0);
        List<String> lines = Files.readAllLines(rc.dir().resolve("expected_differences.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            Difference d = SurveyEstimation.difference(run.weighted(), safe, c[0], c[1], c[2]);
            assertEquals(Double.parseDouble(c[3]), d.estimate(), 1e-9 * Math.abs(d.estimate()), line);
            assertEquals(Double.parseDouble(c[4]), d.se(), 1e-6 * d.se(), line);
            assertEquals(Double.parseDouble(c[5]), d.p(), 1e-6 * Double.parseDouble(c[5]), line);
            assertEquals(Double.parseDouble(c[6]), d.df(), 0.0, line);
        }
    }

    @Test
    void independentSurveysAddVariances() {
        ReferenceCase rc = ReferenceCase.load("survey-a");
        SurveyResults res = SurveyEstimation.run(SurveyRun.of(rc.project("raking")));
        Estimate a = res.overall("safe_night").orElseThrow();
        Estimate b = res.overall("worry_assault").orElseThrow();
        Difference d = SurveyEstimation.difference(a, a, "A", "B");
        assertEquals(0, d.estimate());
        assertEquals(Math.sqrt(2) * a.se().getAsDouble(), d.se(), 1e-15);
        assertEquals(1.0, d.p(), 1e-12);
        assertEquals(2.0 * a.df(), d.df(), 1e-9); // equal variances and df: Satterthwaite gives df1 + df2
        Difference e = SurveyEstimation.difference(b, a, "B", "A");
        assertEquals(b.estimate() - a.estimate(), e.estimate(), 1e-15);
    }
}
