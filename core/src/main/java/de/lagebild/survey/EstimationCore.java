package de.lagebild.survey;

import de.lagebild.project.IndicatorSpec.Statistic;
import de.lagebild.project.SurveySpec.VarianceMethod;
import de.lagebild.project.SurveySpec.VarianceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Point estimates, variances, CIs and design effects for groups of domains. */
final class EstimationCore {
    private final WeightedDesign wd;
    private final VarianceSpec variance;
    private Replication replication;

    EstimationCore(WeightedDesign wd, VarianceSpec variance) {
        this.wd = wd;
        this.variance = variance;
    }

    int replicateCount() {
        return replication == null ? 0 : replication.count();
    }

    /** The replicates, created on first use; null with linearization. */
    Replication replication() {
        if (replication == null && variance.method() != VarianceMethod.LINEARIZATION) {
            replication = new Replication(wd, variance);
        }
        return replication;
    }

    /** Weighted sums per category of a group. */
    static final class Sums {
        final double[] w;
        final double[] wy;
        final double[] wx;

        Sums(int c) {
            w = new double[c];
            wy = new double[c];
            wx = new double[c];
        }

        double value(Statistic s, int c) {
            return switch (s) {
                case PROPORTION, MEAN -> wy[c] / w[c];
                case TOTAL -> wy[c];
                case RATIO -> wy[c] / wx[c];
            };
        }
    }

    static Sums sums(SurveyEstimation.Group g, double[] weights) {
        Sums s = new Sums(g.categories.size());
        int[] cat = g.cat;
        double[] y = g.y;
        for (int i = 0; i < cat.length; i++) {
            int c = cat[i];
            if (c >= 0) {
                double wi = weights[i];
                s.w[c] += wi;
                s.wy[c] += wi * y[i];
                if (g.x != null) {
                    s.wx[c] += wi * g.x[i];
                }
            }
        }
        return s;
    }

    List<Estimate> estimate(List<SurveyEstimation.Group> groups) {
        double[] w = wd.weightsShared();
        Design design = wd.design();
        int n = w.length;
        List<Sums> full = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<int[]> strataIn = new ArrayList<>();
        for (SurveyEstimation.Group g : groups) {
            full.add(sums(g, w));
            int[][] cover = g.coverage(design);
            counts.add(cover[0]);
            strataIn.add(cover[1]);
        }
        // variances
        List<double[]> vars = new ArrayList<>();
        List<double[]> logitVars = new ArrayList<>();
        int repDf = -1;
        if (variance.method() == VarianceMethod.LINEARIZATION) {
            LinearizationPlan plan = new LinearizationPlan(wd);
            for (int gi = 0; gi < groups.size(); gi++) {
                vars.add(plan.variances(groups.get(gi), full.get(gi)));
            }
        } else {
            replication();
            repDf = 1;
            int r = replication.count();
            List<double[][]> thetas = new ArrayList<>();
            for (SurveyEstimation.Group g : groups) {
                thetas.add(new double[g.categories.size()][r]);
            }
            double[] buf = new double[n];
            double[] wr = new double[n];
            for (int k = 0; k < r; k++) {
                replication.weights(k, buf, wr);
                for (int gi = 0; gi < groups.size(); gi++) {
                    SurveyEstimation.Group g = groups.get(gi);
                    Sums s = sums(g, wr);
                    double[][] th = thetas.get(gi);
                    for (int c = 0; c < th.length; c++) {
                        th[c][k] = s.value(g.ind.type(), c);
                    }
                }
            }
            for (int gi = 0; gi < groups.size(); gi++) {
                double[][] th = thetas.get(gi);
                double[] v = new double[th.length];
                double[] lv = new double[th.length];
                for (int c = 0; c < th.length; c++) {
                    v[c] = replicateVariance(th[c]);
                    if (groups.get(gi).ind.type() == Statistic.PROPORTION) {
                        double[] logits = new double[th[c].length];
                        for (int k = 0; k < logits.length; k++) {
                            double p = th[c][k];
                            logits[k] = Math.log(p / (1 - p));
                        }
                        lv[c] = replicateVariance(logits);
                    } else {
                        lv[c] = Double.NaN;
                    }
                }
                vars.add(v);
                logitVars.add(lv);
            }
        }
        List<double[]> spread = new ArrayList<>();
        for (int gi = 0; gi < groups.size(); gi++) {
            spread.add(spread(groups.get(gi), full.get(gi), w));
        }
        List<Estimate> out = new ArrayList<>();
        for (int gi = 0; gi < groups.size(); gi++) {
            SurveyEstimation.Group g = groups.get(gi);
            Sums s = full.get(gi);
            Statistic stat = g.ind.type();
            for (int c = 0; c < g.categories.size(); c++) {
                int m = counts.get(gi)[c];
                if (m == 0) {
                    continue;
                }
                double est = s.value(stat, c);
                if (!Double.isFinite(est)) {
                    continue; // a ratio with a zero denominator
                }
                double var = vars.get(gi)[c];
                double se = var >= 0 ? Math.sqrt(var) : Double.NaN;
                boolean replicates = repDf > 0;
                int df = replicates ? replication.degreesOfFreedom(m) : Math.max(1, m - strataIn.get(gi)[c]);
                // R keeps all rows in a subset of a calibrated design, but replicate designs drop them
                double nrow = wd.calibratedDesign() && !replicates ? n : m;
                double logitVar = replicates ? logitVars.get(gi)[c] : Double.NaN;
                Optional<Interval> ci = SurveyEstimation.interval(stat, g.ind.ci(), g.ind.level(), est, se, df, nrow,
                        m, logitVar);
                OptionalDouble deff = deff(g, s, c, m, var, spread.get(gi)[c]);
                out.add(new Estimate(g.ind.name(), stat, g.domainVar, g.categories.get(c), est,
                        SurveyEstimation.opt(se), ci, m, s.w[c], deff, df));
            }
        }
        return out;
    }

    /** The influence values of the estimator of category c, times the weights, into z. */
    static void influence(SurveyEstimation.Group g, Sums s, int c, double[] w, double[] z) {
        int[] cat = g.cat;
        double[] y = g.y;
        Statistic stat = g.ind.type();
        double est = s.value(stat, c);
        for (int i = 0; i < z.length; i++) {
            if (cat[i] != c) {
                z[i] = 0;
                continue;
            }
            z[i] = switch (stat) {
                case PROPORTION, MEAN -> w[i] * (y[i] - est) / s.w[c];
                case TOTAL -> w[i] * y[i];
                case RATIO -> w[i] * (y[i] - est * g.x[i]) / s.wx[c];
            };
        }
    }

    /** sum w (y - ybar_c)^2 per category, for the design effect. */
    private static double[] spread(SurveyEstimation.Group g, Sums s, double[] w) {
        int nc = g.categories.size();
        double[] mean = new double[nc];
        for (int c = 0; c < nc; c++) {
            mean[c] = s.wy[c] / s.w[c];
        }
        double[] ss = new double[nc];
        int[] cat = g.cat;
        double[] y = g.y;
        for (int i = 0; i < cat.length; i++) {
            int c = cat[i];
            if (c >= 0) {
                double e = y[i] - mean[c];
                ss[c] += w[i] * e * e;
            }
        }
        return ss;
    }

    /**
     * R's {@code deff = TRUE}: the variance over the variance under simple random sampling without
     * replacement, svyvar(y) (N - n) / (N n) for a mean, times N^2 for a total, with
     * svyvar(y) = sum w (y - ybar)^2 / sum w x n / (n - 1).
     */
    private static OptionalDouble deff(SurveyEstimation.Group g, Sums s, int c, int m, double var, double ss) {
        Statistic stat = g.ind.type();
        if (stat == Statistic.RATIO || m < 2 || !(var >= 0)) {
            return OptionalDouble.empty();
        }
        double nHat = s.w[c];
        if (nHat <= m) {
            return OptionalDouble.empty(); // weights not scaled to a population: no SRSWOR comparison
        }
        double vy = ss / nHat * m / (m - 1.0);
        double vsrs = vy * (nHat - m) / (nHat * m);
        if (stat == Statistic.TOTAL) {
            vsrs *= nHat * nHat;
        }
        if (!(vsrs > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(var / vsrs);
    }

    /** scale sum_r rscale_r (theta_r - mean)^2, replicates giving no value left out (R's na.action). */
    private double replicateVariance(double[] theta) {
        double sum = 0;
        int k = 0;
        for (int r = 0; r < theta.length; r++) {
            if (Double.isFinite(theta[r]) && replication.rscale(r) > 0) {
                sum += theta[r];
                k++;
            }
        }
        if (k == 0) {
            return Double.NaN;
        }
        double mean = sum / k;
        double v = 0;
        for (int r = 0; r < theta.length; r++) {
            if (Double.isFinite(theta[r])) {
                double e = theta[r] - mean;
                v += replication.rscale(r) * e * e;
            }
        }
        return v * replication.scale();
    }
}
