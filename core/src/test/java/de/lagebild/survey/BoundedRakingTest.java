package de.lagebild.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.internal.Synthetic;
import de.lagebild.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bounded raking whose bounds do not bind at the solution must converge to the unbounded raking
 * weights, even when Newton's path crosses the bounds on the way (the sample town Musterberg,
 * bounds [0.3, 4], stalled with the exact derivative of the truncated distance; R's calfun keeps a
 * slope there and converges).
 */
class BoundedRakingTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"377,3,0.3,4.0", "377,3,0.25,5", "900,6,0.3,4.0", "2000,10,0.2,6"})
    void wideBoundsGiveTheUnboundedSolution(int n, int districts, double lower, double upper) throws Exception {
        Synthetic.Files3 f = Synthetic.write(tmp.resolve("u"), n, districts, 2, 2, 7L * n + districts, "linearization");
        SurveyRun free = SurveyRun.of(Project.load(f.project()));
        String yaml = Files.readString(f.project()).replace("    max_iterations: 100",
                "    bounds: [" + lower + ", " + upper + "]\n    max_iterations: 100");
        Files.writeString(f.project(), yaml);
        SurveyRun bounded = SurveyRun.of(Project.load(f.project()));
        WeightingDiagnostics d = bounded.weighted().diagnostics();
        assertTrue(d.converged());
        assertTrue(d.minG() > lower && d.maxG() < upper, "bounds do not bind here: g in [" + d.minG() + ", " + d.maxG() + "]");
        for (int i = 0; i < free.weighted().size(); i++) {
            assertEquals(free.weighted().weight(i), bounded.weighted().weight(i), 1e-8 * free.weighted().weight(i));
        }
    }
}
