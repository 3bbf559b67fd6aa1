package de.lagebild.survey;


/**
 * Taylor-linearization variance as R's {@code svyrecvar()} for one-stage stratified designs with
 * calibration.
 *
 * <p>Input are the influence values z_i of an estimator already multiplied by the final weight
 * (R's {@code x * pweights / psum} for a mean, {@code x * pweights} for a total). For a calibrated
 * design, with d the weights before calibration, w_c the weights right after calibration and x_i
 * the respondent's row of the calibration model matrix, z is replaced by the residuals
 * w_c,i (a_i - x_i' b) with a = z / w_c and b the d-weighted least-squares coefficients of a on x
 * (R: {@code qr.resid(qr(mm * sqrt(d)), z / w) * w} with w = g sqrt(d)). Then
 * V = sum_h (1 - n_h / N_h) n_h / (n_h - 1) sum_{i in h} (z_i - zbar_h)^2.
 */
final class Linearization {
    private Linearization() {
    }

    /** The variance of sum(z), accounting for calibration, strata and fpc. */
    static double variance(WeightedDesign wd, double[] z) {
        return stratified(wd.design(), adjust(wd, z));
    }

    /** The calibration residuals of z (z itself without calibration). */
    static double[] adjust(WeightedDesign wd, double[] z) {
        if (wd.model == null) {
            return z;
        }
        CalibrationModel m = wd.model;
        double[] wc = wd.calibrated;
        double[] d = wd.design().designWeightsShared();
        int n = z.length;
        int nb = m.blocks;
        double[] a = new double[n];
        double[] s = new double[m.patterns];
        for (int i = 0; i < n; i++) {
            a[i] = z[i] / wc[i];
            s[m.patternOfRow[i]] += d[i] * a[i];
        }
        double[] v = new double[m.columns];
        for (int k = 0; k < m.patterns; k++) {
            if (s[k] != 0) {
                for (int b = 0; b < nb; b++) {
                    v[m.patternCols[k * nb + b]] += s[k];
                }
            }
        }
        double[] beta = wd.ginvG.operate(v);
        double[] f = new double[m.patterns];
        for (int k = 0; k < m.patterns; k++) {
            double t = 0;
            for (int b = 0; b < nb; b++) {
                t += beta[m.patternCols[k * nb + b]];
            }
            f[k] = t;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = wc[i] * (a[i] - f[m.patternOfRow[i]]);
        }
        return out;
    }

    /** Stratified with-replacement variance with fpc of a total of already adjusted values. */
    static double stratified(Design design, double[] z) {
        int h = design.strataCount();
        int[] st = design.stratumOfRow();
        double[] sum = new double[h];
        for (int i = 0; i < z.length; i++) {
            sum[st[i]] += z[i];
        }
        double[] mean = new double[h];
        for (int k = 0; k < h; k++) {
            mean[k] = sum[k] / design.stratumSize(k);
        }
        double[] ss = new double[h];
        for (int i = 0; i < z.length; i++) {
            double e = z[i] - mean[st[i]];
            ss[st[i]] += e * e;
        }
        double v = 0;
        for (int k = 0; k < h; k++) {
            int nh = design.stratumSize(k);
            double f = design.fpcFactor(k);
            if (f < 1e-7) {
                continue; // a census stratum contributes no variance
            }
            if (nh > 1) {
                v += f * nh / (nh - 1.0) * ss[k];
            }
        }
        return v;
    }

    /** The covariance matrix of the totals of several influence vectors. */
    static double[][] covariance(WeightedDesign wd, double[][] zs) {
        int q = zs.length;
        double[][] adj = new double[q][];
        for (int j = 0; j < q; j++) {
            adj[j] = adjust(wd, zs[j]);
        }
        Design design = wd.design();
        int h = design.strataCount();
        int[] st = design.stratumOfRow();
        int n = design.size();
        double[][] mean = new double[q][h];
        for (int j = 0; j < q; j++) {
            for (int i = 0; i < n; i++) {
                mean[j][st[i]] += adj[j][i];
            }
            for (int k = 0; k < h; k++) {
                mean[j][k] /= design.stratumSize(k);
            }
        }
        double[][] v = new double[q][q];
        double[] scale = new double[h];
        for (int k = 0; k < h; k++) {
            int nh = design.stratumSize(k);
            double f = design.fpcFactor(k);
            scale[k] = (f < 1e-7 || nh < 2) ? 0 : f * nh / (nh - 1.0);
        }
        for (int i = 0; i < n; i++) {
            int k = st[i];
            double sc = scale[k];
            if (sc == 0) {
                continue;
            }
            for (int a = 0; a < q; a++) {
                double ea = adj[a][i] - mean[a][k];
                if (ea == 0) {
                    continue;
                }
                for (int b = a; b < q; b++) {
                    v[a][b] += sc * ea * (adj[b][i] - mean[b][k]);
                }
            }
        }
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < a; b++) {
                v[a][b] = v[b][a];
            }
        }
        return v;
    }

}
