package de.lagebild.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.io.InputException;
import de.lagebild.project.Project;
import de.lagebild.project.SurveySpec;
import de.lagebild.survey.SyntheticSurvey.Row;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Metamorphic and differential properties of the weighting (STYLE.md 7) on seeded random
 * synthetic surveys of 50 to 3000 respondents in 1 to 8 strata with unequal design weights.
 */
class WeightingPropertiesTest {
    @TempDir
    Path dir;

    static final String BOTH = "margins:\n  - " + SyntheticSurvey.SEX_AGE + "\n  - " + SyntheticSurvey.DISTRICT + "\n";
    static final String PRECISE = "max_iterations: 2000\ntolerance: 1.0e-12\n";

    static Stream<SyntheticSurvey> cases() {
        return SyntheticSurvey.cases().stream();
    }

    private static WeightedDesign weigh(Project p) {
        return SurveyRun.of(p).weighted();
    }

    /** Weighted designs of the unchanged synthetic surveys, shared by the tests (they are immutable). */
    private static final Map<String, WeightedDesign> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, SurveyReader.Result> READS = new ConcurrentHashMap<>();

    private WeightedDesign weigh(SyntheticSurvey s, String name, String weighting) {
        String key = s + "|" + weighting;
        WeightedDesign wd = CACHE.get(key);
        if (wd == null) {
            // the survey file of an unchanged synthetic survey is read once; the rest as SurveyRun.of does
            SurveySpec spec = s.write(dir, name, weighting).survey().orElseThrow();
            SurveyReader.Result read = READS.computeIfAbsent(s.toString(), k -> SurveyReader.read(spec, Codebook.empty(),
                    "lagebild.yaml"));
            List<Margin> margins = spec.weighting().margins().stream().map(m -> Margin.read(m).margin()).toList();
            wd = Weighting.apply(Design.of(read.data(), spec.design()), spec.weighting(), margins, "lagebild.yaml");
            CACHE.put(key, wd);
        }
        return wd;
    }

    /**
     * Linear (GREG) calibration computed independently: the model matrix of the sex x age cells and
     * the districts but the first, w = d (1 + x' lambda) with (X' D X) lambda = T - X' d.
     */
    static double[] linearByHand(SyntheticSurvey s, double[] d) {
        int p = 8 + s.strata - 1;
        double[][] a = new double[p][p];
        double[] rhs = new double[p];
        for (int c = 0; c < 8; c++) {
            rhs[c] = s.popSexAge[c];
        }
        for (int h = 1; h < s.strata; h++) {
            rhs[8 + h - 1] = s.popDistrict[h];
        }
        int[][] cols = new int[s.n][];
        for (int i = 0; i < s.n; i++) {
            Row r = s.rows.get(i);
            int c = List.of(SyntheticSurvey.SEXES).indexOf(r.sex()) * 4 + List.of(SyntheticSurvey.AGES).indexOf(r.agegrp());
            int h = Integer.parseInt(r.district().substring(2)) - 1;
            cols[i] = h == 0 ? new int[] {c} : new int[] {c, 8 + h - 1};
            for (int j : cols[i]) {
                rhs[j] -= d[i];
                for (int k : cols[i]) {
                    a[j][k] += d[i];
                }
            }
        }
        double[] lambda = new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver()
                .solve(new ArrayRealVector(rhs)).toArray();
        double[] w = new double[s.n];
        for (int i = 0; i < s.n; i++) {
            double g = 1;
            for (int j : cols[i]) {
                g += lambda[j];
            }
            w[i] = d[i] * g;
        }
        return w;
    }

    static double[] designWeights(SyntheticSurvey s) {
        return s.rows.stream().mapToDouble(Row::dw).toArray();
    }

    static boolean allPositive(double[] w) {
        for (double x : w) {
            if (!(x > 0)) {
                return false;
            }
        }
        return true;
    }

    static double maxRel(double[] a, double[] b) {
        assertEquals(a.length, b.length);
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.abs(b[i]));
        }
        return worst;
    }

    /** Checks that the weights reproduce each cell of both margins, computing the totals from the rows. */
    static void assertMarginsReproduced(SyntheticSurvey s, double[] w, double tol, String what) {
        double[] sa = new double[8];
        double[] d = new double[s.strata];
        for (int i = 0; i < w.length; i++) {
            Row r = s.rows.get(i);
            int sex = List.of(SyntheticSurvey.SEXES).indexOf(r.sex());
            int age = List.of(SyntheticSurvey.AGES).indexOf(r.agegrp());
            sa[sex * 4 + age] += w[i];
            d[Integer.parseInt(r.district().substring(2)) - 1] += w[i];
        }
        for (int c = 0; c < 8; c++) {
            double rel = Math.abs(sa[c] - s.popSexAge[c]) / s.popSexAge[c];
            assertTrue(rel <= tol, what + ": sex x age cell " + c + " sums to " + sa[c] + ", population " + s.popSexAge[c]);
        }
        for (int h = 0; h < s.strata; h++) {
            double rel = Math.abs(d[h] - s.popDistrict[h]) / s.popDistrict[h];
            assertTrue(rel <= tol, what + ": district " + h + " sums to " + d[h] + ", population " + s.popDistrict[h]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rakingWithOneMarginEqualsPoststratification(SyntheticSurvey s) {
        for (String margin : new String[] {SyntheticSurvey.SEX_AGE, SyntheticSurvey.DISTRICT}) {
            String m = "margins:\n  - " + margin + "\n";
            WeightedDesign rake = weigh(s, "rake", "method: raking\n" + m);
            WeightedDesign post = weigh(s, "post", "method: poststratify\n" + m);
            double r = maxRel(rake.weights(), post.weights());
            assertTrue(r <= 1e-12, s + " " + margin + ": raking and poststratify differ by " + r);
            // and both equal the definition w = d N_c / sum_{i in c} d_i
            Map<String, Double> dSum = new HashMap<>();
            Map<String, Long> pop = new HashMap<>();
            boolean bySexAge = margin.equals(SyntheticSurvey.SEX_AGE);
            for (Row row : s.rows) {
                dSum.merge(bySexAge ? row.sex() + row.agegrp() : row.district(), row.dw(), Double::sum);
            }
            for (int c = 0; c < 8; c++) {
                pop.put(SyntheticSurvey.SEXES[c / 4] + SyntheticSurvey.AGES[c % 4], s.popSexAge[c]);
            }
            for (int h = 0; h < s.strata; h++) {
                pop.put(SyntheticSurvey.district(h), s.popDistrict[h]);
            }
            double[] byHand = new double[s.n];
            for (int i = 0; i < s.n; i++) {
                Row row = s.rows.get(i);
                String cell = bySexAge ? row.sex() + row.agegrp() : row.district();
                byHand[i] = row.dw() * pop.get(cell) / dSum.get(cell);
            }
            double h = maxRel(post.weights(), byHand);
            assertTrue(h <= 1e-12, s + " " + margin + ": poststratify differs from d N_c / sum d by " + h);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void calibratedWeightsReproduceEveryMarginTotal(SyntheticSurvey s) {
        String[][] methods = {{"raking", ""}, {"linear", ""}, {"logit", "bounds: [0.05, 20]\nmax_iterations: 500\n"},
            {"raking", "bounds: [0.05, 20]\nmax_iterations: 500\n"}};
        boolean linearPositive = allPositive(linearByHand(s, designWeights(s)));
        for (String[] m : methods) {
            if (m[0].equals("linear") && !linearPositive) {
                continue; // see linearCalibrationIsExactInOneNewtonStep
            }
            WeightedDesign wd = weigh(s, m[0], "method: " + m[0] + "\n" + BOTH + m[1]);
            assertTrue(wd.diagnostics().converged());
            assertTrue(wd.diagnostics().maxRelativeMisfit() < 1e-10, s + " " + m[0] + ": " + wd.diagnostics());
            assertMarginsReproduced(s, wd.weights(), 1e-8, s + " " + m[0] + " " + m[1]);
            assertEquals(s.total(), wd.diagnostics().sumWeights(), 1e-8 * s.total());
        }
        WeightedDesign post = weigh(s, "post", "method: poststratify\nmargins:\n  - " + SyntheticSurvey.SEX_AGE + "\n");
        double[] w = post.weights();
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        assertEquals(s.total(), sum, 1e-8 * s.total());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void linearCalibrationIsExactInOneNewtonStepAndEqualsGregByHand(SyntheticSurvey s) {
        double[] byHand = linearByHand(s, designWeights(s));
        String yaml = "method: linear\n" + BOTH + "tolerance: 1.0e-11\n";
        int nonPositive = 0;
        for (double x : byHand) {
            nonPositive += x > 0 ? 0 : 1;
        }
        if (nonPositive > 0) {
            InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                    () -> weigh(s, "linear", yaml));
            assertTrue(e.getMessage().contains("linear calibration gives " + nonPositive + " respondents a weight of zero"
                    + " or below"), s + ": " + e.getMessage());
            return;
        }
        WeightedDesign wd = weigh(s, "linear", yaml);
        assertEquals(1, wd.diagnostics().iterations(), s + ": " + wd.diagnostics());
        double r = maxRel(wd.weights(), byHand);
        assertTrue(r <= 1e-9, s + ": linear calibration differs from GREG by hand by " + r);
        assertMarginsReproduced(s, wd.weights(), 1e-10, s + " linear");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rakingIsInvariantToTheOrderOfTheMargins(SyntheticSurvey s) {
        String reversed = "margins:\n  - " + SyntheticSurvey.DISTRICT + "\n  - " + SyntheticSurvey.SEX_AGE + "\n";
        WeightedDesign a = weigh(s, "ab", "method: raking\n" + BOTH + PRECISE);
        WeightedDesign b = weigh(s, "ba", "method: raking\n" + reversed + PRECISE);
        double r = maxRel(a.weights(), b.weights());
        assertTrue(r <= 1e-8, s + ": margin order changes raking weights by " + r);
        // also for linear calibration (Newton)
        if (!allPositive(linearByHand(s, designWeights(s)))) {
            return;
        }
        WeightedDesign la = weigh(s, "lab", "method: linear\n" + BOTH);
        WeightedDesign lb = weigh(s, "lba", "method: linear\n" + reversed);
        assertTrue(maxRel(la.weights(), lb.weights()) <= 1e-9, s + ": margin order changes linear weights");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scalingAllDesignWeightsLeavesCalibratedWeightsUnchanged(SyntheticSurvey s) {
        WeightedDesign base = weigh(s, "base", "method: raking\n" + BOTH + PRECISE);
        String post = "method: poststratify\nmargins:\n  - " + SyntheticSurvey.SEX_AGE + "\n";
        WeightedDesign basePost = weigh(s, "basePost", post);
        // 1e-3 makes every margin total more than 20 times its sample total: the rescaled path
        for (double c : new double[] {1e-3, 7.5}) {
            List<Row> scaled = s.map(r -> r.withDw(r.dw() * c));
            double r = maxRel(weigh(s.write(dir, "scaled", scaled, SyntheticSurvey.DESIGN,
                    "method: raking\n" + BOTH + PRECISE, "")).weights(), base.weights());
            assertTrue(r <= 1e-8, s + ": design weights times " + c + " change raking weights by " + r);
            double p = maxRel(weigh(s.write(dir, "scaledPost", scaled, SyntheticSurvey.DESIGN, post, "")).weights(),
                    basePost.weights());
            assertTrue(p <= 1e-12, s + ": design weights times " + c + " change poststratified weights by " + p);
        }
    }

    /** Bounds on g of the form [lower, upper] for a project file. */
    private static String bounds(double lower, double upper) {
        return "bounds: [" + de.lagebild.internal.Numbers.format(lower) + ", " + de.lagebild.internal.Numbers.format(upper) + "]\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void boundsThatDoNotBindLeaveTheCalibrationAsWithoutBounds(SyntheticSurvey s) {
        WeightedDesign free = weigh(s, "free", "method: raking\n" + BOTH + PRECISE);
        double a = free.diagnostics().minG();
        double b = free.diagnostics().maxG();
        WeightedDesign bounded = weigh(s, "wide", "method: raking\n" + BOTH + PRECISE
                + bounds(Math.min(0.5, a / 2), Math.max(2, 2 * b)));
        double r = maxRel(bounded.weights(), free.weights());
        assertTrue(r <= 1e-8, s + ": bounds that do not bind change raking weights by " + r);
        double[] lin = linearByHand(s, designWeights(s));
        if (allPositive(lin)) {
            double la = Double.POSITIVE_INFINITY;
            double lb = 0;
            for (int i = 0; i < s.n; i++) {
                double g = lin[i] / s.rows.get(i).dw();
                la = Math.min(la, g);
                lb = Math.max(lb, g);
            }
            WeightedDesign linear = weigh(s, "wideLinear", "method: linear\n" + BOTH
                    + bounds(Math.min(0.5, la / 2), Math.max(2, 2 * lb)));
            assertTrue(maxRel(linear.weights(), lin) <= 1e-9, s + ": bounds that do not bind change linear weights");
        }
    }

    /** The range of g = w / d. */
    private static double[] gRange(SyntheticSurvey s, double[] w) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < s.n; i++) {
            double g = w[i] / s.rows.get(i).dw();
            lo = Math.min(lo, g);
            hi = Math.max(hi, g);
        }
        return new double[] {lo, hi};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void boundedCalibrationKeepsEveryGWithinTheBounds(SyntheticSurvey s) {
        double[] rake = gRange(s, weigh(s, "free", "method: raking\n" + BOTH + PRECISE).weights());
        double[] lin = linearByHand(s, designWeights(s));
        double[] linear = allPositive(lin) ? gRange(s, lin) : null;
        // {method, lower, upper, must converge}: the raking solution lies within raking's own g range,
        // so linear calibration bounded to it (widened by 5 %) is feasible, and vice versa; both bind
        // where the two distances' solutions differ. The 30 % narrower bounds may be infeasible.
        List<Object[]> cases = new java.util.ArrayList<>();
        cases.add(new Object[] {"linear", rake[0] * 0.95, rake[1] * 1.05, true});
        cases.add(new Object[] {"logit", rake[0] * 0.999, rake[1] * 1.001, false});
        if (linear != null) {
            cases.add(new Object[] {"raking", linear[0] * 0.95, linear[1] * 1.05, true});
        }
        for (String m : new String[] {"raking", "linear"}) {
            cases.add(new Object[] {m, 1 - 0.7 * (1 - rake[0]), 1 + 0.7 * (rake[1] - 1), false});
        }
        for (Object[] c : cases) {
            String method = (String) c[0];
            double lo = (double) c[1];
            double hi = (double) c[2];
            String what = s + " " + method + " bounds [" + lo + ", " + hi + "]";
            WeightedDesign wd;
            try {
                // an infeasible calibration runs to max_iterations: fewer where that is allowed
                wd = weigh(s, method + "Bounded", "method: " + method + "\n" + BOTH + bounds(lo, hi) + "max_iterations: "
                        + ((boolean) c[3] ? 200 : 40) + "\n");
            } catch (InputException e) {
                assertTrue(!(boolean) c[3], what + " is feasible but: " + e.getMessage());
                assertTrue(e.getMessage().contains("widen survey.weighting.bounds"), e.getMessage());
                continue;
            }
            double[] g = gRange(s, wd.weights());
            assertTrue(g[0] >= lo - 1e-9 && g[1] <= hi + 1e-9, what + ": g in [" + g[0] + ", " + g[1] + "]");
            assertMarginsReproduced(s, wd.weights(), 1e-8, what);
        }
    }

    @org.junit.jupiter.api.Test
    void boundedLogitThatDivergesIsAnInputErrorNotACrash() {
        // commons-math's eigen decomposition gave up on a Newton matrix of this case (MaxCountExceededException)
        SyntheticSurvey s = SyntheticSurvey.generate(60, 8, 12);
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> weigh(s.write(dir, "logit", "method: logit\n" + BOTH + "bounds: [0.5, 2.0]\nmax_iterations: 20\n")));
        assertTrue(e.getMessage().contains("logit calibration did not converge in 20 iterations"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void trimmingKeepsTheSumAndStrictTrimmingTheCap(SyntheticSurvey s) {
        WeightedDesign raw = weigh(s, "raw", "method: raking\n" + BOTH);
        double[] w0 = raw.weights();
        double sum0 = 0;
        double max0 = 0;
        for (double x : w0) {
            sum0 += x;
            max0 = Math.max(max0, x);
        }
        double mean = sum0 / s.n;
        double upper = Math.max(1.05, 0.8 * max0 / mean); // always below the largest weight
        for (boolean strict : new boolean[] {false, true}) {
            WeightedDesign wd = weigh(s, "trim" + strict, "method: raking\n" + BOTH + "trim: {upper: " + upper
                    + ", relative_to: mean, strict: " + strict + "}\n");
            double[] w = wd.weights();
            double sum = 0;
            double max = 0;
            for (double x : w) {
                sum += x;
                max = Math.max(max, x);
                assertTrue(x > 0);
            }
            assertEquals(sum0, sum, 1e-9 * sum0, s + " strict=" + strict + ": trimming changed the sum of weights");
            assertTrue(wd.diagnostics().trimmed() > 0, s + ": nothing was trimmed");
            double cap = upper * mean;
            if (strict) {
                assertTrue(max <= cap, s + ": a weight of " + max + " exceeds the cap " + cap + " after strict trimming");
            }
            assertTrue(max < max0, s + ": trimming did not lower the largest weight");
        }
        // absolute limits on both sides
        double lo = 0.9 * mean;
        double hi = 1.3 * mean;
        WeightedDesign both = weigh(s, "trimBoth", "method: raking\n" + BOTH + "trim: {lower: " + lo + ", upper: " + hi
                + ", relative_to: absolute, strict: true}\n");
        double sum = 0;
        for (double x : both.weights()) {
            assertTrue(x >= lo && x <= hi, s + ": weight " + x + " outside [" + lo + ", " + hi + "]");
            sum += x;
        }
        assertEquals(sum0, sum, 1e-9 * sum0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void boundsApplyAfterRsRescalingOfDesignWeightsFarBelowThePopulation(SyntheticSurvey s) {
        // without weights and fpc every design weight is 1, far below N / n: as R's grake, the weights
        // are first multiplied by the mean ratio population / sample total over the model matrix's
        // columns (intercept, every cell but the first of each margin), and the bounds apply to g
        // relative to those rescaled weights (R warns "Bounds were set but will be interpreted after
        // rescaling"; see the report of this test suite)
        Map<String, Integer> count = new HashMap<>();
        for (Row r : s.rows) {
            count.merge(r.sex() + "|" + r.agegrp(), 1, Integer::sum);
            count.merge(r.district(), 1, Integer::sum);
        }
        double sum = (double) s.total() / s.n;
        int k = 1;
        for (int c = 1; c < 8; c++) { // m|16-29 sorts first
            sum += s.popSexAge[c] / (double) count.get(SyntheticSurvey.SEXES[c / 4] + "|" + SyntheticSurvey.AGES[c % 4]);
            k++;
        }
        for (int h = 1; h < s.strata; h++) {
            sum += s.popDistrict[h] / (double) count.get(SyntheticSurvey.district(h));
            k++;
        }
        double minRatio = (double) s.total() / s.n;
        for (int c = 0; c < 8; c++) {
            minRatio = Math.min(minRatio, s.popSexAge[c] / (double) count.get(SyntheticSurvey.SEXES[c / 4] + "|"
                    + SyntheticSurvey.AGES[c % 4]));
        }
        for (int h = 0; h < s.strata; h++) {
            minRatio = Math.min(minRatio, s.popDistrict[h] / (double) count.get(SyntheticSurvey.district(h)));
        }
        // R rescales only when every ratio exceeds 20: otherwise the bounds [0.3, 3] apply to w / 1,
        // and no weight near N / n can meet them
        boolean rescaled = minRatio > 20;
        double scale = rescaled ? sum / k : 1;
        String design = "design: {strata: district}";
        int converged = 0;
        for (String method : new String[] {"raking", "linear", "logit"}) {
            WeightedDesign wd;
            try {
                wd = weigh(s.write(dir, "unit" + method, s.rows, design, "method: " + method + "\n" + BOTH
                        + "bounds: [0.3, 3]\nmax_iterations: 200\n", ""));
            } catch (InputException e) {
                assertTrue(e.getMessage().contains("widen survey.weighting.bounds"), e.getMessage());
                continue;
            }
            double[] w = wd.weights();
            for (int i = 0; i < s.n; i++) {
                double g = w[i] / scale;
                assertTrue(g >= 0.3 - 1e-9 && g <= 3 + 1e-9, s + " " + method + ": g / scale = " + g);
            }
            assertMarginsReproduced(s, w, 1e-8, s + " " + method + " unit design weights");
            converged++;
        }
        if (rescaled) {
            assertTrue(converged >= 2, s + ": only " + converged + " of 3 calibrations converged");
        } else {
            assertEquals(0, converged, s + ": N / n = " + s.total() / s.n + " cannot meet bounds [0.3, 3] on w / 1");
        }
    }
}
