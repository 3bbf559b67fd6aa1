package de.lagebild.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.testing.ReferenceCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every reference case's weights, for every method, equal R's within the case's tolerance. */
class ReferenceWeightsTest {

    @TestFactory
    Stream<DynamicTest> weightsEqualR() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : ReferenceCase.all()) {
            ReferenceCase rc = ReferenceCase.load(name);
            Map<String, List<String>> expected = rc.expectedWeights();
            for (String method : rc.methods()) {
                if (!expected.containsKey(method)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(name + " " + method, () -> check(rc, method, expected)));
            }
        }
        return tests.stream();
    }

    private static void check(ReferenceCase rc, String method, Map<String, List<String>> expected) {
        SurveyRun run = SurveyRun.of(rc.project(method));
        WeightedDesign wd = run.weighted();
        List<String> ids = expected.get("id");
        List<String> want = expected.get(method);
        assertEquals(ids.size(), wd.size(), "respondents");
        double tol = method.startsWith("logit") ? 1e-6 : 1e-9;
        double worst = 0;
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(ids.get(i), wd.data().id(i), "row order");
            worst = Math.max(worst, ReferenceCase.rel(wd.weight(i), ReferenceCase.num(want.get(i))));
        }
        assertTrue(worst <= tol, rc.name() + " " + method + ": largest relative difference " + worst + " > " + tol);
    }
}
