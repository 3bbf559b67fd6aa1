package de.lagebild.crime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The exact Poisson rate comparison against R. Reference values: resource
 * crime/poisson_test_reference.csv, produced by crime/poisson_test_reference.R
 * ({@code Rscript poisson_test_reference.R}), which calls
 * {@code poisson.test(c(x1, x2), c(t1, t2), conf.level = level)} for each case.
 */
class PoissonReferenceTest {

    record Case(long x1, double t1, long x2, double t2, double level, double ratio, double lo, double hi, double p) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PoissonReferenceTest.class.getResourceAsStream("/crime/poisson_test_reference.csv"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(";");
                out.add(new Case(Long.parseLong(f[0]), Double.parseDouble(f[1]), Long.parseLong(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), num(f[5]), num(f[6]), num(f[7]),
                        num(f[8])));
            }
        }
        return out;
    }

    static double num(String s) {
        return s.equals("Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(s);
    }

    static void close(String what, double expected, OptionalDouble actual, double rel) {
        if (Double.isInfinite(expected)) {
            assertTrue(actual.isEmpty(), what + ": R gives Inf, Lagebild must give no value, not " + actual);
            return;
        }
        assertTrue(actual.isPresent(), what + " missing");
        double a = actual.getAsDouble();
        double tol = Math.max(rel * Math.abs(expected), 1e-300);
        assertEquals(expected, a, tol, what);
    }

    @Test
    void matchesR() throws IOException {
        List<Case> cases = cases();
        assertEquals(11, cases.size());
        for (Case c : cases) {
            RateComparison rc = CrimeIndicators.compareRates(c.x1, c.t1, c.x2, c.t2, c.level);
            String id = "poisson.test(c(" + c.x1 + ", " + c.x2 + "), c(" + c.t1 + ", " + c.t2 + "))";
            close(id + " estimate", c.ratio, rc.ratio(), 1e-12);
            close(id + " lower", c.lo, rc.ciLow(), 1e-9);
            close(id + " upper", c.hi, rc.ciHigh(), 1e-9);
            close(id + " p", c.p, rc.pValue(), c.p < 1e-100 ? 1e-6 : 1e-9);
        }
    }

    @Test
    void noCasesAtAllIsNotDefined() {
        RateComparison rc = CrimeIndicators.compareRates(0, 100, 0, 200, 0.95);
        assertTrue(rc.ratio().isEmpty());
        assertTrue(rc.pValue().isEmpty());
        assertTrue(rc.ciLow().isEmpty());
    }

    @Test
    void swappingGroupsInvertsRatioAndInterval() {
        // metamorphic: comparing b with a gives 1/ratio and the inverted interval, same p
        RateComparison ab = CrimeIndicators.compareRates(120, 16100, 100, 16000, 0.95);
        RateComparison ba = CrimeIndicators.compareRates(100, 16000, 120, 16100, 0.95);
        assertEquals(1 / ab.ratio().getAsDouble(), ba.ratio().getAsDouble(), 1e-12);
        assertEquals(1 / ab.ciHigh().getAsDouble(), ba.ciLow().getAsDouble(), 1e-9);
        assertEquals(1 / ab.ciLow().getAsDouble(), ba.ciHigh().getAsDouble(), 1e-9);
        assertEquals(ab.pValue().getAsDouble(), ba.pValue().getAsDouble(), 1e-12);
    }

    @Test
    void scalingBothExposuresChangesNothing() {
        RateComparison a = CrimeIndicators.compareRates(45, 18000, 30, 18500, 0.9);
        RateComparison b = CrimeIndicators.compareRates(45, 1.8, 30, 1.85, 0.9);
        assertEquals(a.ratio().getAsDouble(), b.ratio().getAsDouble(), 1e-12);
        assertEquals(a.ciLow().getAsDouble(), b.ciLow().getAsDouble(), 1e-10);
        assertEquals(a.pValue().getAsDouble(), b.pValue().getAsDouble(), 1e-12);
    }
}
