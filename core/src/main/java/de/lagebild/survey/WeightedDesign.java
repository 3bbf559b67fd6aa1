package de.lagebild.survey;

import de.lagebild.project.WeightingSpec;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A design with its final weights: the result of {@link Weighting#apply}. Carries what variance
 * estimation needs to account for the calibration (the model, the weights before and right after
 * calibration). Immutable.
 */
public final class WeightedDesign {
    private final Design design;
    private final WeightingSpec spec;
    private final List<Margin> margins;
    private final double[] weights;
    private final WeightingDiagnostics diagnostics;
    /** Null without calibration. */
    final CalibrationModel model;
    /** The weights right after calibration (before trimming); null without calibration. */
    final double[] calibrated;
    /** The Moore-Penrose inverse of sum_i d_i x_i x_i'; null without calibration. */
    final RealMatrix ginvG;
    final String project;

    WeightedDesign(Design design, WeightingSpec spec, List<Margin> margins, double[] weights,
            WeightingDiagnostics diagnostics, CalibrationModel model, double[] calibrated, RealMatrix ginvG,
            String project) {
        this.design = Objects.requireNonNull(design);
        this.spec = Objects.requireNonNull(spec);
        this.margins = List.copyOf(margins);
        this.weights = weights;
        this.diagnostics = Objects.requireNonNull(diagnostics);
        this.model = model;
        this.calibrated = calibrated;
        this.ginvG = ginvG;
        this.project = project;
    }

    /**
     * The design.
     *
     * @return the design whose design weights were calibrated
     */
    public Design design() {
        return design;
    }

    /**
     * The survey data.
     *
     * @return the data of the design
     */
    public SurveyData data() {
        return design.data();
    }

    /**
     * The weighting settings used.
     *
     * @return the {@code survey.weighting} settings
     */
    public WeightingSpec spec() {
        return spec;
    }

    /**
     * The margins calibrated to.
     *
     * @return an unmodifiable list, in the order of the settings' margins
     */
    public List<Margin> margins() {
        return margins;
    }

    /**
     * Number of respondents.
     *
     * @return the number of rows
     */
    public int size() {
        return weights.length;
    }

    /**
     * The final weight of a row.
     *
     * @param row the 0-based row
     * @return the weight after calibration and trimming
     */
    public double weight(int row) {
        return weights[row];
    }

    /**
     * A copy of the final weights, in row order.
     *
     * @return a new array, one weight per row
     */
    public double[] weights() {
        return weights.clone();
    }

    double[] weightsShared() {
        return weights;
    }

    /**
     * Convergence and weight distribution.
     *
     * @return the diagnostics of the weighting
     */
    public WeightingDiagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * Whether the weights come from a calibration (any method but none).
     *
     * @return true when the method is not {@code none}; variance estimation then accounts for the
     *         calibration
     */
    public boolean calibratedDesign() {
        return model != null;
    }
}
