package de.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The comparison report's Poisson intervals equal R's {@code poisson.test(x, T)$conf.int}. */
class CohortReportTest {
    /** R 4.2.2: poisson.test(10, 1)$conf.int, poisson.test(0, 1)$conf.int, poisson.test(3539, 0.3926)$conf.int. */
    @Test
    void poissonIntervalsAreRs() {
        double[] a = CohortReport.poissonInterval(10, 100_000, 0.95);
        assertEquals(4.795389, a[0], 1e-6);
        assertEquals(18.390356, a[1], 1e-6);
        double[] zero = CohortReport.poissonInterval(0, 100_000, 0.95);
        assertEquals(0, zero[0], 0);
        assertEquals(3.688879, zero[1], 1e-6);
        double[] b = CohortReport.poissonInterval(3539, 39_260, 0.95);
        assertEquals(8719.696, b[0], 1e-3);
        assertEquals(9316.245, b[1], 1e-3);
    }
}
