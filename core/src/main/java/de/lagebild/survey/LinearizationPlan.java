package de.lagebild.survey;

import java.util.HashMap;
import java.util.Map;

/**
 * Linearization variances of all categories of a domain variable in one pass over the data.
 *
 * <p>The same numbers as {@link Linearization#variance} category by category, computed from sums:
 * with z_i the influence values of category c (zero outside it), the calibration residual is
 * z'_i = z_i - w_c,i f_c(k_i) where f_c(k) = x_k' b_c depends only on the respondent's pattern k,
 * and b_c = G^+ sum_k x_k sum_{i in k} d_i z_i / w_c,i. So, per stratum h,
 * sum z' = sum z - sum_k f_c(k) W_hk and
 * sum z'^2 = sum z^2 - 2 sum_k f_c(k) B_c,hk + sum_k f_c(k)^2 Q_hk,
 * with W_hk = sum of w_c, Q_hk = sum of w_c^2 and B_c,hk = sum of w_c z over the respondents of
 * stratum h and pattern k. One pass accumulates these sums for every category; the rest is small
 * algebra per category.
 */
final class LinearizationPlan {
    private final WeightedDesign wd;
    private final int strata;
    private final int[] st;
    private final double[] scale;
    private final int[] nh;
    /** Calibrated designs only: the (stratum, pattern) cell of each row and the cells' sums. */
    private final int[] hkOfRow;
    private final int[] hOf;
    private final int[] kOf;
    private final double[] wcSum;
    private final double[] wcSq;
    private final int hkCount;

    LinearizationPlan(WeightedDesign wd) {
        this.wd = wd;
        Design d = wd.design();
        this.strata = d.strataCount();
        this.st = d.stratumOfRow();
        this.scale = new double[strata];
        this.nh = new int[strata];
        for (int h = 0; h < strata; h++) {
            nh[h] = d.stratumSize(h);
            double f = d.fpcFactor(h);
            scale[h] = (f < 1e-7 || nh[h] < 2) ? 0 : f * nh[h] / (nh[h] - 1.0);
        }
        if (wd.model != null) {
            CalibrationModel m = wd.model;
            int n = d.size();
            hkOfRow = new int[n];
            Map<Long, Integer> index = new HashMap<>();
            int[] hTmp = new int[Math.min(n, 1 << 16)];
            int[] kTmp = new int[hTmp.length];
            int count = 0;
            long lastKey = -1;
            int last = -1;
            for (int i = 0; i < n; i++) {
                long key = (long) st[i] * m.patterns + m.patternOfRow[i];
                if (key != lastKey) {
                    Integer x = index.get(key);
                    if (x == null) {
                        x = count++;
                        index.put(key, x);
                        if (x >= hTmp.length) {
                            hTmp = java.util.Arrays.copyOf(hTmp, hTmp.length * 2);
                            kTmp = java.util.Arrays.copyOf(kTmp, kTmp.length * 2);
                        }
                        hTmp[x] = st[i];
                        kTmp[x] = m.patternOfRow[i];
                    }
                    last = x;
                    lastKey = key;
                }
                hkOfRow[i] = last;
            }
            hkCount = count;
            hOf = java.util.Arrays.copyOf(hTmp, count);
            kOf = java.util.Arrays.copyOf(kTmp, count);
            wcSum = new double[count];
            wcSq = new double[count];
            double[] wc = wd.calibrated;
            for (int i = 0; i < n; i++) {
                wcSum[hkOfRow[i]] += wc[i];
                wcSq[hkOfRow[i]] += wc[i] * wc[i];
            }
        } else {
            hkOfRow = null;
            hOf = null;
            kOf = null;
            wcSum = null;
            wcSq = null;
            hkCount = 0;
        }
    }

    /** The variance of every category's estimator of a group. */
    double[] variances(SurveyEstimation.Group g, EstimationCore.Sums s) {
        int nc = g.categories.size();
        double[] w = wd.weightsShared();
        int n = w.length;
        double[] theta = new double[nc];
        double[] denom = new double[nc];
        for (int c = 0; c < nc; c++) {
            theta[c] = s.value(g.ind.type(), c);
            denom[c] = switch (g.ind.type()) {
                case PROPORTION, MEAN -> s.w[c];
                case RATIO -> s.wx[c];
                case TOTAL -> 1.0;
            };
        }
        double[] a1 = new double[nc * strata];
        double[] a2 = new double[nc * strata];
        boolean cal = wd.model != null;
        CalibrationModel m = wd.model;
        int np = cal ? m.patterns : 0;
        double[] b = cal ? new double[nc * hkCount] : null;
        double[] sk = cal ? new double[nc * np] : null;
        double[] wc = wd.calibrated;
        double[] d = wd.design().designWeightsShared();
        int[] cat = g.cat;
        double[] y = g.y;
        double[] x = g.x;
        for (int i = 0; i < n; i++) {
            int c = cat[i];
            if (c < 0) {
                continue;
            }
            double z = switch (g.ind.type()) {
                case PROPORTION, MEAN -> w[i] * (y[i] - theta[c]) / denom[c];
                case TOTAL -> w[i] * y[i];
                case RATIO -> w[i] * (y[i] - theta[c] * x[i]) / denom[c];
            };
            int ch = c * strata + st[i];
            a1[ch] += z;
            a2[ch] += z * z;
            if (cal) {
                b[c * hkCount + hkOfRow[i]] += wc[i] * z;
                sk[c * np + m.patternOfRow[i]] += d[i] * z / wc[i];
            }
        }
        double[] v = new double[nc];
        double[] t1 = new double[strata];
        double[] t2 = new double[strata];
        double[] f = cal ? new double[np] : null;
        for (int c = 0; c < nc; c++) {
            System.arraycopy(a1, c * strata, t1, 0, strata);
            System.arraycopy(a2, c * strata, t2, 0, strata);
            if (cal) {
                int nb = m.blocks;
                double[] u = new double[m.columns];
                for (int k = 0; k < np; k++) {
                    double sv = sk[c * np + k];
                    if (sv != 0) {
                        for (int bb = 0; bb < nb; bb++) {
                            u[m.patternCols[k * nb + bb]] += sv;
                        }
                    }
                }
                double[] beta = wd.ginvG.operate(u);
                for (int k = 0; k < np; k++) {
                    double t = 0;
                    for (int bb = 0; bb < nb; bb++) {
                        t += beta[m.patternCols[k * nb + bb]];
                    }
                    f[k] = t;
                }
                int off = c * hkCount;
                for (int hk = 0; hk < hkCount; hk++) {
                    double fk = f[kOf[hk]];
                    int h = hOf[hk];
                    t1[h] -= fk * wcSum[hk];
                    t2[h] += -2 * fk * b[off + hk] + fk * fk * wcSq[hk];
                }
            }
            double var = 0;
            for (int h = 0; h < strata; h++) {
                if (scale[h] != 0) {
                    var += scale[h] * (t2[h] - t1[h] * t1[h] / nh[h]);
                }
            }
            v[c] = Math.max(0, var);
        }
        return v;
    }
}
