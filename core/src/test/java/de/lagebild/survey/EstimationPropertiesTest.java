package de.lagebild.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.project.IndicatorSpec.Statistic;
import de.lagebild.project.Project;
import de.lagebild.survey.SyntheticSurvey.Row;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Metamorphic and differential properties of the survey estimates (STYLE.md 7) on seeded random
 * synthetic surveys: scale invariance, domain estimation as item nonresponse, integer weights as
 * repeated rows, jackknife against linearization, reproducible bootstrap.
 */
class EstimationPropertiesTest {
    @TempDir
    Path dir;

    static final String RAKING = "method: raking\n" + WeightingPropertiesTest.BOTH + "tolerance: 1.0e-12\n"
            + "max_iterations: 2000\n";

    static Stream<SyntheticSurvey> cases() {
        return SyntheticSurvey.cases().stream();
    }

    private static SurveyResults estimate(Project p) {
        return SurveyEstimation.run(SurveyRun.of(p));
    }

    private static Estimate find(SurveyResults r, String indicator, String domainVar, String domain) {
        return r.estimates().stream().filter(e -> e.indicator().equals(indicator)
                && e.domainVariable().equals(domainVar) && e.domain().equals(domain)).findFirst()
                .orElseThrow(() -> new AssertionError("no estimate " + indicator + " " + domainVar + "=" + domain));
    }

    private static void close(double want, double got, double rel, String what) {
        double d = Math.abs(got - want);
        assertTrue(d <= rel * Math.max(Math.abs(want), 1e-300) || d == 0, what + ": " + got + " vs " + want);
    }

    private static void close(OptionalDouble want, OptionalDouble got, double rel, String what) {
        assertEquals(want.isPresent(), got.isPresent(), what + " present");
        if (want.isPresent()) {
            close(want.getAsDouble(), got.getAsDouble(), rel, what);
        }
    }

    /** Everything of two estimates, the scale applied to estimate and SE of a total. */
    private static void same(Estimate want, Estimate got, double scale, boolean withDeff, String what) {
        double f = want.statistic() == Statistic.TOTAL ? scale : 1;
        close(want.estimate() * f, got.estimate(), 1e-10, what + " estimate");
        assertTrue(want.se().isPresent() && got.se().isPresent(), what + " SEs");
        close(want.se().getAsDouble() * f, got.se().getAsDouble(), 1e-9, what + " se");
        assertEquals(want.n(), got.n(), what + " n");
        assertEquals(want.df(), got.df(), what + " df");
        close(want.weightSum() * scale, got.weightSum(), 1e-10, what + " weight sum");
        assertEquals(want.ci().isPresent(), got.ci().isPresent(), what + " ci");
        if (want.ci().isPresent()) {
            close(want.ci().get().low() * f, got.ci().get().low(), 1e-8, what + " ci low");
            close(want.ci().get().high() * f, got.ci().get().high(), 1e-8, what + " ci high");
        }
        if (withDeff) {
            close(want.deff(), got.deff(), 1e-8, what + " deff");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scalingTheWeightsLeavesMeansAndProportionsUnchanged(SyntheticSurvey s) {
        String design = "design: {strata: district, weights: dw}";
        SurveyResults base = estimate(s.write(dir, "base", s.rows, design, "method: none", ""));
        for (double c : new double[] {0.001, 3.7}) {
            SurveyResults scaled = estimate(s.write(dir, "scaled", s.map(r -> r.withDw(r.dw() * c)), design,
                    "method: none", ""));
            assertEquals(base.estimates().size(), scaled.estimates().size());
            for (int i = 0; i < base.estimates().size(); i++) {
                Estimate b = base.estimates().get(i);
                same(b, scaled.estimates().get(i), c, false, s + " weights x " + c + " " + b.indicator() + " "
                        + b.domainVariable() + "=" + b.domain());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aDomainEstimateIsTheEstimateWithTheOtherRespondentsItemNonresponse(SyntheticSurvey s) {
        for (String weighting : new String[] {"method: none", RAKING}) {
            SurveyResults full = estimate(s.write(dir, "full", s.rows, SyntheticSurvey.DESIGN, weighting, ""));
            for (String[] domain : new String[][] {{"sex", "w"}, {"district", SyntheticSurvey.district(s.strata - 1)}}) {
                boolean bySex = domain[0].equals("sex");
                List<Row> masked = s.map(r -> (bySex ? r.sex() : r.district()).equals(domain[1]) ? r
                        : r.withQ("9").withWorry("8").withAvoid("9"));
                SurveyResults only = estimate(s.write(dir, "masked", masked, SyntheticSurvey.DESIGN, weighting, ""));
                for (String ind : new String[] {"safe_night", "worry", "avoid"}) {
                    same(find(full, ind, domain[0], domain[1]), find(only, ind, "", ""), 1, true,
                            s + " " + weighting.lines().findFirst().get() + " " + ind + " " + domain[0] + "="
                                    + domain[1]);
                }
            }
        }
    }

    @Test
    void aDomainEstimateIsItemNonresponseAlsoWithReplicateWeights() {
        SyntheticSurvey s = SyntheticSurvey.generate(150, 3, 21);
        for (String variance : new String[] {"variance: jkn", "variance: bootstrap\nreplicates: 40\nseed: 5"}) {
            SurveyResults full = estimate(s.write(dir, "full", s.rows, SyntheticSurvey.DESIGN, RAKING, variance));
            List<Row> masked = s.map(r -> r.sex().equals("m") ? r : r.withQ("8").withWorry("9").withAvoid("8"));
            SurveyResults only = estimate(s.write(dir, "masked", masked, SyntheticSurvey.DESIGN, RAKING, variance));
            for (String ind : new String[] {"safe_night", "worry", "avoid"}) {
                same(find(full, ind, "sex", "m"), find(only, ind, "", ""), 1, false, s + " " + variance + " " + ind);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void integerDesignWeightsEqualRepeatedRows(SyntheticSurvey s) {
        // design weights 1..4, each row repeated that many times with weight 1
        List<Row> weighted = new ArrayList<>();
        List<Row> repeated = new ArrayList<>();
        int k = 0;
        for (Row r : s.rows) {
            int times = 1 + (k++ * 7 + r.id().length()) % 4;
            weighted.add(r.withDw(times));
            for (int t = 0; t < times; t++) {
                repeated.add(r.withDw(1).withId(r.id() + "_" + t));
            }
        }
        String design = "design: {strata: district, weights: dw}";
        for (String weighting : new String[] {"method: none", RAKING,
            "method: poststratify\nmargins:\n  - " + SyntheticSurvey.SEX_AGE}) {
            SurveyResults a = estimate(s.write(dir, "weighted", weighted, design, weighting, ""));
            SurveyResults b = estimate(s.write(dir, "repeated", repeated, design, weighting, ""));
            assertEquals(a.estimates().size(), b.estimates().size());
            for (int i = 0; i < a.estimates().size(); i++) {
                Estimate x = a.estimates().get(i);
                Estimate y = b.estimates().get(i);
                String what = s + " " + weighting.lines().findFirst().get() + " " + x.indicator() + " "
                        + x.domainVariable() + "=" + x.domain();
                assertEquals(x.domain(), y.domain(), what);
                close(x.estimate(), y.estimate(), 1e-9, what + " estimate");
                close(x.weightSum(), y.weightSum(), 1e-9, what + " weight sum");
            }
        }
    }

    @Test
    void jackknifeEqualsLinearizationForAnUnweightedSrsMean() {
        SyntheticSurvey s = SyntheticSurvey.generate(3000, 1, 31);
        String indicators = """
                indicators:
                  - {name: avoid_mean, type: mean, variable: avoid}
                  - {name: worry, type: mean, variable: worry, valid: [1, 2, 3, 4, 5]}
                  - {name: safe_night, type: proportion, variable: q_safe_night, valid: [1, 2, 3, 4], success: [1, 2]}
                """;
        String design = "design: {}";
        SurveyResults lin = SurveyEstimation.run(SurveyRun.of(s.write(dir, "lin", s.rows, design, "method: none",
                indicators, "")));
        SurveyResults jkn = SurveyEstimation.run(SurveyRun.of(s.write(dir, "jkn", s.rows, design, "method: none",
                indicators, "variance: jkn")));
        assertEquals(3000, jkn.replicates());
        // a mean over every respondent: both are s^2 / n exactly
        Estimate l0 = lin.overall("avoid_mean").orElseThrow();
        Estimate j0 = jkn.overall("avoid_mean").orElseThrow();
        assertEquals(l0.estimate(), j0.estimate(), 1e-15);
        double n = 3000;
        double mean = l0.estimate();
        double ss = 0;
        for (Row r : s.rows) {
            double y = Double.parseDouble(r.avoid());
            ss += (y - mean) * (y - mean);
        }
        double srs = Math.sqrt(ss / (n - 1) / n);
        close(srs, l0.se().getAsDouble(), 1e-10, "linearization SE = s / sqrt(n)");
        close(srs, j0.se().getAsDouble(), 1e-9, "jackknife SE = s / sqrt(n)");
        // means over the respondents with a valid answer (ratios): within a few per cent
        for (String ind : new String[] {"worry", "safe_night"}) {
            double a = lin.overall(ind).orElseThrow().se().getAsDouble();
            double b = jkn.overall(ind).orElseThrow().se().getAsDouble();
            assertTrue(Math.abs(a - b) / a < 0.02, ind + ": linearization SE " + a + ", jackknife SE " + b);
        }
    }

    @Test
    void bootstrapIsReproducibleWithItsSeed() {
        SyntheticSurvey s = SyntheticSurvey.generate(400, 5, 41);
        String boot = "variance: bootstrap\nreplicates: 200\nseed: ";
        SurveyResults a = estimate(s.write(dir, "a", s.rows, SyntheticSurvey.DESIGN, RAKING, boot + "20240101"));
        SurveyResults b = estimate(s.write(dir, "b", s.rows, SyntheticSurvey.DESIGN, RAKING, boot + "20240101"));
        SurveyResults c = estimate(s.write(dir, "c", s.rows, SyntheticSurvey.DESIGN, RAKING, boot + "20240102"));
        SurveyResults lin = estimate(s.write(dir, "lin", s.rows, SyntheticSurvey.DESIGN, RAKING, ""));
        assertEquals(200, a.replicates());
        int differ = 0;
        for (int i = 0; i < a.estimates().size(); i++) {
            Estimate x = a.estimates().get(i);
            String what = x.indicator() + " " + x.domainVariable() + "=" + x.domain();
            assertEquals(x.se(), b.estimates().get(i).se(), "same seed, same SE: " + what);
            assertEquals(x.ci(), b.estimates().get(i).ci(), "same seed, same CI: " + what);
            if (!x.se().equals(c.estimates().get(i).se())) {
                differ++;
            }
            // the bootstrap estimates the same variance as linearization: within its Monte Carlo error
            double se = x.se().getAsDouble();
            double ls = lin.estimates().get(i).se().getAsDouble();
            assertTrue(Math.abs(se - ls) / ls < 0.35, what + ": bootstrap SE " + se + ", linearization " + ls);
        }
        assertEquals(a.estimates().size(), differ, "another seed must give other SEs");
        assertFalse(a.estimates().isEmpty());
    }
}
