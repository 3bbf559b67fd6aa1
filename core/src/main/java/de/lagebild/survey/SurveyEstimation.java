package de.lagebild.survey;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.internal.Problems;
import de.lagebild.project.IndicatorSpec;
import de.lagebild.project.IndicatorSpec.CiMethod;
import de.lagebild.project.IndicatorSpec.Statistic;
import de.lagebild.project.SurveySpec;
import de.lagebild.project.SurveySpec.CrosstabSpec;
import de.lagebild.project.SurveySpec.VarianceMethod;
import de.lagebild.project.SurveySpec.VarianceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Design-based estimation of a project's indicators, for the whole population and by domains, with
 * standard errors, confidence intervals and design effects that equal R's {@code survey} package.
 *
 * <p>Item nonresponse is domain estimation on the full weighted design: respondents outside an
 * indicator's valid values get weight zero in its estimator but stay in the design, as R's
 * {@code subset(design, ...)} keeps them; nothing is re-weighted. All categories of a domain
 * variable are estimated in one pass over the data.
 *
 * <p>Estimators (w the final weights, d_i = 1 inside the domain and valid, 0 otherwise):
 * <ul>
 * <li>proportion and mean, R's {@code svymean(~y, subset(design, valid))}: ybar = sum w d y / sum w d,
 * influence values w d (y - ybar) / sum w d;</li>
 * <li>total, R's {@code svytotal}: sum w d y, influence values w d y;</li>
 * <li>ratio, R's {@code svyratio}: sum w d y / sum w d x, influence values w d (y - R x) / sum w d x.</li>
 * </ul>
 * Variances: Taylor linearization (R's {@code svyrecvar} with the calibration residuals of
 * {@code calibrate()}), or replicate weights re-calibrated in every replicate (JKn, JK1 or the
 * Rao-Wu bootstrap, {@link de.lagebild.project.SurveySpec.VarianceMethod}). Domains use the same
 * formulas with d restricted to the domain (R's {@code svyby(..., svymean)}).
 */
public final class SurveyEstimation {
    private SurveyEstimation() {
    }

    /**
     * Estimates everything a project's survey part asks for: its indicators, domains, crosstabs and
     * variance method, on the run's weighted design.
     *
     * @param run the survey read and weighted
     * @return the estimates, crosstab tests and scale reliabilities
     * @throws InputException as {@link #run(WeightedDesign, List, List, List, VarianceSpec)}
     */
    public static SurveyResults run(SurveyRun run) {
        SurveySpec s = run.spec();
        return run(run.weighted(), s.indicators(), s.domains(), s.crosstabs(), s.variance());
    }

    /**
     * Estimates indicators on a weighted design.
     *
     * @param wd         the weighted design
     * @param indicators the indicators
     * @param domains    domain variables every indicator is also estimated by
     * @param crosstabs  two-way tables to test
     * @param variance   the variance method
     * @return the estimates, crosstab tests and scale reliabilities
     * @throws InputException when an indicator's values are not numbers where numbers are needed, a
     *                        stratum has a single respondent, or a replicate cannot be calibrated
     */
    public static SurveyResults run(WeightedDesign wd, List<IndicatorSpec> indicators, List<String> domains,
            List<CrosstabSpec> crosstabs, VarianceSpec variance) {
        List<String> lonely = wd.design().lonelyStrata();
        if (!lonely.isEmpty()) {
            throw new InputException(Problem.atKey(wd.project, 0, "survey.design.strata", "the strata "
                    + String.join(", ", lonely) + " have a single respondent, so no variance can be estimated"
                    + " within them: merge them with neighbouring strata"));
        }
        Problems problems = new Problems();
        EstimationCore core = new EstimationCore(wd, variance);
        List<Estimate> estimates = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        boolean linear = variance.method() == VarianceMethod.LINEARIZATION;
        for (IndicatorSpec ind : indicators) {
            Group overall = Group.of(wd.data(), ind, null, problems);
            if (overall == null) {
                continue;
            }
            List<Group> mine = new ArrayList<>();
            mine.add(overall);
            for (String dv : domains) {
                mine.add(overall.by(wd.data(), dv));
            }
            if (linear && !problems.any()) {
                estimates.addAll(core.estimate(mine)); // one indicator at a time: memory stays O(n)
            } else {
                groups.addAll(mine); // replicates evaluate every estimator on each replicate
            }
        }
        problems.throwIfAny();
        if (!linear) {
            estimates.addAll(core.estimate(groups));
        }
        List<CrosstabResult> tables = new ArrayList<>();
        for (CrosstabSpec ct : crosstabs) {
            tables.add(RaoScott.test(wd, ct, indicators, linear ? null : core.replication()));
        }
        List<ScaleReliability> scales = new ArrayList<>();
        for (Codebook.Scale sc : wd.data().codebook().scales().values()) {
            ScaleReliability r = Reliability.alpha(wd.data(), sc);
            if (r != null) {
                scales.add(r);
            }
        }
        return new SurveyResults(estimates, tables, scales, variance.method(),
                variance.method() == VarianceMethod.LINEARIZATION ? 0 : core.replicateCount());
    }

    /**
     * The pooled estimate of an indicator over several independently sampled and weighted surveys
     * (the municipalities of a cohort): the combined design has each survey's strata as its own
     * strata and each survey's calibration. For a mean or proportion
     * theta = sum_m sum_i w_i y_i / sum_m sum_i w_i over the indicator's domain in every survey; the
     * influence values w_i (y_i - theta) / sum w are residualised within each survey's calibration
     * and V = sum_m V_m, as R's {@code svymean} on the stacked design with strata = municipality x
     * stratum and the calibrations applied per municipality. For a total, the sum of the totals.
     *
     * @param designs   the weighted surveys
     * @param indicator the indicator (the same definition in every survey)
     * @return the pooled estimate, labelled with domain variable "" and domain ""
     * @throws InputException when an indicator's values are not numbers where numbers are needed
     */
    public static Estimate pooled(List<WeightedDesign> designs, IndicatorSpec indicator) {
        if (designs.isEmpty()) {
            throw new IllegalArgumentException("no surveys to pool");
        }
        Problems problems = new Problems();
        List<Group> groups = new ArrayList<>();
        for (WeightedDesign wd : designs) {
            groups.add(Group.of(wd.data(), indicator, null, problems));
        }
        problems.throwIfAny();
        Statistic stat = indicator.type();
        double sw = 0;
        double swy = 0;
        double swx = 0;
        int n = 0;
        int df = 0;
        int rows = 0;
        boolean allCalibrated = true;
        for (int m = 0; m < designs.size(); m++) {
            WeightedDesign wd = designs.get(m);
            Group g = groups.get(m);
            EstimationCore.Sums s = EstimationCore.sums(g, wd.weightsShared());
            sw += s.w[0];
            swy += s.wy[0];
            swx += s.wx[0];
            int[][] cover = g.coverage(wd.design());
            int k = cover[0][0];
            n += k;
            df += k - cover[1][0];
            rows += wd.calibratedDesign() ? wd.size() : k;
            allCalibrated &= wd.calibratedDesign();
        }
        if (n == 0) {
            throw new InputException(Problem.inFile("cohort", "no respondent in any survey answered "
                    + indicator.variable() + " within its valid values"));
        }
        double theta = switch (stat) {
            case PROPORTION, MEAN -> swy / sw;
            case TOTAL -> swy;
            case RATIO -> swy / swx;
        };
        double var = 0;
        for (int m = 0; m < designs.size(); m++) {
            WeightedDesign wd = designs.get(m);
            Group g = groups.get(m);
            double[] w = wd.weightsShared();
            double[] z = new double[w.length];
            for (int i = 0; i < z.length; i++) {
                if (g.cat[i] != 0) {
                    continue;
                }
                z[i] = switch (stat) {
                    case PROPORTION, MEAN -> w[i] * (g.y[i] - theta) / sw;
                    case TOTAL -> w[i] * g.y[i];
                    case RATIO -> w[i] * (g.y[i] - theta * g.x[i]) / swx;
                };
            }
            var += Linearization.variance(wd, z);
        }
        double se = Math.sqrt(var);
        int dfUse = Math.max(1, df);
        Optional<Interval> ci = interval(stat, indicator.ci(), indicator.level(), theta, se, dfUse,
                allCalibrated ? rows : n, n);
        return new Estimate(indicator.name(), stat, "", "", theta, opt(se), ci, n, sw, OptionalDouble.empty(), dfUse);
    }

    /**
     * The difference of an indicator (a proportion or mean) between two categories of a domain
     * variable of one survey: (first - second), its linearization standard error accounting for the
     * covariance of the two domain estimates (influence values of both domains on the one design,
     * with its calibration, strata and fpc), and a two-sided t test with the indicator's domain
     * degrees of freedom (respondents with a valid answer minus their strata). Equals R's
     * {@code svyglm(y ~ relevel(factor(domain), second), subset(design, valid))}: the coefficient
     * of {@code first}, its SE, and {@code 2 * pt(-abs(t), degf(subset))}.
     *
     * @param wd             the weighted design
     * @param indicator      the indicator, a proportion or a mean
     * @param domainVariable the domain variable whose categories are compared
     * @param first          the category the difference is taken from, as it appears in the data
     * @param second         the category subtracted (the reference category)
     * @return the difference first - second with its SE, t-based interval at the indicator's level,
     *         t statistic, degrees of freedom and p-value
     * @throws InputException           when a category has no respondent with a valid answer, or the
     *                                  indicator's values are not numbers where numbers are needed
     * @throws IllegalArgumentException when the indicator is not a proportion or a mean
     */
    public static Difference difference(WeightedDesign wd, IndicatorSpec indicator, String domainVariable,
            String first, String second) {
        if (indicator.type() != Statistic.PROPORTION && indicator.type() != Statistic.MEAN) {
            throw new IllegalArgumentException("differences are for proportions and means, not " + indicator.type());
        }
        Problems problems = new Problems();
        Group overall = Group.of(wd.data(), indicator, null, problems);
        problems.throwIfAny();
        Group g = overall.by(wd.data(), domainVariable);
        int a = g.categories.indexOf(first);
        int b = g.categories.indexOf(second);
        if (a < 0 || b < 0) {
            throw new InputException(Problem.inFile(wd.data().source(), "has no respondent with a valid answer to "
                    + indicator.variable() + " in " + domainVariable + " = " + (a < 0 ? first : second)));
        }
        double[] w = wd.weightsShared();
        EstimationCore.Sums s = EstimationCore.sums(g, w);
        double pa = s.value(indicator.type(), a);
        double pb = s.value(indicator.type(), b);
        double[] z = new double[w.length];
        for (int i = 0; i < z.length; i++) {
            if (g.cat[i] == a) {
                z[i] = w[i] * (g.y[i] - pa) / s.w[a];
            } else if (g.cat[i] == b) {
                z[i] = -w[i] * (g.y[i] - pb) / s.w[b];
            }
        }
        double se = Math.sqrt(Linearization.variance(wd, z));
        int[][] cover = overall.coverage(wd.design());
        return difference(indicator, first, second, pa - pb, se, Math.max(1, cover[0][0] - cover[1][0]));
    }

    /**
     * The difference of an indicator between two independently sampled surveys (two
     * municipalities): the SE is sqrt(se_1^2 + se_2^2), the degrees of freedom Welch-Satterthwaite's
     * (v1 + v2)^2 / (v1^2/df1 + v2^2/df2) (the smaller df when that is not positive, as when both
     * SEs are 0). The interval is t-based at the level of the first estimate's interval (0.95 when it
     * has none).
     *
     * @param first      the estimate of the first survey
     * @param second     the estimate of the second survey, of the same indicator
     * @param firstName  how the first is named in the result (such as its municipality)
     * @param secondName how the second is named
     * @return the difference first - second with its SE, interval, t statistic, degrees of freedom and
     *         p-value
     * @throws IllegalArgumentException when an estimate has no standard error
     */
    public static Difference difference(Estimate first, Estimate second, String firstName, String secondName) {
        if (first.se().isEmpty() || second.se().isEmpty()) {
            throw new IllegalArgumentException("both estimates need a standard error");
        }
        double v1 = first.se().getAsDouble() * first.se().getAsDouble();
        double v2 = second.se().getAsDouble() * second.se().getAsDouble();
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / first.df() + v2 * v2 / second.df());
        if (!(df > 0)) {
            df = Math.min(first.df(), second.df());
        }
        return difference(first.indicator(), firstName, secondName, first.estimate() - second.estimate(),
                Math.sqrt(v1 + v2), df, first.ci().map(Interval::level).orElse(0.95));
    }

    private static Difference difference(IndicatorSpec ind, String a, String b, double est, double se, double df) {
        return difference(ind.name(), a, b, est, se, df, ind.level());
    }

    private static Difference difference(String indicator, String a, String b, double est, double se, double df,
            double level) {
        double t = se > 0 ? est / se : (est == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, est));
        double q = Quantiles.t(1 - (1 - level) / 2, df);
        double p = Double.isInfinite(t) ? 0 : 2 * Quantiles.tCdf(-Math.abs(t), df);
        return new Difference(indicator, a, b, est, se, new Interval(est - q * se, est + q * se, level,
                CiMethod.WALD), t, df, p);
    }

    /** One indicator by one domain variable (or overall): per-row values and category codes. */
    static final class Group {
        final IndicatorSpec ind;
        final String domainVar;
        final List<String> categories;
        /** Category of each row, -1 when outside every category or not valid for the indicator. */
        final int[] cat;
        final double[] y;
        /** Denominator values for ratios, null otherwise. */
        final double[] x;

        Group(IndicatorSpec ind, String domainVar, List<String> categories, int[] cat, double[] y, double[] x) {
            this.ind = ind;
            this.domainVar = domainVar;
            this.categories = categories;
            this.cat = cat;
            this.y = y;
            this.x = x;
        }

        static Group of(SurveyData data, IndicatorSpec ind, String unused, Problems problems) {
            Column col = data.column(ind.variable());
            int n = data.size();
            double[] y = new double[n];
            double[] x = null;
            int[] cat = new int[n];
            // decide per distinct value, then look rows up by their value's code
            int levels = col.levelCount();
            boolean[] inDomain = new boolean[levels];
            double[] value = new double[levels];
            boolean[] notNumber = new boolean[levels];
            for (int l = 0; l < levels; l++) {
                if (col.levelIsMissing(l)) {
                    continue;
                }
                String v = col.level(l);
                if (!ind.valid().isEmpty() && !Codes.in(v, ind.valid())) {
                    continue;
                }
                if (ind.type() == Statistic.PROPORTION) {
                    value[l] = Codes.in(v, ind.success()) ? 1 : 0;
                } else if (Double.isNaN(col.levelNumber(l))) {
                    notNumber[l] = true;
                    continue;
                } else {
                    value[l] = col.levelNumber(l);
                }
                inDomain[l] = true;
            }
            int[] codes = col.codes();
            int bad = 0;
            for (int i = 0; i < n; i++) {
                int code = codes[i];
                if (code < 0 || !inDomain[code]) {
                    cat[i] = -1;
                    if (code >= 0 && notNumber[code] && bad++ < 5) {
                        problems.add(Problem.atCell(data.source(), data.line(i), ind.variable(), col.raw(i),
                                "is not a number, but the indicator " + ind.name() + " (" + ind.type().key()
                                        + ") needs numbers; list the valid codes under valid: or add it to"
                                        + " missing:"));
                    }
                    continue;
                }
                y[i] = value[code];
                cat[i] = 0;
            }
            if (ind.type() == Statistic.RATIO) {
                Column den = data.column(ind.denominator().orElseThrow());
                x = new double[n];
                for (int i = 0; i < n; i++) {
                    double v = den.number(i);
                    if (Double.isNaN(v)) {
                        cat[i] = -1;
                    } else {
                        x[i] = v;
                    }
                }
            }
            if (bad > 5) {
                problems.add(Problem.inFile(data.source(), "... and " + (bad - 5) + " more such values of "
                        + ind.variable()));
            }
            if (bad > 0) {
                return null;
            }
            return new Group(ind, "", List.of(""), cat, y, x);
        }

        /**
         * Per category: the respondents in it ({@code [0][c]}) and the strata they fall in
         * ({@code [1][c]}), whose difference is the category's design degrees of freedom.
         */
        int[][] coverage(Design design) {
            int nc = categories.size();
            int[] respondents = new int[nc];
            int[] strata = new int[nc];
            boolean[][] seen = new boolean[nc][design.strataCount()];
            int[] st = design.stratumOfRow();
            for (int i = 0; i < cat.length; i++) {
                int c = cat[i];
                if (c >= 0) {
                    respondents[c]++;
                    if (!seen[c][st[i]]) {
                        seen[c][st[i]] = true;
                        strata[c]++;
                    }
                }
            }
            return new int[][] {respondents, strata};
        }

        Group by(SurveyData data, String dv) {
            Column d = data.column(dv);
            List<String> order = data.codebook().variable(dv).map(v -> List.copyOf(v.values().keySet()))
                    .orElse(List.of());
            List<String> cats = d.categories(order);
            int[] levelToCat = new int[d.levelCount()];
            for (int l = 0; l < levelToCat.length; l++) {
                levelToCat[l] = d.levelIsMissing(l) ? -1 : cats.indexOf(d.level(l));
            }
            int n = cat.length;
            int[] c = new int[n];
            for (int i = 0; i < n; i++) {
                int code = d.code(i);
                c[i] = cat[i] < 0 || code < 0 ? -1 : levelToCat[code];
            }
            return new Group(ind, dv, cats, c, y, x);
        }
    }

    /** Confidence intervals (logit intervals by the delta method). */
    static Optional<Interval> interval(Statistic stat, CiMethod method, double level, double est, double se,
            int df, double nEffRows, int nDomain) {
        return interval(stat, method, level, est, se, df, nEffRows, nDomain, Double.NaN);
    }

    /**
     * Confidence intervals and t quantiles. {@code logitVar}, when not NaN, is the variance of
     * logit(p) from replicates (R's svyciprop refits the logit model on every replicate), used
     * instead of the delta method se^2 / (p(1-p))^2.
     */
    static Optional<Interval> interval(Statistic stat, CiMethod method, double level, double est, double se,
            int df, double nEffRows, int nDomain, double logitVar) {
        if (Double.isNaN(se)) {
            return Optional.empty();
        }
        double t = Quantiles.t(1 - (1 - level) / 2, df);
        if (stat != Statistic.PROPORTION || method == CiMethod.WALD) {
            return Optional.of(new Interval(est - t * se, est + t * se, level, CiMethod.WALD));
        }
        double p = est;
        switch (method) {
            case LOGIT: {
                if (p <= 0 || p >= 1 || se == 0) {
                    return beta(p, se, level, df, nEffRows, nDomain);
                }
                double lp = Math.log(p / (1 - p));
                double sl = Double.isFinite(logitVar) ? Math.sqrt(logitVar) : se / (p * (1 - p));
                return Optional.of(new Interval(expit(lp - t * sl), expit(lp + t * sl), level, CiMethod.LOGIT));
            }
            case BETA:
                return beta(p, se, level, df, nEffRows, nDomain);
            case WILSON: {
                double neff = (p > 0 && p < 1 && se > 0) ? p * (1 - p) / (se * se) : nDomain;
                double z2 = t * t;
                double denom = 1 + z2 / neff;
                double centre = (p + z2 / (2 * neff)) / denom;
                double half = t / denom * Math.sqrt(p * (1 - p) / neff + z2 / (4 * neff * neff));
                return Optional.of(new Interval(Math.max(0, centre - half), Math.min(1, centre + half), level,
                        CiMethod.WILSON));
            }
            default:
                throw new IllegalArgumentException(method.toString());
        }
    }

    /**
     * Korn-Graubard: R's {@code svyciprop(method = "beta")}. n_eff = p(1-p)/var, times
     * (qt(alpha/2, nrow - 1) / qt(alpha/2, df))^2, then Clopper-Pearson limits with n_eff.
     */
    private static Optional<Interval> beta(double p, double se, double level, int df, double nrow, int nDomain) {
        double alpha = 1 - level;
        double neff = (p > 0 && p < 1 && se > 0) ? p * (1 - p) / (se * se) : nDomain;
        double r = Quantiles.t(alpha / 2, (int) Math.round(nrow) - 1) / Quantiles.t(alpha / 2, df);
        neff = neff * r * r;
        double lo = p <= 0 ? 0 : Quantiles.beta(alpha / 2, neff * p, neff * (1 - p) + 1);
        double hi = p >= 1 ? 1 : Quantiles.beta(1 - alpha / 2, neff * p + 1, neff * (1 - p));
        return Optional.of(new Interval(lo, hi, level, CiMethod.BETA));
    }

    static double expit(double x) {
        return 1 - 1 / (1 + Math.exp(x));
    }

    static OptionalDouble opt(double v) {
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}
