package de.lagebild.survey;

import de.lagebild.io.InputException;
import de.lagebild.internal.Numbers;
import de.lagebild.io.Problem;
import de.lagebild.project.WeightingSpec;
import de.lagebild.project.WeightingSpec.Method;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Weights a design to population margins.
 *
 * <ul>
 * <li>{@code poststratify}: w = d N_c / sum_{i in c} d_i for the cells c of one (possibly joint)
 * margin; equals R's {@code postStratify()}.</li>
 * <li>{@code raking}: iterative proportional fitting to several margins; equals R's {@code rake()} and
 * {@code calibrate(calfun = "raking")} (with bounds: the truncated raking distance of
 * {@code calibrate(calfun = "raking", bounds = )}).</li>
 * <li>{@code linear}: GREG calibration, R's {@code calibrate(calfun = "linear")}, optionally bounded
 * (truncated linear distance).</li>
 * <li>{@code logit}: R's {@code calibrate(calfun = "logit", bounds = c(L, U))}.</li>
 * </ul>
 * Bounds restrict g = w / d. Trimming ({@code trim}) follows as R's {@code trimWeights()}.
 */
public final class Weighting {
    private Weighting() {
    }

    /**
     * Weights a design.
     *
     * @param design  the design (design weights, strata, fpc)
     * @param spec    the weighting settings
     * @param margins one margin per entry of {@code spec.margins()}, in the same order
     * @param project the project file name, for messages about settings
     * @return the design with its final weights, diagnostics and what variance estimation needs
     * @throws InputException when a margin cannot be matched, the calibration does not converge, the
     *                        bounds cannot be met, or linear calibration gives negative weights
     * @throws IllegalArgumentException when the method is not {@code none} and the number of margins
     *                                  differs from {@code spec.margins()}
     */
    public static WeightedDesign apply(Design design, WeightingSpec spec, List<Margin> margins, String project) {
        double[] d = design.designWeightsShared();
        int n = d.length;
        String key = "survey.weighting";
        if (spec.method() == Method.NONE) {
            double[] w = d.clone();
            int trimmed = 0;
            if (spec.trim().isPresent()) {
                Trimming.Result t = Trimming.apply(w, spec.trim().get(), project);
                w = t.weights();
                trimmed = t.trimmed();
            }
            WeightingDiagnostics diag = WeightingDiagnostics.of("none", 0, true, 0, 0, w, d, trimmed, 1.0);
            return new WeightedDesign(design, spec, margins, w, diag, null, null, null, project);
        }
        if (margins.size() != spec.margins().size()) {
            throw new IllegalArgumentException("need " + spec.margins().size() + " margins, got " + margins.size());
        }
        CalibrationModel model = CalibrationModel.build(design.data(), margins);
        double[] dPattern = model.patternSums(d);
        Calibrator.Solution sol = Calibrator.solve(model, dPattern, spec.method(), spec.lowerBound(),
                spec.upperBound(), spec.maxIterations(), spec.tolerance());
        if (!sol.converged()) {
            String where = sol.worstColumn() >= 0 && sol.worstColumn() < model.columns
                    ? model.colLabels[sol.worstColumn()] : "a margin";
            String msg = spec.method().key() + " calibration did not converge in " + sol.iterations()
                    + " iterations: the largest misfit (relative " + sci(sol.maxRelMisfit()) + ") remains in " + where;
            if (spec.bounded()) {
                msg += ". The bounds [" + Numbers.format(spec.lowerBound()) + ", " + Numbers.format(spec.upperBound())
                        + "] on g = weight / design weight probably cannot be met: widen survey.weighting.bounds"
                        + " (or raise max_iterations)";
            } else {
                msg += ". Raise survey.weighting.max_iterations, or check that the margins fit the sample"
                        + " (sparse cells make raking slow)";
            }
            throw new InputException(Problem.atKey(project, 0, key, msg));
        }
        double[] w = new double[n];
        int negative = 0;
        long firstNegLine = 0;
        for (int i = 0; i < n; i++) {
            w[i] = d[i] * sol.g()[model.patternOfRow[i]];
            if (!(w[i] > 0)) {
                if (negative == 0) {
                    firstNegLine = design.data().line(i);
                }
                negative++;
            }
        }
        if (negative > 0) {
            throw new InputException(Problem.atKey(project, 0, key, spec.method().key() + " calibration gives "
                    + negative + " respondents a weight of zero or below (the first on line " + firstNegLine + " of "
                    + design.data().source() + "): set bounds, e.g. bounds: [0.3, 3], or use raking"));
        }
        double[] calibrated = w;
        int trimmed = 0;
        if (spec.trim().isPresent()) {
            Trimming.Result t = Trimming.apply(w, spec.trim().get(), project);
            w = t.weights();
            trimmed = t.trimmed();
        }
        double[] wPattern = model.patternSums(w);
        double[] tot = model.columnTotals(wPattern);
        double maxAbs = 0;
        double maxRel = 0;
        for (int j = 0; j < model.columns; j++) {
            double a = Math.abs(model.targets[j] - tot[j]);
            maxAbs = Math.max(maxAbs, a);
            maxRel = Math.max(maxRel, a / (1 + Math.abs(model.targets[j])));
        }
        WeightingDiagnostics diag = WeightingDiagnostics.of(spec.method().key(), sol.iterations(), true, maxAbs,
                maxRel, w, d, trimmed, spec.bounded() ? sol.scale() : 1.0);
        RealMatrix ginv = Calibrator.pseudoInverse(model.crossProduct(dPattern));
        return new WeightedDesign(design, spec, margins, w, diag, model, calibrated, ginv, project);
    }

    private static String sci(double x) {
        return String.format(java.util.Locale.ROOT, "%.2e", x);
    }
}
