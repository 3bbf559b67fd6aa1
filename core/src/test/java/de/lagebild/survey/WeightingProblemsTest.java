package de.lagebild.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What cannot be weighted is said clearly: every message names the file, line and cell, or the
 * respondents, or the project key to change.
 */
class WeightingProblemsTest {
    @TempDir
    Path dir;
    Fixture fx;

    @BeforeEach
    void setUp() {
        fx = new Fixture(dir);
    }

    private static String messages(InputException e) {
        return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** A survey of respondents with given (sex, agegrp, count) cells, design weight 1, one stratum. */
    private void survey(Object... cells) {
        StringBuilder sb = new StringBuilder("id,district,sex,agegrp,dw,N_h\n");
        int id = 1;
        for (int c = 0; c < cells.length; c += 3) {
            for (int k = 0; k < (int) cells[c + 2]; k++) {
                String district = id % 2 == 0 ? "a" : "b";
                sb.append(id++).append(',').append(district).append(',').append(cells[c]).append(',')
                        .append(cells[c + 1]).append(",1,1000\n");
            }
        }
        fx.file("survey.csv", sb.toString());
    }

    private static String weighting(String method, String extra) {
        return """
                file: survey.csv
                id: id
                design: {weights: dw}
                weighting:
                  method: %s
                  margins:
                    - {variables: [sex], file: margin_sex.csv, count: N}
                    - {variables: [agegrp], file: margin_age.csv, count: N}
                """.formatted(method) + extra.indent(2);
    }

    @Test
    void marginCellWithPopulationButNoRespondents() {
        survey("m", "y", 10, "w", "y", 10, "m", "o", 10, "w", "o", 10);
        fx.file("margin_sex.csv", "sex,N\nm,100\nw,100\nd,5\n");
        fx.file("margin_age.csv", "agegrp,N\ny,100\no,105\n");
        InputException e = fx.runFails(weighting("raking", ""));
        assertEquals("margin_sex.csv line 4: the cell sex=d has a population of 5 but no respondent, so no weight can"
                + " stand for it: merge it with a neighbouring cell (in the margin and by a recode)",
                e.problems().get(0).toString());
        assertEquals(1, e.problems().size(), messages(e));
        // a cell of population 0 without respondents is fine
        fx.file("margin_sex.csv", "sex,N\nm,100\nw,105\nd,0\n");
        fx.run(weighting("raking", ""));
    }

    @Test
    void respondentsWithoutMarginCell() {
        survey("m", "y", 3, "d", "y", 2, "w", "o", 3, "d", "o", 1, "x", "o", 1);
        fx.file("margin_sex.csv", "sex,N\nm,100\nw,100\n");
        fx.file("margin_age.csv", "agegrp,N\ny,100\no,100\n");
        InputException e = fx.runFails(weighting("raking", ""));
        assertEquals("survey.csv: 3 respondents (lines 5, 6, 10) have sex=d, which no cell of margin_sex.csv has: add"
                + " the cell to the margin or recode the respondents' category", e.problems().get(0).toString());
        assertEquals("survey.csv: 1 respondent (line 11) has sex=x, which no cell of margin_sex.csv has: add the cell"
                + " to the margin or recode the respondents' category", e.problems().get(1).toString());
        assertEquals(2, e.problems().size(), messages(e));
    }

    @Test
    void manyRespondentsWithoutCellAreShortened() {
        survey("m", "y", 1, "d", "y", 12, "w", "o", 1);
        fx.file("margin_sex.csv", "sex,N\nm,100\nw,100\n");
        fx.file("margin_age.csv", "agegrp,N\ny,100\no,100\n");
        InputException e = fx.runFails(weighting("raking", ""));
        assertTrue(e.getMessage().startsWith("survey.csv: 12 respondents (lines 3, 4, 5, 6, 7, ...) have sex=d"),
                e.getMessage());
    }

    @Test
    void respondentsInACellOfPopulationZero() {
        survey("m", "y", 3, "w", "o", 3);
        fx.file("margin_sex.csv", "sex,N\nm,0\nw,200\n");
        fx.file("margin_age.csv", "agegrp,N\ny,100\no,100\n");
        InputException e = fx.runFails(weighting("raking", ""));
        assertEquals("margin_sex.csv line 2: the cell sex=m has a population of 0 but 3 respondents: they cannot be"
                + " weighted to nobody; check the margin or the respondents' categories", e.problems().get(0).toString());
    }

    @Test
    void marginsWhoseTotalsDisagree() {
        survey("m", "y", 5, "w", "o", 5, "m", "o", 5, "w", "y", 5);
        fx.file("margin_sex.csv", "sex,N\nm,100\nw,100\n");
        fx.file("margin_age.csv", "agegrp,N\ny,100\no,120.5\n");
        InputException e = fx.runFails(weighting("raking", ""));
        assertEquals("margin_age.csv: sums to 220.5, but margin_sex.csv sums to 200: the margins must describe the same"
                + " population", e.getMessage());
    }

    @Test
    void boundsThatCannotBeMet() {
        // a skewed sample: 80 % men, the population half and half
        survey("m", "y", 40, "m", "o", 40, "w", "y", 10, "w", "o", 10);
        fx.file("margin_sex.csv", "sex,N\nm,500\nw,500\n");
        fx.file("margin_age.csv", "agegrp,N\ny,500\no,500\n");
        for (String method : new String[] {"raking", "linear", "logit"}) {
            InputException e = fx.runFails(weighting(method, "bounds: [0.99, 1.01]\n"));
            Problem p = e.problems().get(0);
            assertEquals("survey.weighting", p.key(), messages(e));
            assertTrue(p.message().startsWith(method + " calibration did not converge in "), p.toString());
            assertTrue(p.message().contains("The bounds [0.99, 1.01] on g = weight / design weight probably cannot be"
                    + " met: widen survey.weighting.bounds"), p.toString());
            assertTrue(p.message().contains("margin_sex.csv: sex="), "names the cell with the largest misfit: " + p);
        }
    }

    @Test
    void nonConvergenceNamesTheSettingToRaise() {
        // sex and age associated in the sample, not in the population: raking needs several sweeps
        survey("m", "y", 30, "m", "o", 5, "w", "y", 5, "w", "o", 10);
        fx.file("margin_sex.csv", "sex,N\nm,500\nw,500\n");
        fx.file("margin_age.csv", "agegrp,N\ny,400\no,600\n");
        InputException e = fx.runFails(weighting("raking", "max_iterations: 1\n"));
        Problem p = e.problems().get(0);
        assertEquals("survey.weighting", p.key());
        assertTrue(p.toString().startsWith("lagebild.yaml survey.weighting: raking calibration did not converge in 1"
                + " iterations: the largest misfit (relative "), p.toString());
        assertTrue(p.message().contains("Raise survey.weighting.max_iterations"), p.toString());
        assertTrue(p.message().contains("remains in margin_"), p.toString());
        // the same converges with the default
        WeightedDesign wd = fx.run(weighting("raking", "")).weighted();
        assertTrue(wd.diagnostics().converged());
        assertTrue(wd.diagnostics().iterations() > 1);
    }

    @Test
    void linearCalibrationWithNegativeWeights() {
        // linear g = 1 + a_sex + b_age cannot reach age o = 10 without a negative weight for (w, o)
        survey("m", "y", 1, "m", "o", 100, "w", "y", 100, "w", "o", 1);
        fx.file("margin_sex.csv", "sex,N\nm,200\nw,200\n");
        fx.file("margin_age.csv", "agegrp,N\ny,390\no,10\n");
        InputException e = fx.runFails(weighting("linear", ""));
        assertEquals("lagebild.yaml survey.weighting: linear calibration gives 1 respondents a weight of zero or below"
                + " (the first on line 203 of survey.csv): set bounds, e.g. bounds: [0.3, 3], or use raking",
                e.getMessage());
        // raking gives positive weights on the same data
        WeightedDesign wd = fx.run(weighting("raking", "max_iterations: 10000\ntolerance: 1.0e-8\n")).weighted();
        assertTrue(wd.diagnostics().minWeight() > 0);
    }

    @Test
    void trimLimitsExcludingTheMean() {
        survey("m", "y", 5, "w", "o", 5);
        String yaml = """
                file: survey.csv
                id: id
                design: {weights: dw}
                weighting:
                  method: none
                  trim: {upper: 0.9, relative_to: mean}
                """;
        InputException e = fx.runFails(yaml);
        Problem p = e.problems().get(0);
        assertEquals("survey.weighting.trim", p.key());
        assertTrue(p.message().contains("exclude the mean weight 1"), p.toString());
        assertFalse(p.message().contains("[,"), "an absent limit must be readable: " + p);
        InputException lower = fx.runFails(yaml.replace("{upper: 0.9, relative_to: mean}",
                "{lower: 2, relative_to: absolute}"));
        assertTrue(lower.getMessage().contains("exclude the mean weight 1"), lower.getMessage());
        assertFalse(lower.getMessage().contains(", ]"), "an absent limit must be readable: " + lower.getMessage());
    }

    @Test
    void fpcBelowTheStratumSampleSize() {
        fx.file("survey.csv", "id,district,N_h\n1,a,100\n2,a,100\n3,b,2\n4,b,2\n5,b,2\n");
        InputException e = fx.runFails("file: survey.csv\nid: id\ndesign: {strata: district, fpc: N_h}\n");
        assertEquals("survey.csv: stratum b has 3 respondents but an fpc (population) of 2: the population cannot be"
                + " smaller than the sample", e.getMessage());
    }

    @Test
    void fpcVaryingWithinAStratum() {
        fx.file("survey.csv", "id,district,N_h\n1,a,100\n2,a,100\n3,a,120\n4,b,50\n5,b,60\n6,b,50\n");
        InputException e = fx.runFails("file: survey.csv\nid: id\ndesign: {strata: district, fpc: N_h}\n");
        assertEquals("survey.csv line 4, column N_h: \"120\" differs from the fpc 100 of other respondents in stratum a:"
                + " the fpc is the stratum's population size", e.problems().get(0).toString());
        assertEquals("survey.csv line 6, column N_h: \"60\" differs from the fpc 50 of other respondents in stratum b:"
                + " the fpc is the stratum's population size", e.problems().get(1).toString());
        assertEquals(2, e.problems().size(), "every stratum with a varying fpc:\n" + messages(e));
    }

    @Test
    void marginFileProblems() {
        survey("m", "y", 3, "w", "o", 3);
        fx.file("margin_sex.csv", "geschlecht,anzahl\nm,100\nw,100\n");
        fx.file("margin_age.csv", "agegrp,N\ny,100\ny,50\no,abc\n,5\n");
        InputException e = fx.runFails(weighting("raking", ""));
        String all = messages(e);
        assertTrue(all.contains("margin_sex.csv line 1: has no column \"sex\" (the margin variable sex); its columns are"
                + " geschlecht, anzahl"), all);
        assertTrue(all.contains("margin_sex.csv line 1: has no column \"N\" (the population count (count:))"), all);
        assertTrue(all.contains("margin_age.csv line 3: repeats the cell y of line 2"), all);
        assertTrue(all.contains("margin_age.csv line 4, column N: \"abc\" is not a population count"), all);
        assertTrue(all.contains("margin_age.csv line 5, column agegrp: \"\" is an empty category"), all);
    }

    @Test
    void singleRespondentStratumIsNamedWhenVariancesAreEstimated() {
        fx.file("survey.csv", "id,district,q\n1,a,1\n2,a,2\n3,b,1\n4,c,2\n5,c,1\n");
        SurveyRun run = fx.run("""
                file: survey.csv
                id: id
                design: {strata: district}
                indicators:
                  - {name: q, type: mean, variable: q}
                """);
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> SurveyEstimation.run(run));
        assertEquals("lagebild.yaml survey.design.strata: the strata b have a single respondent, so no variance can be"
                + " estimated within them: merge them with neighbouring strata", e.getMessage());
    }

    @Test
    void marginCountsInGermanNotation() {
        survey("m", "y", 5, "w", "o", 5, "m", "o", 5, "w", "y", 5);
        // a semicolon file from German office software: thousands grouped with dots, decimal commas
        fx.file("margin_sex.csv", "sex;N\nm;12.000\nw;12.075,5\n");
        fx.file("margin_age.csv", "agegrp;N\ny;11.075,5\no;13.000\n");
        WeightedDesign wd = fx.run(weighting("raking", "")).weighted();
        assertEquals(24075.5, wd.diagnostics().sumWeights(), 1e-6);
        assertEquals(12000, wd.margins().get(0).totals()[0]);
        // in a comma-separated file the dot is the decimal point
        fx.file("margin_sex.csv", "sex,N\nm,12.5\nw,12.5\n");
        fx.file("margin_age.csv", "agegrp,N\ny,10\no,15\n");
        assertEquals(25, fx.run(weighting("raking", "")).weighted().diagnostics().sumWeights(), 1e-9);
    }
}
