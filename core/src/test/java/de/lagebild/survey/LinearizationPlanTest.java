package de.lagebild.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.lagebild.internal.Synthetic;
import de.lagebild.internal.Problems;
import de.lagebild.project.IndicatorSpec;
import de.lagebild.project.Project;
import de.lagebild.project.WeightingSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Differential test: the one-pass variances of all domains equal the plain per-domain
 * computation (influence vector, calibration residuals, stratified sum of squares) on seeded
 * random surveys, with and without calibration and trimming.
 */
class LinearizationPlanTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"300,3,raking,false", "1200,8,raking,true", "800,5,linear,false", "500,4,none,false",
            "2000,12,logit,false"})
    void onePassEqualsPerDomain(int n, int districts, String method, boolean trim) throws Exception {
        Synthetic.Files3 f = Synthetic.write(tmp, n, districts, 4, 4, n * 31L + districts, "linearization");
        String yaml = Files.readString(f.project());
        yaml = yaml.replace("method: raking", "method: " + method);
        if (method.equals("logit")) {
            yaml = yaml.replace("    max_iterations: 100", "    bounds: [0.3, 3.0]\n    max_iterations: 100");
        }
        if (method.equals("none")) {
            yaml = yaml.replaceAll("(?s)    margins:.*?tolerance: 1.0e-10\n", "");
        }
        if (trim) {
            yaml = yaml.replace("    max_iterations: 100", "    trim: {upper: 1.5, relative_to: mean, strict: true}\n"
                    + "    max_iterations: 100");
        }
        Files.writeString(f.project(), yaml);
        Project p = Project.load(f.project());
        SurveyRun run = SurveyRun.of(p);
        WeightedDesign wd = run.weighted();
        assertEquals(method, wd.diagnostics().method());
        LinearizationPlan plan = new LinearizationPlan(wd);
        double[] w = wd.weightsShared();
        double[] z = new double[w.length];
        int compared = 0;
        for (IndicatorSpec ind : p.survey().orElseThrow().indicators()) {
            SurveyEstimation.Group overall = SurveyEstimation.Group.of(wd.data(), ind, null, new Problems());
            for (SurveyEstimation.Group g : List.of(overall, overall.by(wd.data(), "district"),
                    overall.by(wd.data(), "agegrp"))) {
                EstimationCore.Sums s = EstimationCore.sums(g, w);
                double[] fast = plan.variances(g, s);
                for (int c = 0; c < g.categories.size(); c++) {
                    EstimationCore.influence(g, s, c, w, z);
                    double slow = Linearization.variance(wd, z);
                    assertEquals(slow, fast[c], 1e-9 * slow + 1e-300, ind.name() + " " + g.domainVar + "=" + g.categories.get(c));
                    compared++;
                }
            }
        }
        assertEquals(true, compared > 10);
        Optional<WeightingSpec.TrimSpec> t = wd.spec().trim();
        assertEquals(trim, t.isPresent());
    }
}
