package de.lagebild.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.project.IndicatorSpec.CiMethod;
import de.lagebild.project.IndicatorSpec.Statistic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Wilson interval with the effective sample size n = p(1-p)/se^2: the textbook value for
 * 50 of 100 (0.4038, 0.5962 with z = 1.96), and both limits solve Wilson's defining equation
 * (p - pi)^2 n = t^2 pi (1 - pi).
 */
class WilsonIntervalTest {

    @Test
    void fiftyOfHundred() {
        // se = sqrt(0.25 / 100) = 0.05 gives n_eff = 100; a very large df makes t the normal quantile 1.95996
        Interval ci = SurveyEstimation.interval(Statistic.PROPORTION, CiMethod.WILSON, 0.95, 0.5, 0.05, 100_000_000,
                1000, 100).orElseThrow();
        assertEquals(0.403832, ci.low(), 1e-6);
        assertEquals(0.596168, ci.high(), 1e-6);
    }

    @ParameterizedTest
    @CsvSource({"0.52,0.0126,1433", "0.05,0.01,200", "0.93,0.02,80", "0.3,0.04,40"})
    void limitsSolveWilsonsEquation(double p, double se, int df) {
        Interval ci = SurveyEstimation.interval(Statistic.PROPORTION, CiMethod.WILSON, 0.95, p, se, df, 1000, 500)
                .orElseThrow();
        double n = p * (1 - p) / (se * se);
        double t = Quantiles.t(0.975, df);
        for (double pi : new double[] {ci.low(), ci.high()}) {
            assertEquals((p - pi) * (p - pi) * n, t * t * pi * (1 - pi), 1e-9);
        }
        assertTrue(ci.low() < p && p < ci.high());
    }
}
