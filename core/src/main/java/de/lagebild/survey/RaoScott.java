package de.lagebild.survey;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.project.IndicatorSpec;
import de.lagebild.project.IndicatorSpec.Statistic;
import de.lagebild.project.SurveySpec.CrosstabSpec;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Rao-Scott second-order corrected F test of independence in a two-way table, as R's
 * {@code svychisq(~row + column, design, statistic = "F")}: the Pearson X^2 of the weighted table
 * (scaled to the design's number of rows) divided by the trace of the generalized design effect
 * matrix Delta = (C' D^-1 C / N)^-1 (C' D^-1 V D^-1 C), with C the interaction contrasts orthogonal
 * to the main effects, D the diagonal of the estimated cell proportions and V their covariance.
 * The F has d0 = tr(Delta)^2 / tr(Delta^2) and d0 nu degrees of freedom, nu the design's degrees
 * of freedom (rows minus strata of the design the test runs on; R keeps all rows in a subset of a
 * calibrated design).
 */
final class RaoScott {
    private RaoScott() {
    }

    /** A variable or proportion indicator as categories per row (-1 outside). */
    private record Factor(List<String> levels, int[] code) {
    }

    private static Factor factor(SurveyData data, String name, List<IndicatorSpec> indicators, String project,
            String key) {
        for (IndicatorSpec ind : indicators) {
            if (ind.name().equals(name)) {
                if (ind.type() != Statistic.PROPORTION) {
                    throw new InputException(Problem.atKey(project, 0, key, "names the indicator " + name
                            + ", a " + ind.type().key() + "; a crosstab needs a proportion indicator or a categorical"
                            + " variable"));
                }
                // the indicator's own domain and success coding: 0 failure, 1 success, -1 outside
                SurveyEstimation.Group g = SurveyEstimation.Group.of(data, ind, null, new de.lagebild.internal.Problems());
                int[] code = new int[data.size()];
                for (int i = 0; i < code.length; i++) {
                    code[i] = g.cat[i] < 0 ? -1 : (int) g.y[i];
                }
                return new Factor(List.of("0", "1"), code);
            }
        }
        Column col = data.column(name);
        List<String> order = data.codebook().variable(name).map(v -> List.copyOf(v.values().keySet()))
                .orElse(List.of());
        List<String> cats = col.categories(order);
        int[] code = new int[data.size()];
        for (int i = 0; i < code.length; i++) {
            code[i] = col.isMissing(i) ? -1 : cats.indexOf(col.raw(i));
        }
        return new Factor(cats, code);
    }

    /**
     * Tests a table. With {@code replication} (replicate variance), V is the replicate covariance of
     * the cell proportions, N the table's respondents and nu the replicate design's degrees of
     * freedom, as R's {@code svychisq.svyrep.design}.
     */
    static CrosstabResult test(WeightedDesign wd, CrosstabSpec spec, List<IndicatorSpec> indicators,
            Replication replication) {
        SurveyData data = wd.data();
        String key = "survey.crosstabs";
        Factor rf = factor(data, spec.row(), indicators, wd.project, key);
        Factor cf = factor(data, spec.column(), indicators, wd.project, key);
        int n = data.size();
        double[] w = wd.weightsShared();
        // keep only levels that occur in the table's domain
        boolean[] rowSeen = new boolean[rf.levels().size()];
        boolean[] colSeen = new boolean[cf.levels().size()];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (rf.code()[i] >= 0 && cf.code()[i] >= 0) {
                rowSeen[rf.code()[i]] = true;
                colSeen[cf.code()[i]] = true;
                m++;
            }
        }
        List<String> rl = new ArrayList<>();
        int[] rmap = remap(rf.levels(), rowSeen, rl);
        List<String> cl = new ArrayList<>();
        int[] cmap = remap(cf.levels(), colSeen, cl);
        int nr = rl.size();
        int nc = cl.size();
        String what = spec.row() + " x " + spec.column();
        if (nr < 2 || nc < 2) {
            throw new InputException(Problem.atKey(wd.project, 0, key, "the table " + what + " has "
                    + (nr < 2 ? spec.row() : spec.column()) + " with fewer than two categories among its " + m
                    + " respondents, so independence cannot be tested"));
        }
        int cells = nr * nc;
        int[] cell = new int[n];
        double nHat = 0;
        double[] tot = new double[cells];
        int[] counts = new int[cells];
        boolean[] strataIn = new boolean[wd.design().strataCount()];
        for (int i = 0; i < n; i++) {
            int r = rf.code()[i] < 0 ? -1 : rmap[rf.code()[i]];
            int c = cf.code()[i] < 0 ? -1 : cmap[cf.code()[i]];
            if (r < 0 || c < 0) {
                cell[i] = -1;
                continue;
            }
            cell[i] = r + nr * c; // R's interaction(): rows vary fastest
            nHat += w[i];
            tot[cell[i]] += w[i];
            counts[cell[i]]++;
            strataIn[wd.design().stratum(i)] = true;
        }
        double[] p = new double[cells];
        for (int j = 0; j < cells; j++) {
            p[j] = tot[j] / nHat;
        }
        double[][] v = replication == null ? linearized(wd, cell, cells, p, nHat) : replicated(replication, cell,
                cells, n);
        // contrasts: interaction columns made orthogonal to the main effects
        int k1 = nr + nc - 1;
        int k12 = (nr - 1) * (nc - 1);
        double[][] x1 = new double[cells][k1];
        double[][] x12 = new double[cells][k12];
        for (int c = 0; c < nc; c++) {
            for (int r = 0; r < nr; r++) {
                int j = r + nr * c;
                x1[j][0] = 1;
                if (r > 0) {
                    x1[j][r] = 1;
                }
                if (c > 0) {
                    x1[j][nr - 1 + c] = 1;
                }
                if (r > 0 && c > 0) {
                    x12[j][(r - 1) + (nr - 1) * (c - 1)] = 1;
                }
            }
        }
        RealMatrix mx1 = new Array2DRowRealMatrix(x1, false);
        RealMatrix mx12 = new Array2DRowRealMatrix(x12, false);
        RealMatrix coef = new QRDecomposition(mx1).getSolver().solve(mx12);
        RealMatrix cmat = mx12.subtract(mx1.multiply(coef));
        int bigN = wd.calibratedDesign() && replication == null ? n : m;
        double[][] id = new double[cells][cells];
        for (int j = 0; j < cells; j++) {
            id[j][j] = p[j] == 0 ? 0 : 1 / p[j];
        }
        RealMatrix iD = new Array2DRowRealMatrix(id, false);
        RealMatrix denom = cmat.transpose().multiply(iD).multiply(cmat).scalarMultiply(1.0 / bigN);
        RealMatrix numr = cmat.transpose().multiply(iD).multiply(new Array2DRowRealMatrix(v, false)).multiply(iD)
                .multiply(cmat);
        RealMatrix delta = new LUDecomposition(denom).getSolver().solve(numr);
        double tr = delta.getTrace();
        double tr2 = delta.multiply(delta).getTrace();
        double d0 = tr * tr / tr2;
        // Pearson X^2 of the weighted table scaled to bigN
        double[] rowSum = new double[nr];
        double[] colSum = new double[nc];
        for (int c = 0; c < nc; c++) {
            for (int r = 0; r < nr; r++) {
                double t = p[r + nr * c] * bigN;
                rowSum[r] += t;
                colSum[c] += t;
            }
        }
        double x2 = 0;
        for (int c = 0; c < nc; c++) {
            for (int r = 0; r < nr; r++) {
                double e = rowSum[r] * colSum[c] / bigN;
                double o = p[r + nr * c] * bigN;
                x2 += (o - e) * (o - e) / e;
            }
        }
        double nu;
        if (replication != null) {
            nu = replication.degreesOfFreedom(m);
        } else {
            int strata = 0;
            if (wd.calibratedDesign()) {
                strata = wd.design().strataCount();
            } else {
                for (boolean b : strataIn) {
                    strata += b ? 1 : 0;
                }
            }
            nu = bigN - strata;
        }
        double f = x2 / tr;
        double ddf = d0 * nu;
        double pval = Quantiles.fUpper(f, d0, ddf);
        // row-major proportions for the result
        double[] props = new double[cells];
        int[] cnt = new int[cells];
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                props[r * nc + c] = p[r + nr * c];
                cnt[r * nc + c] = counts[r + nr * c];
            }
        }
        return new CrosstabResult(spec.row(), spec.column(), rl, cl, props, cnt, f, d0, ddf, pval, m);
    }

    private static double[][] linearized(WeightedDesign wd, int[] cell, int cells, double[] p, double nHat) {
        double[] w = wd.weightsShared();
        int n = w.length;
        double[][] z = new double[cells][n];
        for (int i = 0; i < n; i++) {
            if (cell[i] < 0) {
                continue;
            }
            for (int j = 0; j < cells; j++) {
                z[j][i] = w[i] * ((cell[i] == j ? 1 : 0) - p[j]) / nHat;
            }
        }
        return Linearization.covariance(wd, z);
    }

    /** scale sum_r rscale_r (p_r - pbar)(p_r - pbar)' over the replicates' cell proportions. */
    private static double[][] replicated(Replication rep, int[] cell, int cells, int n) {
        int r = rep.count();
        double[][] pr = new double[r][cells];
        double[] buf = new double[n];
        double[] wr = new double[n];
        boolean[] ok = new boolean[r];
        for (int k = 0; k < r; k++) {
            rep.weights(k, buf, wr);
            double tot = 0;
            for (int i = 0; i < n; i++) {
                if (cell[i] >= 0) {
                    pr[k][cell[i]] += wr[i];
                    tot += wr[i];
                }
            }
            ok[k] = tot > 0 && rep.rscale(k) > 0;
            for (int j = 0; j < cells; j++) {
                pr[k][j] /= tot;
            }
        }
        double[] mean = new double[cells];
        int used = 0;
        for (int k = 0; k < r; k++) {
            if (ok[k]) {
                used++;
                for (int j = 0; j < cells; j++) {
                    mean[j] += pr[k][j];
                }
            }
        }
        for (int j = 0; j < cells; j++) {
            mean[j] /= used;
        }
        double[][] v = new double[cells][cells];
        for (int k = 0; k < r; k++) {
            if (!ok[k]) {
                continue;
            }
            double s = rep.rscale(k) * rep.scale();
            for (int a = 0; a < cells; a++) {
                double ea = pr[k][a] - mean[a];
                for (int b = 0; b < cells; b++) {
                    v[a][b] += s * ea * (pr[k][b] - mean[b]);
                }
            }
        }
        return v;
    }

    private static int[] remap(List<String> levels, boolean[] seen, List<String> kept) {
        int[] map = new int[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            if (seen[i]) {
                map[i] = kept.size();
                kept.add(levels.get(i));
            } else {
                map[i] = -1;
            }
        }
        return map;
    }
}
