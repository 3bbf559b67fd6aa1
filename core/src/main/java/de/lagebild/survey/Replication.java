package de.lagebild.survey;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.project.SurveySpec.VarianceMethod;
import de.lagebild.project.SurveySpec.VarianceSpec;
import de.lagebild.project.WeightingSpec;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Replicate weights, each replicate re-calibrated and re-trimmed as the full sample was.
 *
 * <ul>
 * <li>JKn (R's {@code as.svrepdesign(type = "JKn")}): one replicate per respondent; replicate (h, j)
 * gives respondent j weight 0 and the others of stratum h the factor n_h / (n_h - 1); its scale is
 * (1 - n_h/N_h)(n_h - 1)/n_h.</li>
 * <li>JK1 (R's {@code type = "JK1"}): strata ignored; factor n / (n - 1), scale (1 - n/N)(n - 1)/n.</li>
 * <li>bootstrap: the Rao-Wu rescaling bootstrap drawing n_h - 1 respondents with replacement in each
 * stratum, factor 1 - l + l c n_h / (n_h - 1) with l = sqrt(1 - n_h/N_h) and c the draw count;
 * scale 1 / (R - 1). Reproducible: the same seed gives the same replicates.</li>
 * </ul>
 * Variance: V = scale_all sum_r rscale_r (theta_r - mean(theta))^2, centred on the mean of the
 * replicates (R's default, {@code mse = FALSE}).
 */
final class Replication {
    private final WeightedDesign wd;
    private final VarianceMethod method;
    private final int count;
    /** JKn/JK1: the row deleted by each replicate. */
    private final int[] deleted;
    private final double[] rscale;
    private final double scale;
    private final long seed;
    private final int replicatesRequested;
    /** Design-weight sums per stratum and pattern, for fast JKn re-calibration. */
    private final double[][] dStratumPattern;
    private final double[] dPattern;
    private final double[] gFull;

    Replication(WeightedDesign wd, VarianceSpec spec) {
        this.wd = wd;
        this.method = spec.method();
        this.seed = spec.seed();
        this.replicatesRequested = spec.replicates();
        Design d = wd.design();
        int n = d.size();
        switch (method) {
            case JKN -> {
                int[] st = d.stratumOfRow();
                int c = 0;
                for (int i = 0; i < n; i++) {
                    if (jknStratumUsable(d, st[i])) {
                        c++;
                    }
                }
                count = c;
                deleted = new int[c];
                rscale = new double[c];
                // R orders replicates stratum by stratum
                int r = 0;
                for (int h = 0; h < d.strataCount(); h++) {
                    if (!jknStratumUsable(d, h)) {
                        continue;
                    }
                    int nh = d.stratumSize(h);
                    for (int i = 0; i < n; i++) {
                        if (st[i] == h) {
                            deleted[r] = i;
                            rscale[r] = d.fpcFactor(h) * (nh - 1.0) / nh;
                            r++;
                        }
                    }
                }
                scale = 1.0;
            }
            case JK1 -> {
                count = n;
                deleted = new int[n];
                rscale = new double[n];
                double f = 1.0;
                if (d.hasFpc()) {
                    double pop = 0;
                    for (int h = 0; h < d.strataCount(); h++) {
                        pop += d.stratumPopulation(h);
                    }
                    f = (pop - n) / pop;
                }
                for (int i = 0; i < n; i++) {
                    deleted[i] = i;
                    rscale[i] = 1.0;
                }
                scale = f * (n - 1.0) / n;
            }
            case BOOTSTRAP -> {
                count = replicatesRequested;
                deleted = null;
                rscale = new double[count];
                Arrays.fill(rscale, 1.0);
                scale = 1.0 / (count - 1.0);
            }
            default -> throw new IllegalArgumentException("not a replicate method: " + method);
        }
        if (wd.model != null) {
            CalibrationModel m = wd.model;
            int[] st = d.stratumOfRow();
            double[] dw = d.designWeightsShared();
            dStratumPattern = new double[d.strataCount()][m.patterns];
            for (int i = 0; i < n; i++) {
                dStratumPattern[st[i]][m.patternOfRow[i]] += dw[i];
            }
            dPattern = m.patternSums(dw);
            gFull = new double[m.patterns];
            double[] w = wd.calibrated;
            double[] wPat = m.patternSums(w);
            for (int k = 0; k < m.patterns; k++) {
                gFull[k] = wPat[k] / dPattern[k];
            }
        } else {
            dStratumPattern = null;
            dPattern = null;
            gFull = null;
        }
    }

    private static boolean jknStratumUsable(Design d, int h) {
        return d.stratumSize(h) > 1 && d.fpcFactor(h) > 0;
    }

    int count() {
        return count;
    }

    double scale() {
        return scale;
    }

    double rscale(int r) {
        return rscale[r];
    }

    /**
     * The degrees of freedom for t quantiles of an estimate over {@code domainRows} respondents:
     * min(domain rows, replicates) - 1, the rank of the domain's replicate weights minus one when
     * they are linearly independent. R computes that rank numerically
     * ({@code qr(weights(subset, "analysis"), tol = 1e-5)$rank - 1}); re-calibrated replicates can
     * be slightly dependent, so R's value can be a few lower (a difference in the fifth digit of a
     * t quantile).
     */
    int degreesOfFreedom(int domainRows) {
        return Math.max(1, Math.min(domainRows, count) - 1);
    }

    /** The design-weight factors of replicate r, per row. */
    void factors(int r, double[] out) {
        Design d = wd.design();
        int n = d.size();
        switch (method) {
            case JKN -> {
                int j = deleted[r];
                int h = d.stratum(j);
                double f = d.stratumSize(h) / (d.stratumSize(h) - 1.0);
                int[] st = d.stratumOfRow();
                for (int i = 0; i < n; i++) {
                    out[i] = st[i] == h ? f : 1.0;
                }
                out[j] = 0;
            }
            case JK1 -> {
                double f = n / (n - 1.0);
                Arrays.fill(out, f);
                out[deleted[r]] = 0;
            }
            case BOOTSTRAP -> {
                // one independent stream per replicate, reproducible whatever the evaluation order
                SplittableRandom rnd = new SplittableRandom(mix(seed, r));
                int[] st = d.stratumOfRow();
                Arrays.fill(out, 0);
                int[] counts = new int[n];
                for (int h = 0; h < d.strataCount(); h++) {
                    int nh = d.stratumSize(h);
                    if (nh < 2) {
                        continue;
                    }
                    int[] members = membersOf(h);
                    for (int t = 0; t < nh - 1; t++) {
                        counts[members[rnd.nextInt(nh)]]++;
                    }
                }
                for (int i = 0; i < n; i++) {
                    int h = st[i];
                    int nh = d.stratumSize(h);
                    if (nh < 2) {
                        out[i] = 1.0;
                        continue;
                    }
                    double l = Math.sqrt(d.fpcFactor(h));
                    out[i] = 1 - l + l * counts[i] * nh / (nh - 1.0);
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private int[][] members;

    private int[] membersOf(int h) {
        if (members == null) {
            Design d = wd.design();
            int[][] m = new int[d.strataCount()][];
            int[] fill = new int[d.strataCount()];
            for (int k = 0; k < m.length; k++) {
                m[k] = new int[d.stratumSize(k)];
            }
            int[] st = d.stratumOfRow();
            for (int i = 0; i < st.length; i++) {
                m[st[i]][fill[st[i]]++] = i;
            }
            members = m;
        }
        return members[h];
    }

    private static long mix(long seed, int r) {
        long z = seed + 0x9E3779B97F4A7C15L * (r + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The final weights of replicate r: design weights times the replicate factors, re-calibrated
     * and re-trimmed as the full sample.
     */
    void weights(int r, double[] factorBuf, double[] out) {
        factors(r, factorBuf);
        Design d = wd.design();
        double[] dw = d.designWeightsShared();
        int n = dw.length;
        WeightingSpec spec = wd.spec();
        if (wd.model == null) {
            for (int i = 0; i < n; i++) {
                out[i] = dw[i] * factorBuf[i];
            }
        } else {
            CalibrationModel m = wd.model;
            double[] dRep;
            if (method == VarianceMethod.JKN) {
                int j = deleted[r];
                int h = d.stratum(j);
                double f = d.stratumSize(h) / (d.stratumSize(h) - 1.0);
                dRep = dPattern.clone();
                for (int k = 0; k < m.patterns; k++) {
                    dRep[k] += (f - 1) * dStratumPattern[h][k];
                }
                dRep[m.patternOfRow[j]] -= f * dw[j];
                if (dRep[m.patternOfRow[j]] < 1e-12 * dPattern[m.patternOfRow[j]]) {
                    dRep[m.patternOfRow[j]] = 0;
                }
            } else {
                double[] dr = new double[n];
                for (int i = 0; i < n; i++) {
                    dr[i] = dw[i] * factorBuf[i];
                }
                dRep = m.patternSums(dr);
            }
            checkCells(m, dRep, r);
            double[] dSafe = dRep.clone();
            for (int k = 0; k < dSafe.length; k++) {
                if (dSafe[k] <= 0) {
                    dSafe[k] = Double.MIN_NORMAL; // an empty pattern: its g does not matter
                }
            }
            Calibrator.Solution s = Calibrator.solve(m, dSafe, spec.method(), spec.lowerBound(), spec.upperBound(),
                    spec.maxIterations(), spec.tolerance(), gFull);
            if (!s.converged()) {
                throw new InputException(Problem.atKey(wd.project, 0, "survey.variance", method.name().toLowerCase(
                        java.util.Locale.ROOT) + " replicate " + (r + 1) + describe(r) + ": the calibration did not"
                        + " converge (largest misfit in " + m.colLabels[Math.max(0, s.worstColumn())] + "); use"
                        + " variance: linearization or widen the weighting bounds"));
            }
            for (int i = 0; i < n; i++) {
                out[i] = dw[i] * factorBuf[i] * s.g()[m.patternOfRow[i]];
            }
        }
        if (spec.trim().isPresent()) {
            double[] t = Trimming.apply(out, spec.trim().get(), wd.project).weights();
            System.arraycopy(t, 0, out, 0, n);
        }
    }

    private void checkCells(CalibrationModel m, double[] dRep, int r) {
        double[] tot = m.columnTotals(dRep);
        for (int c = 0; c < m.columns; c++) {
            if (!(tot[c] > 0)) {
                throw new InputException(Problem.atKey(wd.project, 0, "survey.variance", method.name().toLowerCase(
                        java.util.Locale.ROOT) + " replicate " + (r + 1) + describe(r) + " leaves the margin cell "
                        + m.colLabels[c] + " without respondents, so it cannot be calibrated: merge the cell with a"
                        + " neighbour, or use variance: linearization"));
            }
        }
    }

    private String describe(int r) {
        if (deleted == null) {
            return "";
        }
        SurveyData data = wd.data();
        return " (without respondent " + data.id(deleted[r]) + ", line " + data.line(deleted[r]) + ")";
    }
}
