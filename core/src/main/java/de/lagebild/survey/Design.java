package de.lagebild.survey;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.internal.Problems;
import de.lagebild.project.SurveySpec.DesignSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-stage sampling design over the survey rows: design weights, strata and finite population
 * correction, as R's {@code svydesign(ids = ~1, strata = ~s, fpc = ~N_h, weights = ~dw)}.
 *
 * <p>Design weights are the {@code weights} column; without one they are N_h / n_h when an fpc is
 * given and 1 otherwise. Without strata, all respondents form one stratum. With an fpc, N_h must be
 * the same for every respondent of a stratum and at least n_h. Immutable.
 */
public final class Design {
    private final SurveyData data;
    private final double[] designWeights;
    private final int[] stratum;
    private final String[] strataLabels;
    private final int[] stratumSize;
    private final double[] stratumPopulation;
    private final boolean stratified;

    private Design(SurveyData data, double[] designWeights, int[] stratum, String[] strataLabels, int[] stratumSize,
            double[] stratumPopulation, boolean stratified) {
        this.data = data;
        this.designWeights = designWeights;
        this.stratum = stratum;
        this.strataLabels = strataLabels;
        this.stratumSize = stratumSize;
        this.stratumPopulation = stratumPopulation;
        this.stratified = stratified;
    }

    /**
     * Builds the design a project file's {@code survey.design} describes.
     *
     * @param data the survey responses
     * @param spec the columns of strata, design weights and fpc
     * @return the design
     * @throws InputException when a named column does not exist, a design weight is not a positive
     *                        number, or an fpc differs within a stratum or is below the stratum's
     *                        sample size
     */
    public static Design of(SurveyData data, DesignSpec spec) {
        int n = data.size();
        Problems problems = new Problems();
        int[] stratum = new int[n];
        Map<String, Integer> index = new LinkedHashMap<>();
        if (spec.strata().isPresent()) {
            Column s = data.column(spec.strata().get());
            for (int i = 0; i < n; i++) {
                stratum[i] = index.computeIfAbsent(s.raw(i), k -> index.size());
            }
        } else {
            index.put("(all)", 0);
        }
        int h = index.size();
        String[] labels = index.keySet().toArray(new String[0]);
        int[] nh = new int[h];
        for (int i = 0; i < n; i++) {
            nh[stratum[i]]++;
        }
        double[] popN = new double[h];
        Arrays.fill(popN, Double.NaN);
        if (spec.fpc().isPresent()) {
            Column f = data.column(spec.fpc().get());
            boolean[] varies = new boolean[h]; // one problem per stratum, for every stratum
            for (int i = 0; i < n; i++) {
                double v = SurveyReader.number(f.raw(i), ';');
                int k = stratum[i];
                if (Double.isNaN(popN[k])) {
                    popN[k] = v;
                } else if (popN[k] != v && !varies[k]) {
                    varies[k] = true;
                    problems.add(Problem.atCell(data.source(), data.line(i), spec.fpc().get(), f.raw(i),
                            "differs from the fpc " + de.lagebild.internal.Numbers.format(popN[k]) + " of other respondents"
                                    + " in stratum " + labels[k] + ": the fpc is the stratum's population size"));
                }
            }
            for (int k = 0; k < h; k++) {
                if (popN[k] < nh[k]) {
                    problems.add(Problem.inFile(data.source(), "stratum " + labels[k] + " has " + nh[k]
                            + " respondents but an fpc (population) of " + de.lagebild.internal.Numbers.format(popN[k])
                            + ": the population cannot be smaller than the sample"));
                }
            }
        }
        double[] d = new double[n];
        if (spec.weights().isPresent()) {
            Column w = data.column(spec.weights().get());
            for (int i = 0; i < n; i++) {
                d[i] = SurveyReader.number(w.raw(i), ';');
                if (!(d[i] > 0) || Double.isInfinite(d[i])) {
                    problems.add(Problem.atCell(data.source(), data.line(i), spec.weights().get(), w.raw(i),
                            "is not a design weight: it must be a positive number"));
                }
            }
        } else if (spec.fpc().isPresent()) {
            for (int i = 0; i < n; i++) {
                d[i] = popN[stratum[i]] / nh[stratum[i]];
            }
        } else {
            Arrays.fill(d, 1.0);
        }
        problems.throwIfAny();
        return new Design(data, d, stratum, labels, nh, popN, spec.strata().isPresent());
    }

    /**
     * A design for given weights (all rows one stratum, no fpc), for embedding and tests.
     *
     * @param data          the survey responses
     * @param designWeights one design weight per row; copied
     * @return the design
     * @throws IllegalArgumentException when the number of weights differs from the number of rows
     */
    public static Design unstratified(SurveyData data, double[] designWeights) {
        int n = data.size();
        if (designWeights.length != n) {
            throw new IllegalArgumentException("need " + n + " design weights, got " + designWeights.length);
        }
        return new Design(data, designWeights.clone(), new int[n], new String[] {"(all)"}, new int[] {n},
                new double[] {Double.NaN}, false);
    }

    /**
     * The survey data.
     *
     * @return the data the design is over
     */
    public SurveyData data() {
        return data;
    }

    /**
     * Number of respondents.
     *
     * @return the number of rows
     */
    public int size() {
        return designWeights.length;
    }

    /**
     * The design weight of a row.
     *
     * @param row the 0-based row
     * @return the design weight: the weights column's value, else N_h / n_h with an fpc, else 1
     */
    public double designWeight(int row) {
        return designWeights[row];
    }

    /**
     * A copy of the design weights.
     *
     * @return a new array, one weight per row
     */
    public double[] designWeights() {
        return designWeights.clone();
    }

    double[] designWeightsShared() {
        return designWeights;
    }

    /**
     * Whether the design has strata.
     *
     * @return true when {@code survey.design.strata} was given
     */
    public boolean stratified() {
        return stratified;
    }

    /**
     * Whether a finite population correction is applied.
     *
     * @return true when the stratum population sizes are known
     */
    public boolean hasFpc() {
        return !Double.isNaN(stratumPopulation[0]);
    }

    /**
     * Number of strata (1 when unstratified).
     *
     * @return the number of strata
     */
    public int strataCount() {
        return strataLabels.length;
    }

    /**
     * The strata labels in order of first appearance.
     *
     * @return an unmodifiable list of the values of the strata column; {@code (all)} when unstratified
     */
    public List<String> strataLabels() {
        return List.of(strataLabels);
    }

    int[] stratumOfRow() {
        return stratum;
    }

    int stratum(int row) {
        return stratum[row];
    }

    /**
     * Respondents in stratum h.
     *
     * @param h the 0-based stratum, in the order of {@link #strataLabels()}
     * @return n_h
     */
    public int stratumSize(int h) {
        return stratumSize[h];
    }

    /**
     * Population of stratum h (N_h), NaN without fpc.
     *
     * @param h the 0-based stratum, in the order of {@link #strataLabels()}
     * @return N_h, or NaN
     */
    public double stratumPopulation(int h) {
        return stratumPopulation[h];
    }

    /** The sampling fraction correction 1 - n_h/N_h of stratum h (1 without fpc). */
    double fpcFactor(int h) {
        return Double.isNaN(stratumPopulation[h]) ? 1.0 : (stratumPopulation[h] - stratumSize[h]) / stratumPopulation[h];
    }

    /**
     * The design's degrees of freedom: respondents minus strata (R's degf for one-stage designs).
     *
     * @return n - H
     */
    public int degreesOfFreedom() {
        return size() - strataCount();
    }

    /** Strata with a single respondent, whose variance cannot be estimated. */
    List<String> lonelyStrata() {
        List<String> out = new ArrayList<>();
        for (int h = 0; h < strataLabels.length; h++) {
            if (stratumSize[h] == 1 && fpcFactor(h) > 1e-7) {
                out.add(strataLabels[h]);
            }
        }
        return out;
    }
}
