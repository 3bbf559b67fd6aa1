package de.lagebild.survey;

import de.lagebild.project.WeightingSpec.Method;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Solves calibration equations on pattern sums, as R's {@code grake()} does on rows: find g_k =
 * F(x_k' eta) with sum_k D_k g_k x_k = T, where D_k is the sum of the weights before calibration of
 * pattern k and F the calibration distance's inverse derivative:
 * <ul>
 * <li>linear: F(u) = 1 + u, truncated to [L, U] when bounded;</li>
 * <li>raking: F(u) = exp(u), truncated to [L, U] when bounded; F'(u) is taken as exp(u) where g is
 * not truncated and also, as R's {@code cal.raking}, for u in (L - 1, U - 1), 0 elsewhere;</li>
 * <li>logit: F(u) = (L(U-1) + U(1-L) e^{Au}) / (U - 1 + (1-L) e^{Au}) with A = (U-L) / ((1-L)(U-1)).</li>
 * </ul>
 * Newton-Raphson steps use the Moore-Penrose inverse of the Jacobian (as R's {@code MASS::ginv} with
 * tolerance 256 machine epsilon), so redundant margins (every margin sums to the population) need
 * no reference coding. Unbounded raking uses iterative proportional fitting instead, which converges
 * whenever a solution exists. Convergence: every column's |misfit| / (1 + |T|) below the tolerance,
 * R's criterion.
 *
 * <p>As in R, when every margin total is more than 20 times its design-weighted sample count, the
 * weights are first scaled by the mean of those ratios (over R's model-matrix columns: the
 * intercept and each margin's cells but its first), and bounds apply to g relative to the scaled
 * weights.
 */
final class Calibrator {
    private static final double SOMETHRESHOLD = 20;

    private Calibrator() {
    }

    /** The outcome of a calibration. */
    record Solution(double[] g, int iterations, boolean converged, double maxRelMisfit, int worstColumn,
            double scale) {
    }

    static Solution solve(CalibrationModel m, double[] patternD, Method method, double lower, double upper,
            int maxit, double tol) {
        return solve(m, patternD, method, lower, upper, maxit, tol, null);
    }

    /** Solves with an optional starting g per pattern (used by iterative proportional fitting only). */
    static Solution solve(CalibrationModel m, double[] patternD, Method method, double lower, double upper,
            int maxit, double tol, double[] gStart) {
        double[] sampleTotals = m.columnTotals(patternD);
        double scale = 1.0;
        double minRatio = Double.POSITIVE_INFINITY;
        double sumRatio = 0;
        int nRatio = 0;
        double popTotal = 0;
        double sampleTotal = 0;
        for (int j = 0; j < m.columns; j++) {
            double r = m.targets[j] / sampleTotals[j];
            minRatio = Math.min(minRatio, r);
            if (!m.referenceCol[j]) {
                sumRatio += r;
                nRatio++;
            }
            if (m.blockOfCol[j] == 0) {
                popTotal += m.targets[j];
                sampleTotal += sampleTotals[j];
            }
        }
        double interceptRatio = popTotal / sampleTotal;
        minRatio = Math.min(minRatio, interceptRatio);
        double[] d = patternD;
        if (minRatio > SOMETHRESHOLD) {
            scale = (sumRatio + interceptRatio) / (nRatio + 1);
            d = new double[patternD.length];
            for (int k = 0; k < d.length; k++) {
                d[k] = patternD[k] * scale;
            }
        }
        Solution s;
        boolean bounded = lower > Double.NEGATIVE_INFINITY || upper < Double.POSITIVE_INFINITY;
        if (method == Method.RAKING && !bounded) {
            s = ipf(m, d, maxit, tol, scale == 1.0 ? gStart : null);
        } else {
            Method distance = method == Method.POSTSTRATIFY ? Method.LINEAR : method;
            s = newton(m, d, distance, lower, upper, maxit, tol, false);
            if (!s.converged()) {
                // R's plain Newton can overshoot into a region where truncated respondents freeze; a
                // damped Newton (steps halved until the misfit falls) reaches the same solution
                // where one exists, and otherwise fails in the same way
                Solution damped = newton(m, d, distance, lower, upper, maxit, tol, true);
                if (damped.converged() || damped.maxRelMisfit() < s.maxRelMisfit()) {
                    s = damped;
                }
            }
        }
        if (scale != 1.0) {
            double[] g = s.g();
            for (int k = 0; k < g.length; k++) {
                g[k] *= scale;
            }
            s = new Solution(g, s.iterations(), s.converged(), s.maxRelMisfit(), s.worstColumn(), scale);
        }
        return s;
    }

    /** Iterative proportional fitting on pattern weights. */
    static Solution ipf(CalibrationModel m, double[] d, int maxit, double tol, double[] gStart) {
        int nb = m.blocks;
        double[] w = d.clone();
        if (gStart != null) {
            for (int k = 0; k < w.length; k++) {
                w[k] *= gStart[k];
            }
        }
        double[] colSum = new double[m.columns];
        int iter = 0;
        double[] mis = {Double.POSITIVE_INFINITY, -1};
        while (iter < maxit) {
            iter++;
            for (int b = 0; b < nb; b++) {
                java.util.Arrays.fill(colSum, 0);
                for (int k = 0; k < m.patterns; k++) {
                    colSum[m.patternCols[k * nb + b]] += w[k];
                }
                for (int k = 0; k < m.patterns; k++) {
                    int c = m.patternCols[k * nb + b];
                    if (colSum[c] > 0) {
                        w[k] *= m.targets[c] / colSum[c];
                    }
                }
            }
            mis = misfit(m, w);
            if (mis[0] < tol) {
                break;
            }
        }
        double[] g = new double[m.patterns];
        for (int k = 0; k < g.length; k++) {
            g[k] = w[k] / d[k];
        }
        return new Solution(g, iter, mis[0] < tol, mis[0], (int) mis[1], 1.0);
    }

    /** The largest |misfit| / (1 + |T|) over columns and its column. */
    static double[] misfit(CalibrationModel m, double[] patternWeights) {
        double[] tot = m.columnTotals(patternWeights);
        double worst = 0;
        int at = 0;
        for (int j = 0; j < m.columns; j++) {
            double r = Math.abs(m.targets[j] - tot[j]) / (1 + Math.abs(m.targets[j]));
            if (!(r <= worst)) {
                worst = r;
                at = j;
            }
        }
        return new double[] {worst, at};
    }

    /** F(u): the g for a linear predictor u. */
    static double g(Method method, double u, double lower, double upper) {
        switch (method) {
            case LINEAR:
                return Math.min(Math.max(1 + u, lower), upper);
            case RAKING:
                return Math.min(Math.max(Math.exp(u), lower), upper);
            case LOGIT: {
                double a = (upper - lower) / ((upper - 1) * (1 - lower));
                double e = Math.exp(a * u);
                if (Double.isInfinite(e)) {
                    return upper;
                }
                return (lower * (upper - 1) + upper * (1 - lower) * e) / (upper - 1 + (1 - lower) * e);
            }
            default:
                throw new IllegalArgumentException("no calibration distance for " + method);
        }
    }

    /** F'(u) as R's calfun objects define it (used as the Newton step's Jacobian). */
    static double dg(Method method, double u, double lower, double upper) {
        switch (method) {
            case LINEAR:
                return (u < upper - 1 && u > lower - 1) ? 1.0 : 0.0;
            case RAKING: {
                // exp(u) where g is not truncated, and also where R's cal.raking$dF has it (u in
                // (L - 1, U - 1)): a derivative of 0 for every g at a bound would freeze a margin cell
                // whose respondents all overshoot the bound in one step (its column of the Jacobian
                // vanishes and no later step moves it), so bounds that do not bind could stop
                // convergence (seen on the sample town Musterberg with bounds [0.3, 4]); R's window
                // alone has 0 for free g between L and e^(L - 1).
                double e = Math.exp(u);
                return (e < upper && e > lower) || (u < upper - 1 && u > lower - 1) ? e : 0.0;
            }
            case LOGIT: {
                double a = (upper - lower) / ((upper - 1) * (1 - lower));
                double e = Math.exp(a * u);
                if (Double.isInfinite(e)) {
                    return 0;
                }
                double den = upper - 1 + (1 - lower) * e;
                return upper * (1 - lower) * e * a / den
                        - (lower * (upper - 1) + upper * (1 - lower) * e) * ((1 - lower) * e * a) / (den * den);
            }
            default:
                throw new IllegalArgumentException("no calibration distance for " + method);
        }
    }

    /**
     * Newton-Raphson as R's grake, with step halving when g is not finite; with {@code damped}, steps
     * are also halved (up to 30 times) until the sum of squared relative misfits falls.
     */
    static Solution newton(CalibrationModel m, double[] d, Method method, double lower, double upper, int maxit,
            double tol, boolean damped) {
        int p = m.columns;
        int np = m.patterns;
        double[] eta = new double[p];
        double[] u = new double[np];
        double[] g = new double[np];
        double[] dg = new double[np];
        update(m, eta, u, g, dg, method, lower, upper);
        int iter = 1;
        double[] mis;
        double[] misfit = new double[p];
        double[] slope = new double[np];
        while (true) {
            double[] wg = new double[np];
            for (int k = 0; k < np; k++) {
                slope[k] = d[k] * dg[k];
                wg[k] = d[k] * g[k];
            }
            double[][] t = m.crossProduct(slope);
            double[] tot = m.columnTotals(wg);
            for (int j = 0; j < p; j++) {
                misfit[j] = m.targets[j] - tot[j];
            }
            double[] delta = ginvTimes(t, misfit);
            for (int j = 0; j < p; j++) {
                eta[j] += delta[j];
            }
            update(m, eta, u, g, dg, method, lower, upper);
            if (damped) {
                double before = squaredMisfit(m, misfit);
                for (int halving = 0; halving < 30; halving++) {
                    double after = allFinite(g, dg) ? squaredMisfitOf(m, d, g) : Double.POSITIVE_INFINITY;
                    if (after < before) {
                        break;
                    }
                    for (int j = 0; j < p; j++) {
                        delta[j] /= 2;
                        eta[j] -= delta[j];
                    }
                    update(m, eta, u, g, dg, method, lower, upper);
                }
            }
            while (iter < maxit && !allFinite(g, dg)) {
                iter++;
                for (int j = 0; j < p; j++) {
                    delta[j] /= 2;
                    eta[j] -= delta[j];
                }
                update(m, eta, u, g, dg, method, lower, upper);
            }
            double[] w = new double[np];
            for (int k = 0; k < np; k++) {
                w[k] = d[k] * g[k];
            }
            mis = misfit(m, w);
            if (mis[0] < tol) {
                return new Solution(g, iter, true, mis[0], (int) mis[1], 1.0);
            }
            iter++;
            if (iter > maxit || Double.isNaN(mis[0])) {
                return new Solution(g, iter - 1, false, mis[0], (int) mis[1], 1.0);
            }
        }
    }

    private static double squaredMisfit(CalibrationModel m, double[] misfit) {
        double s = 0;
        for (int j = 0; j < misfit.length; j++) {
            double r = misfit[j] / (1 + Math.abs(m.targets[j]));
            s += r * r;
        }
        return s;
    }

    private static double squaredMisfitOf(CalibrationModel m, double[] d, double[] g) {
        double[] w = new double[g.length];
        for (int k = 0; k < g.length; k++) {
            w[k] = d[k] * g[k];
        }
        double[] tot = m.columnTotals(w);
        double s = 0;
        for (int j = 0; j < tot.length; j++) {
            double r = (m.targets[j] - tot[j]) / (1 + Math.abs(m.targets[j]));
            s += r * r;
        }
        return s;
    }

    private static boolean allFinite(double[] g, double[] dg) {
        for (int k = 0; k < g.length; k++) {
            if (!Double.isFinite(g[k]) || !Double.isFinite(dg[k])) {
                return false;
            }
        }
        return true;
    }

    private static void update(CalibrationModel m, double[] eta, double[] u, double[] g, double[] dg, Method method,
            double lower, double upper) {
        int nb = m.blocks;
        for (int k = 0; k < m.patterns; k++) {
            double s = 0;
            for (int b = 0; b < nb; b++) {
                s += eta[m.patternCols[k * nb + b]];
            }
            u[k] = s;
            g[k] = g(method, s, lower, upper);
            dg[k] = dg(method, s, lower, upper);
        }
    }

    /** ginv(t) %*% v for a symmetric positive semi-definite t, with MASS::ginv's tolerance. */
    static double[] ginvTimes(double[][] t, double[] v) {
        return pseudoInverse(t).operate(v);
    }

    /** The Moore-Penrose inverse of a symmetric positive semi-definite matrix. */
    static RealMatrix pseudoInverse(double[][] t) {
        int p = t.length;
        RealMatrix a = new Array2DRowRealMatrix(t, false);
        EigenDecomposition e;
        try {
            e = new EigenDecomposition(a);
        } catch (org.apache.commons.math3.exception.MaxCountExceededException notConverged) {
            // commons-math's QL iteration gives up on some finite matrices: fall back to the SVD
            // that R's MASS::ginv uses (for a symmetric PSD matrix the same pseudo-inverse)
            return svdPseudoInverse(a);
        }
        double[] lambda = e.getRealEigenvalues();
        double max = 0;
        for (double l : lambda) {
            max = Math.max(max, Math.abs(l));
        }
        double cut = Math.max(256 * Math.ulp(1.0) * max, 0);
        RealMatrix v = e.getV();
        double[][] out = new double[p][p];
        for (int k = 0; k < p; k++) {
            if (Math.abs(lambda[k]) > cut) {
                double inv = 1.0 / lambda[k];
                for (int i = 0; i < p; i++) {
                    double vi = v.getEntry(i, k) * inv;
                    if (vi == 0) {
                        continue;
                    }
                    for (int j = 0; j < p; j++) {
                        out[i][j] += vi * v.getEntry(j, k);
                    }
                }
            }
        }
        return new Array2DRowRealMatrix(out, false);
    }

    /** The Moore-Penrose inverse by singular value decomposition, with MASS::ginv's tolerance. */
    private static RealMatrix svdPseudoInverse(RealMatrix a) {
        org.apache.commons.math3.linear.SingularValueDecomposition svd =
                new org.apache.commons.math3.linear.SingularValueDecomposition(a);
        double[] sv = svd.getSingularValues();
        double cut = 256 * Math.ulp(1.0) * (sv.length == 0 ? 0 : sv[0]);
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        int p = a.getRowDimension();
        double[][] out = new double[p][p];
        for (int k = 0; k < sv.length; k++) {
            if (sv[k] > cut) {
                double inv = 1.0 / sv[k];
                for (int i = 0; i < p; i++) {
                    double vi = v.getEntry(i, k) * inv;
                    for (int j = 0; j < p; j++) {
                        out[i][j] += vi * u.getEntry(j, k);
                    }
                }
            }
        }
        return new Array2DRowRealMatrix(out, false);
    }
}
