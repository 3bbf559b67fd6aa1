package de.lagebild.samples;

import java.util.List;

/**
 * The age groups of the population files and the survey: boundaries at 8 (the TVBZ counts residents
 * aged 8 and over) and at 16 (the survey's lower age limit), then ten-year groups.
 */
final class Ages {
    private Ages() {
    }

    /** Labels as written in population.csv and survey.csv. */
    static final List<String> GROUPS = List.of("0-7", "8-15", "16-24", "25-34", "35-44", "45-54", "55-64", "65-74",
            "75+");
    /** Lowest age of each group. */
    static final int[] FROM = {0, 8, 16, 25, 35, 45, 55, 65, 75};
    /** Index of the first group aged 16 and over: the survey population. */
    static final int FIRST_ADULT = 2;

    /**
     * Share of each group in the population of a Saxon small town (assumed; Saxony's median age is
     * about 47): few children, many aged 55 and over.
     */
    static final double[] BASE_SHARE = {0.063, 0.072, 0.068, 0.090, 0.120, 0.115, 0.165, 0.150, 0.157};
    /** Share of men in each group: more young men (young women left), far more old women. */
    static final double[] MALE_SHARE = {0.513, 0.512, 0.530, 0.535, 0.520, 0.510, 0.495, 0.470, 0.380};
    /**
     * Annual change of each group (assumed, 2019-2024): falling births, the large cohorts born
     * around 1960 moving into retirement, a small generation of the 1990s (post-reunification birth
     * slump) in their late 20s and early 30s.
     */
    static final double[] TREND = {-0.025, 0.010, -0.005, -0.015, 0.010, -0.020, 0.005, 0.008, 0.010};

    /** The highest age drawn in the open group 75+. */
    static final int MAX_AGE = 99;
}
