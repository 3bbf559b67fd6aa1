package de.lagebild.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.project.WeightingSpec.Method;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** The calibration distances and the Moore-Penrose inverse the Newton steps use. */
class CalibratorTest {

    @Test
    void pseudoInverseSatisfiesThePenroseConditions() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            int p = 2 + rnd.nextInt(14);
            int rank = 1 + rnd.nextInt(p); // rank-deficient like a model matrix with redundant margins
            double[][] b = new double[p][rank];
            for (double[] row : b) {
                for (int j = 0; j < rank; j++) {
                    row[j] = rnd.nextInt(4) == 0 ? 0 : rnd.nextGaussian() * Math.pow(10, rnd.nextInt(0, 3));
                }
            }
            RealMatrix bm = new Array2DRowRealMatrix(b);
            RealMatrix a = bm.multiply(bm.transpose()); // symmetric positive semi-definite
            RealMatrix g = Calibrator.pseudoInverse(a.getData());
            double scale = a.getNorm();
            assertTrue(a.multiply(g).multiply(a).subtract(a).getNorm() <= 1e-8 * scale, "A G A = A, trial " + trial);
            // G's own error grows with the condition number (up to 1e9 here)
            double gag = g.multiply(a).multiply(g).subtract(g).getNorm() / g.getNorm();
            assertTrue(gag <= 1e-6, "G A G = G, trial " + trial + ": " + gag);
            RealMatrix ag = a.multiply(g);
            double asym = ag.subtract(ag.transpose()).getNorm();
            assertTrue(asym <= 1e-6 * Math.max(1, ag.getNorm()), "A G symmetric, trial " + trial + ": " + asym);
        }
    }

    @Test
    void distancesAndTheirDerivatives() {
        double h = 1e-6;
        for (Method m : new Method[] {Method.LINEAR, Method.RAKING, Method.LOGIT}) {
            double lo = 0.4;
            double up = 2.5;
            assertEquals(1.0, Calibrator.g(m, 0, lo, up), 1e-15, m + ": g(0) = 1");
            for (double u = -3; u <= 3; u += 0.37) {
                double g = Calibrator.g(m, u, lo, up);
                assertTrue(g >= lo && g <= up, m + ": g(" + u + ") = " + g + " outside the bounds");
                double numeric = (Calibrator.g(m, u + h, lo, up) - Calibrator.g(m, u - h, lo, up)) / (2 * h);
                if (g > lo + 1e-3 && g < up - 1e-3) {
                    // where g is not truncated, F' is the derivative
                    assertEquals(numeric, Calibrator.dg(m, u, lo, up), 1e-6 * Math.max(1, Math.abs(numeric)),
                            m + ": dg(" + u + ")");
                }
            }
            // unbounded: linear 1 + u, raking exp(u)
            assertEquals(3.5, Calibrator.g(Method.LINEAR, 2.5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
            assertEquals(Math.exp(2.5), Calibrator.g(Method.RAKING, 2.5, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY));
        }
        // logit at the extremes of u: the bounds, no NaN
        assertEquals(2.5, Calibrator.g(Method.LOGIT, 1e6, 0.4, 2.5), 1e-12);
        assertEquals(0.4, Calibrator.g(Method.LOGIT, -1e6, 0.4, 2.5), 1e-12);
        // raking beyond the upper bound but inside R's window (u < U - 1) keeps a derivative: no freeze
        assertEquals(Math.exp(1.2), Calibrator.dg(Method.RAKING, 1.2, 0.4, 2.5), 1e-15);
        assertEquals(0.0, Calibrator.dg(Method.RAKING, 1.6, 0.4, 2.5));
    }
}
