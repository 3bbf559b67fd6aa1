package de.lagebild.samples;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.lagebild.project.IndicatorSpec;
import de.lagebild.project.Project;
import de.lagebild.survey.Estimate;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import de.lagebild.survey.WeightingDiagnostics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey part of the sample projects loads, weights and estimates with the core library, and the
 * weighted estimates show the patterns the generator builds in.
 */
class SampleSurveyTest {
    @TempDir
    static Path tmp;
    private static SurveyRun run;
    private static SurveyResults results;

    @BeforeAll
    static void estimate() throws IOException {
        Project project = Project.load(SampleFiles.surveyOnlyCopy(SampleFiles.musterstadt(), tmp.resolve("ms")));
        run = SurveyRun.of(project);
        results = SurveyEstimation.run(run);
    }

    @Test
    void fullProjectFileLoadsWhereTheCrimeImporterExists() {
        boolean crime;
        try {
            Class.forName("de.lagebild.crime.PksReader");
            crime = true;
        } catch (ClassNotFoundException e) {
            crime = false;
        }
        assumeTrue(crime, "the crime: part uses the keys of branch crime, whose importer is not in this build");
        assertDoesNotThrow(() -> Project.load(SampleFiles.musterstadt().resolve("lagebild.yaml")));
    }

    @Test
    void weightingConvergesToTheMargins() {
        WeightingDiagnostics d = run.weighted().diagnostics();
        assertEquals("raking", d.method());
        assertTrue(d.converged(), "raking converged");
        assertTrue(d.maxRelativeMisfit() < 1e-8, "margins met: " + d.maxRelativeMisfit());
        assertEquals(0, d.trimmed(), "the trimming limits do not bind for Musterstadt");
        assertEquals(13_966, d.sumWeights(), 1e-6, "weights add up to the residents aged 16+ on 31.12.2024");
        assertTrue(d.minG() > 0.5 && d.maxG() < 2.0, "g = w / d in [" + d.minG() + ", " + d.maxG() + "]");
        assertTrue(d.kish() < 1.2, "Kish's deff due to weighting " + d.kish());
    }

    @Test
    void everyIndicatorHasAnEstimateForTheWholePopulationAndEachDomain() {
        List<IndicatorSpec> indicators = run.spec().indicators();
        assertTrue(indicators.size() >= 15 && indicators.size() <= 25, indicators.size() + " indicators");
        for (IndicatorSpec i : indicators) {
            Estimate e = results.overall(i.name()).orElseThrow(() -> new AssertionError("no estimate of " + i.name()));
            assertTrue(e.se().isPresent() && e.se().getAsDouble() > 0, i.name() + " has a standard error");
            assertEquals(5, results.by(i.name(), "district").size(), i.name() + " by Ortsteil");
            assertEquals(7, results.by(i.name(), "agegrp").size(), i.name() + " by age group");
        }
        assertEquals(3, results.crosstabs().size());
        assertEquals(3, results.scales().size(), "the three dimensions of fear of crime are codebook scales");
        for (var sc : results.scales()) {
            double least = sc.scale().equals("kf_konativ") ? 0.4 : 0.7; // three yes/no items vs four ratings
            assertTrue(sc.alpha() > least, sc.scale() + ": Cronbach's alpha " + sc.alpha());
        }
    }

    @Test
    void levelsArePlausible() {
        assertBetween("safe_day", 0.85, 0.97);
        assertBetween("safe_night", 0.45, 0.70);
        assertBetween("victim_12m", 0.12, 0.30);
        assertBetween("reported", 0.35, 0.70);
        assertBetween("trust_police", 0.50, 0.80);
        assertBetween("satisfied", 0.60, 0.90);
        assertBetween("kf_affektiv", 1.8, 3.0);
        assertBetween("kf_kognitiv", 1.4, 2.4);
        assertBetween("kf_konativ", 0.1, 0.4);
    }

    @Test
    void womenAndOlderPeopleFeelLessSafeAtNight() {
        Map<String, Double> bySex = by("safe_night", "sex");
        assertTrue(bySex.get("w") < bySex.get("m") - 0.08, "women " + bySex);
        Map<String, Double> byAge = by("safe_night", "agegrp");
        assertTrue(byAge.get("75+") < byAge.get("16-24") - 0.1, "75+ vs 16-24 " + byAge);
        assertTrue(results.crosstabs().get(0).p() < 0.001, "safe_night x sex is significant");
    }

    @Test
    void theStationAreaFeelsLeastSafeAndSeesTheMostProblems() {
        assertEquals("Bahnhofsviertel", lowest("safe_night", "district"));
        assertEquals("Bahnhofsviertel", lowest("satisfied", "district"));
        for (String problem : List.of("prob_drugs_big", "prob_drunk_big")) {
            assertEquals("Bahnhofsviertel", highest(problem, "district"), problem);
        }
        Map<String, Double> meanProblem = new java.util.TreeMap<>();
        List<String> problems = List.of("prob_graffiti_big", "prob_litter_big", "prob_drugs_big", "prob_drunk_big",
                "prob_noise_big", "prob_dogdirt_big", "prob_lighting_big");
        for (String p : problems) {
            by(p, "district").forEach((d, e) -> meanProblem.merge(d, e / problems.size(), Double::sum));
        }
        assertEquals("Bahnhofsviertel", meanProblem.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow().getKey(), "most problems on average: " + meanProblem);
        assertEquals("Eichenau", highest("prob_lighting_big", "district"), "the village has the darkest streets");
        assertEquals("Eichenau", lowest("prob_drugs_big", "district"));
    }

    @Test
    void victimsWorryMoreAndFeelLessSafe() {
        SurveyResults byVictim = SurveyEstimation.run(run.weighted(), run.spec().indicators(), List.of("victim_12m"),
                List.of(), run.spec().variance());
        Map<String, Double> affective = by(byVictim, "kf_affektiv", "victim_12m");
        assertTrue(affective.get("1") > affective.get("0") + 0.1, "kf_affektiv by victim " + affective);
        Map<String, Double> night = by(byVictim, "safe_night", "victim_12m");
        assertTrue(night.get("1") < night.get("0"), "safe_night by victim " + night);
    }

    @Test
    void everyCohortProjectWeightsAndEstimates() throws IOException {
        for (Town t : Town.staedtebund()) {
            Path dir = SampleFiles.staedtebund().resolve(t.folder());
            SurveyRun r = SurveyRun.of(Project.load(SampleFiles.surveyOnlyCopy(dir, tmp.resolve(t.folder()))));
            assertTrue(r.weighted().diagnostics().converged(), t.name() + " converged");
            SurveyResults res = SurveyEstimation.run(r);
            assertTrue(res.overall("safe_night").isPresent(), t.name());
        }
    }

    private static void assertBetween(String indicator, double lo, double hi) {
        double e = results.overall(indicator).orElseThrow().estimate();
        assertTrue(e >= lo && e <= hi, indicator + " = " + e + ", expected in [" + lo + ", " + hi + "]");
    }

    private static Map<String, Double> by(String indicator, String domain) {
        return by(results, indicator, domain);
    }

    private static Map<String, Double> by(SurveyResults r, String indicator, String domain) {
        return r.by(indicator, domain).stream().collect(Collectors.toMap(Estimate::domain, Estimate::estimate));
    }

    private static String lowest(String indicator, String domain) {
        return results.by(indicator, domain).stream().min(Comparator.comparingDouble(Estimate::estimate))
                .orElseThrow().domain();
    }

    private static String highest(String indicator, String domain) {
        return results.by(indicator, domain).stream().max(Comparator.comparingDouble(Estimate::estimate))
                .orElseThrow().domain();
    }
}
